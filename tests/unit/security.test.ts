/** The pure parts of the server-level limits: headers, body limits, GraphQL document checks, login backoff. */
import { describe, expect, test } from '@jest/globals'
import { parse } from 'graphql'

import { fragmentCycle, graphqlDocumentProblem } from '../../src/graphql/guard'
import { readUpTo } from '../../src/security/body'
import { securityHeaders, servedOverHttps } from '../../src/security/headers'
import { bodyLimitFor, JSON_BODY_LIMIT, UPLOAD_BODY_LIMITS } from '../../src/security/limits'
import { backoffAfter, clientOf, MAX_BACKOFF_MS } from '../../src/security/login/policy'
import { lengthProblem } from '../../src/security/textLimits'

describe('headers', () => {
  test('HSTS only when the request, the public URL or a trusted proxy says HTTPS', () => {
    const env = {} as NodeJS.ProcessEnv
    expect(servedOverHttps({ protocol: 'http:', forwardedProto: 'https', env })).toBe(false)
    expect(
      servedOverHttps({ protocol: 'http:', forwardedProto: 'https', env: { ...env, FOLIO_TRUST_PROXY: 'true' } }),
    ).toBe(true)
    expect(
      servedOverHttps({
        protocol: 'http:',
        forwardedProto: null,
        env: { ...env, FOLIO_SERVER_URL: 'https://cms.example.org' },
      }),
    ).toBe(true)
    expect(servedOverHttps({ protocol: 'https:', forwardedProto: null, env })).toBe(true)
    expect(
      securityHeaders({ protocol: 'http:', forwardedProto: null, env })['Strict-Transport-Security'],
    ).toBeUndefined()
  })
})

describe('body limits', () => {
  test('per collection for uploads, the JSON limit otherwise', () => {
    expect(bodyLimitFor('/api/media', 'multipart/form-data; boundary=x')).toBe(UPLOAD_BODY_LIMITS.media)
    expect(bodyLimitFor('/api/consent-documents/3', 'multipart/form-data')).toBe(
      UPLOAD_BODY_LIMITS['consent-documents'],
    )
    expect(bodyLimitFor('/api/chapters', 'multipart/form-data')).toBe(JSON_BODY_LIMIT)
    expect(bodyLimitFor('/api/media', 'application/json')).toBe(JSON_BODY_LIMIT)
  })

  test('readUpTo stops at the first byte over the limit', async () => {
    const stream = (n: number) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < n; i++) c.enqueue(new Uint8Array(1000))
          c.close()
        },
      })
    expect((await readUpTo(stream(5), 5000))?.byteLength).toBe(5000)
    expect(await readUpTo(stream(6), 5000)).toBeNull()
  })
})

describe('GraphQL document checks', () => {
  test('fragment cycles, direct and through others', () => {
    expect(fragmentCycle(parse('fragment A on X { ...A } query { x { ...A } }'))).toBe('A → A')
    expect(fragmentCycle(parse('fragment A on X { ...B } fragment B on X { y { ...A } } { x { ...A } }'))).toBe(
      'A → B → A',
    )
    expect(fragmentCycle(parse('fragment A on X { ...B } fragment B on X { id } { x { ...A ...B } }'))).toBeNull()
  })

  test('aliases and tokens are limited; an ordinary query passes', () => {
    expect(graphqlDocumentProblem('{ Chapters(limit: 5) { docs { id title } } }')).toBeNull()
    expect(graphqlDocumentProblem(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: x`).join(' ')} }`)).toMatch(
      /31 aliases/,
    )
    expect(graphqlDocumentProblem(`{ ${'x '.repeat(6000)} }`)).toMatch(/token/i)
    expect(graphqlDocumentProblem('{ x { ...Missing } }')).toMatch(/Unknown fragment "Missing"/)
  })
})

describe('login backoff', () => {
  test('free failures, then doubling, up to a ceiling', () => {
    expect(backoffAfter('account', 4)).toBe(0)
    expect(backoffAfter('account', 6)).toBe(2 * backoffAfter('account', 5))
    expect(backoffAfter('client', 19)).toBe(0)
    expect(backoffAfter('account', 500)).toBe(MAX_BACKOFF_MS)
  })

  test('the client is the trusted proxy’s first address, otherwise the last one Next added', () => {
    const h = new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.1' })
    expect(clientOf(h, { FOLIO_TRUST_PROXY: 'true' } as never)).toBe('6.6.6.6')
    expect(clientOf(h, {} as never)).toBe('10.0.0.1')
  })
})

test('text length', () => {
  expect(lengthProblem('a'.repeat(301), 300)).toMatch(/301 characters/)
  expect(lengthProblem('a'.repeat(300), 300)).toBeNull()
})
