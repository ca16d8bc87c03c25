/**
 * The oracle part of tests/http/oracle.test.ts (issue 7, "Security") without a build: the seeded
 * demo database, the REST probes through Payload's own request handler (handleEndpoints, what the
 * Next route calls), and the Local API with overrideAccess: false. A change to the access rules
 * is checked here first; the HTTP test repeats everything (and GraphQL) against the built server.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints, type Payload } from 'payload'

import { seed } from '../../src/seed'
import { DEMO_USERS } from '../../src/seed/users'
import {
  leaks,
  NONE,
  oraclePairs,
  readPaths,
  REAL,
  RESTRICTED,
  signature,
  type Client,
  type ProbeIds,
  type Who,
} from '../http/oracle-probes'
import { bootWorkflowPayload } from './boot'

let payload: Payload
let cleanup: () => Promise<void>
const tokens: Partial<Record<Who, string>> = {}
const users: Partial<Record<Who, Record<string, unknown>>> = {}
let ids: ProbeIds

const client: Client = {
  async rest(path, who, init = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (tokens[who]) headers.authorization = `JWT ${tokens[who]}`
    const request = new Request(`http://localhost:3000/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    })
    const res = await handleEndpoints({ config: payload.config, request })
    return { status: res.status, text: await res.text(), headers: JSON.stringify([...res.headers]) }
  },
  async gql() {
    throw new Error('GraphQL is probed over HTTP only (tests/http/oracle.test.ts)')
  },
}

beforeAll(async () => {
  // The where-guard is tested on its own: with encryption at rest no filter on a sealed field
  // matches anything (for editors either), which would make the controls here meaningless. The
  // plugin reads FOLIO_ENCRYPTION when the config is built, at boot.
  process.env.FOLIO_ENCRYPTION = 'off'
  try {
    ;({ payload, cleanup } = await bootWorkflowPayload())
  } finally {
    delete process.env.FOLIO_ENCRYPTION
  }
  await seed(payload)
  for (const u of DEMO_USERS) {
    const who = u.roles[0] as Who
    const res = await payload.login({ collection: 'users', data: { email: u.email, password: u.password } })
    tokens[who] = res.token as string
    users[who] = { ...(res.user as unknown as Record<string, unknown>), collection: 'users' }
  }
  const all = await payload.find({ collection: 'testimonies', draft: true, limit: 0, sort: 'id', overrideAccess: true })
  const versions = await payload.findVersions({
    collection: 'testimonies',
    limit: 3,
    sort: '-updatedAt',
    where: { parent: { equals: all.docs[0]!.id } },
    overrideAccess: true,
  })
  const chapters = await payload.find({ collection: 'chapters', draft: true, limit: 0, overrideAccess: true })
  ids = {
    testimonies: all.docs.map((d) => d.id),
    versions: versions.docs.map((v) => String(v.id)),
    chapters: chapters.docs.map((d) => d.id),
  }
}, 300_000)
afterAll(async () => cleanup?.())

/**
 * Pairs whose where path hops two relationships to a forbidden field (chapter.testimonies.legalName)
 * are left to the HTTP test: Payload 3.90.2's validateSearchParam starts a nested validation after
 * it has awaited its promise list, so that QueryError is an unhandled rejection, which ends a jest
 * (or `payload run`) process; `next start` logs it and keeps serving (the HTTP test checks the
 * answers). The refusal itself is still correct: the first hop's check already refuses the path.
 */
const inProcess = (p: { name: string; kind?: string }) => p.kind !== 'gql' && !p.name.includes('chapter.testimonies')

describe('crafted REST requests (in-process)', () => {
  test.each(['translator', 'reviewer'] as Who[])(
    '%s: REST where/sort on confidential fields is no oracle, and no read reveals a value',
    async (who) => {
      for (const pair of oraclePairs(ids).filter((p) => inProcess(p) && (p.roles ?? RESTRICTED).includes(who))) {
        const [a, b] = [await client.rest(pair.a, who), await client.rest(pair.b, who)]
        expect({ pair: pair.name, leaks: [...leaks(a, who), ...leaks(b, who)] }).toEqual({ pair: pair.name, leaks: [] })
        expect({ pair: pair.name, a: signature(a, pair.values) }).toEqual({
          pair: pair.name,
          a: signature(b, pair.values),
        })
      }
      for (const path of readPaths(ids).filter((p) => p.startsWith('/testimonies'))) {
        expect({ path, leaks: leaks(await client.rest(path, who), who) }).toEqual({ path, leaks: [] })
      }
    },
  )

  test('control: the same pairs do tell the values apart for an editor, whose reads do carry the values', async () => {
    const same: string[] = []
    for (const pair of oraclePairs(ids).filter(inProcess)) {
      // A list in every locale is for admins (src/security/lists.ts): the admin is that pair's control.
      const who = pair.a.includes('locale=all') ? 'admin' : 'editor'
      const [a, b] = [await client.rest(pair.a, who), await client.rest(pair.b, who)]
      if (signature(a, pair.values) === signature(b, pair.values)) same.push(pair.name)
    }
    expect(same).toEqual([])
    expect(leaks(await client.rest('/testimonies?draft=true&limit=0', 'editor'), 'translator').length).toBeGreaterThan(
      0,
    )
  })
})

describe('Local API with overrideAccess: false', () => {
  const as = (who: Who) => ({ overrideAccess: false, user: users[who] as never })
  const outcome = (p: Promise<{ docs: { id: unknown }[]; totalDocs: number }>) =>
    p
      .then((r) => `ok ${r.totalDocs} ${JSON.stringify(r.docs.map((d) => d.id))}`)
      .catch((e: Error) => `error ${e.message}`)

  test.each(['translator', 'reviewer'] as Who[])(
    '%s: where and sort on legalName give the same answer for a real and a wrong value',
    async (who) => {
      const find = (where: Record<string, unknown>, sort?: string) =>
        outcome(
          payload.find({ collection: 'testimonies', draft: true, limit: 0, where: where as never, sort, ...as(who) }),
        )
      const versions = (where: Record<string, unknown>) =>
        outcome(
          payload.findVersions({ collection: 'testimonies', limit: 0, where: where as never, ...as(who) }) as never,
        )
      expect(await find({ legalName: { like: REAL.legalName } })).toBe(
        await find({ legalName: { like: NONE.legalName } }),
      )
      expect(await find({ contact: { equals: REAL.contact } })).toBe(await find({ contact: { equals: NONE.contact } }))
      expect(await find({ 'consent.scope': { contains: REAL.consentScope } })).toBe(
        await find({ 'consent.scope': { contains: NONE.consentScope } }),
      )
      expect(await find({}, 'legalName')).toBe(await find({}, '-legalName'))
      expect(await versions({ 'version.legalName': { like: REAL.legalName } })).toBe(
        await versions({ 'version.legalName': { like: NONE.legalName } }),
      )
      // The control: an editor's filter does filter.
      const editor = (v: string) =>
        outcome(
          payload.find({
            collection: 'testimonies',
            draft: true,
            limit: 0,
            where: { legalName: { like: v } },
            ...as('editor'),
          }),
        )
      expect(await editor(REAL.legalName)).not.toBe(await editor(NONE.legalName))
    },
  )
})
