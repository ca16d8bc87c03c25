import { describe, expect, test } from '@jest/globals'

import { databaseKind } from '../../src/db'
import { resolveSecret } from '../../src/env'
import { isCountryCode, validateCountry } from '../../src/fields/country'
import { slugify } from '../../src/fields/slug'
import { linkProblem } from '../../src/fields/url'

describe('DATABASE_URL chooses the adapter', () => {
  test.each([
    ['file:./data/folio.db', 'sqlite'],
    ['file::memory:', 'sqlite'],
    ['sqlite:./data/folio.db', 'sqlite'],
    ['postgres://folio@127.0.0.1:5432/folio', 'postgres'],
    ['postgresql://folio:pw@db.internal/folio?sslmode=require', 'postgres'],
    ['mongodb://localhost:27017/folio', 'mongodb'],
    ['mongodb+srv://user:pw@cluster.example.net/folio', 'mongodb'],
  ])('%s → %s', (url, kind) => expect(databaseKind(url)).toBe(kind))

  test('an unknown scheme fails with a message naming it and the three kinds', () => {
    expect(() => databaseKind('mysql://localhost/folio')).toThrow(
      /unsupported scheme "mysql:".*three kinds.*file:.*SQLite.*postgres:\/\/.*PostgreSQL.*mongodb:\/\/.*MongoDB/,
    )
    expect(() => databaseKind('folio.db')).toThrow(/unsupported scheme/)
  })
})

describe('PAYLOAD_SECRET', () => {
  const prod = (secret?: string) =>
    ({ NODE_ENV: 'production', ...(secret === undefined ? {} : { PAYLOAD_SECRET: secret }) }) as NodeJS.ProcessEnv
  test('production refuses a missing, default or short secret', () => {
    expect(() => resolveSecret(prod())).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => resolveSecret(prod('YOUR_SECRET_HERE'))).toThrow(/default placeholder/)
    expect(() => resolveSecret(prod('folio-development-secret'))).toThrow(/default placeholder/)
    expect(() => resolveSecret(prod('short'))).toThrow(/too short/)
  })
  test('production accepts a real secret; development falls back to a marked default', () => {
    const real = 'a'.repeat(16) + 'b'.repeat(16)
    expect(resolveSecret(prod(real))).toBe(real)
    expect(resolveSecret({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBe('folio-development-secret')
  })
})

describe('field validators', () => {
  test('country codes are ISO 3166-1 alpha-2', () => {
    expect(isCountryCode('BY')).toBe(true)
    expect(isCountryCode('by')).toBe(false)
    expect(isCountryCode('XX')).toBe(false)
    expect(isCountryCode('EU')).toBe(false)
    expect(validateCountry('XX', false)).toMatch(/"XX" is not an ISO 3166-1 alpha-2/)
    expect(validateCountry(null, true)).toMatch(/required/)
    expect(validateCountry(null, false)).toBe(true)
  })
  test('links: http, https and mailto only', () => {
    expect(linkProblem('https://www.omct.org/')).toBeNull()
    expect(linkProblem('mailto:press@example.org')).toBeNull()
    expect(linkProblem('javascript:alert(1)')).toMatch(/only http, https and mailto/)
    expect(linkProblem('ftp://example.org/file')).toMatch(/only http, https and mailto/)
    expect(linkProblem('not a url')).toMatch(/not a valid URL/)
    expect(linkProblem('https://localhostx')).toMatch(/no valid host/)
    expect(linkProblem('mailto:nobody')).toMatch(/not a valid e-mail/)
  })
  test('slugs fold accents and drop other scripts', () => {
    expect(slugify('Annual report 2020')).toBe('annual-report-2020')
    expect(slugify('Bélarus : la torture')).toBe('belarus-la-torture')
    expect(slugify('Беларусь 2020')).toBe('2020')
  })
})
