/**
 * Crafted requests against the testimonies' confidential part, shared by the HTTP test against the
 * built server (tests/http/oracle.test.ts) and the in-process one (tests/workflow/oracle.test.ts).
 *
 * A probe never trusts the shape of a response: the whole body and the headers are searched for
 * every confidential value the seed wrote, and the JSON is walked for any confidential key that
 * carries a value. An ORACLE probe sends the same request twice, once with a value that matches
 * the real confidential data and once with one that matches nothing: a role that cannot read the
 * field must get the same answer both times (a where clause or a sort on a field you cannot read
 * must not filter or order anything).
 */
import { expect, test } from '@jest/globals'

import { testimonies as SEEDED } from '../../src/seed/testimonies'

export type Who = 'anonymous' | 'translator' | 'reviewer' | 'editor' | 'admin'
/** Roles that must not see the confidential part (the reviewer may see consent.status only). */
export const RESTRICTED: Who[] = ['anonymous', 'translator', 'reviewer']
/** Roles that hold it: the controls, which prove each probe can see a leak when there is one. */
export const HOLDERS: Who[] = ['editor', 'admin']

export interface Reply {
  status: number
  text: string
  headers: string
}

export interface Client {
  /** GET (or another method) on `/api${path}`. */
  rest(path: string, who: Who, init?: { method?: string; body?: unknown }): Promise<Reply>
  /** POST /api/graphql. */
  gql(query: string, who: Who): Promise<Reply>
}

/**
 * Every confidential value the seed writes (src/seed/testimonies.ts and the workflow demo's two
 * testimonies in src/seed/workflow-demo.ts), as exact strings. Consent dates are searched as
 * YYYY-MM-DD, which is a prefix of how Payload returns them (ISO timestamps).
 */
export const SECRETS: string[] = [
  ...SEEDED.flatMap((t) => [t.legalName, t.contact, t.internalNotes, t.consent.date]),
  'Fictional Person C (demo record)',
  'Fictional Person D (demo record)',
  '2021-01-15',
]

/** Values that match the real data (a prefix of every legal name, one contact) and ones that match nothing. */
export const REAL = {
  legalName: 'Fictional Person',
  contact: SEEDED[0]!.contact,
  contactPart: 'witness-',
  notes: 'Demo record',
  consentStatus: 'given',
  consentScope: 'text',
  consentDateLow: '2000-01-01',
}
export const NONE = {
  legalName: 'zzzz-nonexistent',
  contact: 'zzzz-nonexistent@example.invalid',
  contactPart: 'zzzz-nonexistent',
  notes: 'zzzz-nonexistent',
  consentStatus: 'zzzz-nonexistent',
  consentScope: 'video',
  consentDateLow: '2999-01-01',
}

const CONFIDENTIAL_KEYS = ['legalName', 'contact', 'internalNotes'] as const
const CONSENT_DETAIL_KEYS = ['scope', 'date', 'recordedBy', 'document'] as const
const CONSENT_STATUSES = ['"given"', '"pending"', '"withdrawn"']

/**
 * What in a reply `who` must not get: each problem as a sentence (empty = clean).
 * - everyone below editor: no confidential value anywhere in the body or headers, no confidential
 *   key with a value anywhere in the JSON, no consent detail (scope, date, who recorded it, document);
 * - translator and anonymous: no consent status either (not even the bare words).
 */
export function leaks(reply: Reply, who: Who): string[] {
  if (HOLDERS.includes(who)) return []
  const out: string[] = []
  const haystack = `${reply.headers}\n${reply.text}`
  for (const s of SECRETS) if (haystack.includes(s)) out.push(`contains the confidential value ${JSON.stringify(s)}`)
  if (who !== 'reviewer')
    for (const s of CONSENT_STATUSES) if (reply.text.includes(s)) out.push(`contains the consent status ${s}`)
  let json: unknown
  try {
    json = JSON.parse(reply.text)
  } catch {
    return out
  }
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`)
      return
    }
    if (!v || typeof v !== 'object') return
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const p = `${path}.${k}`
      const present =
        x !== null && x !== undefined && !(typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0)
      if ((CONFIDENTIAL_KEYS as readonly string[]).includes(k) && present)
        out.push(`has ${p} = ${JSON.stringify(x).slice(0, 80)}`)
      if (k === 'consent' && x && typeof x === 'object' && !Array.isArray(x)) {
        for (const d of CONSENT_DETAIL_KEYS) {
          const y = (x as Record<string, unknown>)[d]
          if (y !== null && y !== undefined && !(Array.isArray(y) && y.length === 0))
            out.push(`has ${p}.${d} = ${JSON.stringify(y).slice(0, 80)}`)
        }
        const status = (x as Record<string, unknown>).status
        if (who !== 'reviewer' && status !== null && status !== undefined)
          out.push(`has ${p}.status = ${JSON.stringify(status)}`)
      }
      walk(x, p)
    }
  }
  walk(json, '$')
  return out
}

/**
 * A reply reduced to what an attacker can compare: the status, the result set (ids in order and
 * totals, wherever they are in the JSON) and error messages, with the probe's own values masked.
 */
export function signature(reply: Reply, values: string[]): string {
  const mask = (s: string) => values.reduce((acc, v) => acc.split(v).join('<V>'), s)
  let json: unknown
  try {
    json = JSON.parse(reply.text)
  } catch {
    return `${reply.status} ${mask(reply.text)}`
  }
  const ids: unknown[] = []
  const totals: unknown[] = []
  const errors: string[] = []
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x, key)
      return
    }
    if (!v || typeof v !== 'object') {
      if (key === 'id' || key === 'docs') ids.push(v)
      if (key === 'totalDocs') totals.push(v)
      if (key === 'message') errors.push(mask(String(v)))
      return
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k)
  }
  walk(json, '')
  return `${reply.status} ids=${JSON.stringify(ids)} totals=${JSON.stringify(totals)} errors=${JSON.stringify(errors)}`
}

/** A request sent twice: with a value that matches real confidential data (a) and one that matches nothing (b). */
export interface OraclePair {
  name: string
  a: string
  b: string
  /** Which roles must not be able to tell a from b (default: every restricted role). */
  roles?: Who[]
  /** REST path (default) or GraphQL query. */
  kind?: 'rest' | 'gql'
  values: string[]
}

const enc = encodeURIComponent
const like = (
  field: string,
  real: string,
  none: string,
  op = 'like',
  prefix = '/testimonies?draft=true&limit=0&depth=0&',
) => ({
  a: `${prefix}where[${field}][${op}]=${enc(real)}`,
  b: `${prefix}where[${field}][${op}]=${enc(none)}`,
  values: [real, none],
})
const NOT_REVIEWER: Who[] = ['anonymous', 'translator']

export function oraclePairs(ids: { testimonies: (number | string)[] }): OraclePair[] {
  const t0 = ids.testimonies[0]
  const gqlWhere = (where: string, extra = 'draft: true') =>
    `{ Testimonies(${extra}, limit: 0, where: ${where}) { totalDocs docs { id } } }`
  return [
    { name: 'legalName like', ...like('legalName', REAL.legalName, NONE.legalName) },
    {
      name: 'legalName like (published)',
      ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies?limit=0&depth=0&'),
    },
    { name: 'legalName contains', ...like('legalName', REAL.legalName, NONE.legalName, 'contains') },
    { name: 'legalName equals', ...like('legalName', SEEDED[0]!.legalName, NONE.legalName, 'equals') },
    { name: 'legalName not_equals', ...like('legalName', SEEDED[0]!.legalName, NONE.legalName, 'not_equals') },
    { name: 'legalName in', ...like('legalName', SEEDED[0]!.legalName, NONE.legalName, 'in') },
    {
      name: 'legalName greater_than',
      a: '/testimonies?draft=true&limit=0&depth=0&where[legalName][greater_than]=F',
      b: '/testimonies?draft=true&limit=0&depth=0&where[legalName][greater_than]=G',
      values: ['F', 'G'],
    },
    {
      name: 'legalName exists',
      a: '/testimonies?draft=true&limit=0&depth=0&where[legalName][exists]=true',
      b: '/testimonies?draft=true&limit=0&depth=0&where[legalName][exists]=false',
      values: ['true', 'false'],
    },
    {
      name: 'legalName, trashed too',
      ...like(
        'legalName',
        REAL.legalName,
        NONE.legalName,
        'like',
        '/testimonies?trash=true&draft=true&limit=0&depth=0&',
      ),
    },
    {
      name: 'legalName, every locale',
      ...like(
        'legalName',
        REAL.legalName,
        NONE.legalName,
        'like',
        '/testimonies?locale=all&draft=true&limit=0&depth=0&',
      ),
    },
    {
      name: 'legalName, by id',
      ...like(
        'legalName',
        REAL.legalName,
        NONE.legalName,
        'like',
        `/testimonies?draft=true&limit=0&depth=0&where[id][equals]=${t0}&`,
      ),
    },
    { name: 'contact equals', ...like('contact', REAL.contact, NONE.contact, 'equals') },
    { name: 'contact like', ...like('contact', REAL.contactPart, NONE.contactPart) },
    { name: 'internalNotes like', ...like('internalNotes', REAL.notes, NONE.notes) },
    {
      name: 'consent.status equals',
      ...like('consent.status', REAL.consentStatus, NONE.consentStatus, 'equals'),
      roles: NOT_REVIEWER,
    },
    {
      name: 'consent__status equals (GraphQL-style path)',
      ...like('consent__status', REAL.consentStatus, NONE.consentStatus, 'equals'),
      roles: NOT_REVIEWER,
    },
    { name: 'consent.scope contains', ...like('consent.scope', REAL.consentScope, NONE.consentScope, 'contains') },
    { name: 'consent.scope in', ...like('consent.scope', REAL.consentScope, NONE.consentScope, 'in') },
    {
      name: 'consent.date greater_than',
      ...like('consent.date', REAL.consentDateLow, NONE.consentDateLow, 'greater_than'),
    },
    {
      name: 'consent.recordedBy exists',
      a: '/testimonies?draft=true&limit=0&depth=0&where[consent.recordedBy][exists]=true',
      b: '/testimonies?draft=true&limit=0&depth=0&where[consent.recordedBy][exists]=false',
      values: ['true', 'false'],
    },
    {
      name: 'consent.recordedBy.email like (relationship hop)',
      ...like('consent.recordedBy.email', 'editor', NONE.legalName),
    },
    {
      name: 'consent.document exists',
      a: '/testimonies?draft=true&limit=0&depth=0&where[consent.document][exists]=false',
      b: '/testimonies?draft=true&limit=0&depth=0&where[consent.document][exists]=true',
      values: ['true', 'false'],
    },
    {
      name: 'or[0] legalName like',
      a: `/testimonies?draft=true&limit=0&depth=0&where[or][0][legalName][like]=${enc(REAL.legalName)}&where[or][1][id][equals]=0`,
      b: `/testimonies?draft=true&limit=0&depth=0&where[or][0][legalName][like]=${NONE.legalName}&where[or][1][id][equals]=0`,
      values: [REAL.legalName, NONE.legalName],
    },
    {
      name: 'and[0] legalName like',
      a: `/testimonies?draft=true&limit=0&depth=0&where[and][0][legalName][like]=${enc(REAL.legalName)}`,
      b: `/testimonies?draft=true&limit=0&depth=0&where[and][0][legalName][like]=${NONE.legalName}`,
      values: [REAL.legalName, NONE.legalName],
    },
    {
      name: 'sort legalName',
      a: '/testimonies?draft=true&limit=0&depth=0&sort=legalName',
      b: '/testimonies?draft=true&limit=0&depth=0&sort=-legalName',
      values: [],
    },
    {
      name: 'sort legalName, then id',
      a: '/testimonies?draft=true&limit=0&depth=0&sort=legalName,id',
      b: '/testimonies?draft=true&limit=0&depth=0&sort=-legalName,id',
      values: [],
    },
    {
      name: 'sort[] legalName',
      a: '/testimonies?draft=true&limit=0&depth=0&sort[0]=legalName&sort[1]=id',
      b: '/testimonies?draft=true&limit=0&depth=0&sort[0]=-legalName&sort[1]=id',
      values: [],
    },
    {
      name: 'sort contact',
      a: '/testimonies?draft=true&limit=0&depth=0&sort=contact',
      b: '/testimonies?draft=true&limit=0&depth=0&sort=-contact',
      values: [],
    },
    {
      name: 'sort consent.date',
      a: '/testimonies?draft=true&limit=0&depth=0&sort=consent.date',
      b: '/testimonies?draft=true&limit=0&depth=0&sort=-consent.date',
      values: [],
    },
    {
      name: 'count: legalName like',
      ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies/count?'),
    },
    // Version history.
    {
      name: 'versions: version.legalName like',
      ...like('version.legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies/versions?limit=0&depth=0&'),
    },
    {
      name: 'versions: version.contact equals',
      ...like('version.contact', REAL.contact, NONE.contact, 'equals', '/testimonies/versions?limit=0&depth=0&'),
    },
    {
      name: 'versions: version.consent.scope contains',
      ...like(
        'version.consent.scope',
        REAL.consentScope,
        NONE.consentScope,
        'contains',
        '/testimonies/versions?limit=0&depth=0&',
      ),
    },
    {
      name: 'versions: version.consent.status equals',
      ...like(
        'version.consent.status',
        REAL.consentStatus,
        NONE.consentStatus,
        'equals',
        '/testimonies/versions?limit=0&depth=0&',
      ),
      roles: NOT_REVIEWER,
    },
    {
      name: 'versions: parent.legalName like (relationship hop)',
      ...like('parent.legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies/versions?limit=0&depth=0&'),
    },
    {
      name: 'versions: sort version.legalName',
      a: '/testimonies/versions?limit=0&depth=0&sort=version.legalName',
      b: '/testimonies/versions?limit=0&depth=0&sort=-version.legalName',
      values: [],
    },
    // From other collections, through relationships.
    {
      name: 'chapters: testimonies.legalName like',
      ...like('testimonies.legalName', REAL.legalName, NONE.legalName, 'like', '/chapters?draft=true&limit=0&depth=0&'),
    },
    {
      name: 'chapters: testimonies.consent.scope contains',
      ...like(
        'testimonies.consent.scope',
        REAL.consentScope,
        NONE.consentScope,
        'contains',
        '/chapters?draft=true&limit=0&depth=0&',
      ),
    },
    {
      name: 'statistics: chapter.testimonies.legalName like',
      ...like(
        'chapter.testimonies.legalName',
        REAL.legalName,
        NONE.legalName,
        'like',
        '/statistics?draft=true&limit=0&depth=0&',
      ),
    },
    {
      name: 'testimonies: chapter.testimonies.legalName like',
      ...like('chapter.testimonies.legalName', REAL.legalName, NONE.legalName, 'like'),
    },
    // (A join's where through a relationship, joins[chapters][where][testimonies.legalName], is not applied by Payload even for an editor: no probe.)
    // GraphQL.
    {
      name: 'GraphQL: where legalName like',
      kind: 'gql',
      a: gqlWhere(`{ legalName: { like: "${REAL.legalName}" } }`),
      b: gqlWhere(`{ legalName: { like: "${NONE.legalName}" } }`),
      values: [REAL.legalName, NONE.legalName],
    },
    {
      name: 'GraphQL: where OR legalName like',
      kind: 'gql',
      a: gqlWhere(`{ OR: [{ legalName: { like: "${REAL.legalName}" } }] }`),
      b: gqlWhere(`{ OR: [{ legalName: { like: "${NONE.legalName}" } }] }`),
      values: [REAL.legalName, NONE.legalName],
    },
    {
      name: 'GraphQL: where contact equals',
      kind: 'gql',
      a: gqlWhere(`{ contact: { equals: "${REAL.contact}" } }`),
      b: gqlWhere(`{ contact: { equals: "${NONE.contact}" } }`),
      values: [REAL.contact, NONE.contact],
    },
    {
      name: 'GraphQL: where consent__status equals',
      kind: 'gql',
      roles: NOT_REVIEWER,
      a: gqlWhere('{ consent__status: { equals: given } }'),
      b: gqlWhere('{ consent__status: { equals: withdrawn } }'),
      values: ['given', 'withdrawn'],
    },
    {
      name: 'GraphQL: sort legalName',
      kind: 'gql',
      a: '{ Testimonies(draft: true, limit: 0, sort: "legalName") { docs { id } } }',
      b: '{ Testimonies(draft: true, limit: 0, sort: "-legalName") { docs { id } } }',
      values: [],
    },
    {
      name: 'GraphQL: count where legalName',
      kind: 'gql',
      a: `{ countTestimonies(draft: true, where: { legalName: { like: "${REAL.legalName}" } }) { totalDocs } }`,
      b: `{ countTestimonies(draft: true, where: { legalName: { like: "${NONE.legalName}" } }) { totalDocs } }`,
      values: [REAL.legalName, NONE.legalName],
    },
    {
      name: 'GraphQL: versions where version__legalName',
      kind: 'gql',
      a: `{ versionsTestimonies(limit: 0, where: { version__legalName: { like: "${REAL.legalName}" } }) { totalDocs docs { id } } }`,
      b: `{ versionsTestimonies(limit: 0, where: { version__legalName: { like: "${NONE.legalName}" } }) { totalDocs docs { id } } }`,
      values: [REAL.legalName, NONE.legalName],
    },
    // (GraphQL's where types have no relationship paths such as testimonies__legalName: nothing to probe there.)
  ]
}

/**
 * Populated documents of the other collections narrowed to one field each, testimonies in full:
 * depth 5–10 then reaches testimonies again and again (testimony → chapter → testimonies → …)
 * without the exponential blow-up of a full depth-10 population (see the note in oracle.test.ts).
 */
export const NARROW_POPULATE = [
  'chapters][testimonies',
  'reports][title',
  'statistics][chapter',
  'defenders][name',
  'organisations][name',
  'media][alt',
  'users][name',
]
  .map((p) => `populate[${p}]=true`)
  .join('&')

/** Query strings every testimony read endpoint is tried with. */
export const READ_QUERIES = [
  '',
  ...Array.from({ length: 5 }, (_, d) => `depth=${d}`),
  ...Array.from({ length: 6 }, (_, d) => `depth=${d + 5}&${NARROW_POPULATE}`),
  'locale=*',
  'locale=all',
  'locale=all&depth=2&draft=true',
  `locale=*&depth=10&${NARROW_POPULATE}`,
  'select[legalName]=true',
  'select[consent]=true',
  'select[legalName]=true&select[contact]=true&select[internalNotes]=true&select[consent]=true&draft=true',
  'select[consent][scope]=true&select[consent][date]=true&depth=2',
  'select[version][legalName]=true&select[version][consent]=true',
  'populate[users][email]=true&depth=3',
  'draft=true',
  'trash=true',
  `draft=true&trash=true&depth=10&${NARROW_POPULATE}`,
  'draft=true&locale=fr&fallback-locale=en&depth=2',
]

/** GraphQL queries that ask for the confidential part directly and through populated relations. */
export function readQueries(ids: { testimonies: (number | string)[]; versions: string[] }): string[] {
  const conf =
    'legalName contact internalNotes consent { status scope date recordedBy { id email name } document { id filename url } }'
  return [
    `{ Testimonies(draft: true, limit: 0) { docs { id title ${conf} } } }`,
    `{ Testimonies(limit: 0) { docs { id title ${conf} } } }`,
    `{ Testimonies(draft: true, limit: 0, locale: fr, fallbackLocale: en) { docs { id ${conf} } } }`,
    `{ Testimonies(draft: true, trash: true, limit: 0) { docs { id ${conf} } } }`,
    ...ids.testimonies.map((id) => `{ Testimony(id: ${id}, draft: true) { id title ${conf} } }`),
    `{ versionsTestimonies(limit: 0) { docs { id version { title ${conf} } } } }`,
    ...ids.versions.slice(0, 2).map((id) => `{ versionTestimony(id: ${id}) { id version { title ${conf} } } }`),
    `{ Chapters(draft: true, limit: 0) { docs { id testimonies { id ${conf} chapter { testimonies { id ${conf} } } } } } }`,
    `{ Reports(draft: true) { docs { chapters { docs { testimonies { id ${conf} } } } } } }`,
    `{ Statistics(draft: true, limit: 0) { docs { chapter { testimonies { id ${conf} } } } } }`,
  ]
}

export interface ProbeIds {
  /** Testimony ids: every seeded testimony (published and draft-only). */
  testimonies: (number | string)[]
  /** A few version ids of the first testimony. */
  versions: string[]
  chapters: (number | string)[]
}

/** The read requests (REST paths under /api) every role is tried with. */
export function readPaths(ids: ProbeIds): string[] {
  const withQ = (base: string, q: string) => (q ? `${base}${base.includes('?') ? '&' : '?'}${q}` : base)
  const heavy = [
    'depth=2',
    `depth=10&${NARROW_POPULATE}`,
    `locale=all&depth=10&draft=true&${NARROW_POPULATE}`,
    `draft=true&trash=true&depth=10&${NARROW_POPULATE}`,
  ]
  const out: string[] = []
  for (const q of READ_QUERIES) {
    // Versions select inside `version`; the others have no `version` to select.
    const vq = q.includes('select[version]') ? q : q.replaceAll('select[', 'select[version][')
    if (!q.includes('select[version]')) {
      out.push(withQ('/testimonies?limit=0', q))
      for (const id of ids.testimonies.slice(0, 3)) out.push(withQ(`/testimonies/${id}`, q))
    }
    out.push(withQ(`/testimonies/versions?limit=4&where[parent][equals]=${ids.testimonies[0]}`, vq))
    out.push(withQ(`/testimonies/versions/${ids.versions[0]}`, vq))
  }
  for (const q of heavy) {
    for (const c of [
      'chapters',
      'reports',
      'statistics',
      'audit-events',
      'publications',
      'payload-locked-documents',
      'payload-preferences',
      'users',
      'media',
      'consent-documents',
    ]) {
      out.push(withQ(`/${c}?limit=20`, q))
    }
    out.push(withQ('/chapters/versions?limit=2', q))
    for (const id of ids.chapters) out.push(withQ(`/chapters/${id}`, q))
  }
  for (const id of ids.testimonies) out.push(`/testimonies/${id}/workflow`)
  return out
}

/** Runs `fn` over `items`, `n` at a time. */
export async function pool<T, R>(items: T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i]!)
      }
    }),
  )
  return out
}

const ANON_COLLECTIONS = [
  'reports',
  'chapters',
  'testimonies',
  'defenders',
  'statistics',
  'organisations',
  'media',
  'consent-documents',
  'users',
  'audit-events',
  'publications',
  'payload-locked-documents',
  'payload-preferences',
]

/**
 * The tests themselves, for any client (the built server over HTTP, or Payload in-process).
 * `get` is called inside each test (after beforeAll has set things up).
 */
export function defineOracleTests(get: () => { client: Client; ids: ProbeIds }, concurrency = 4) {
  const failures = (list: { what: string; problems: string[] }[]) =>
    list.filter((x) => x.problems.length).map((x) => `${x.what}: ${x.problems.join('; ')}`)

  test('control: editors and admins get every confidential value, so the search would see a leak', async () => {
    const { client } = get()
    for (const who of HOLDERS) {
      const r = await client.rest('/testimonies?draft=true&limit=0&depth=1', who)
      expect(r.status).toBe(200)
      for (const s of SECRETS) expect(r.text).toContain(s)
      expect(leaks(r, 'translator').length).toBeGreaterThan(SECRETS.length)
      const g = await client.gql(
        '{ Testimonies(draft: true, limit: 0) { docs { legalName contact internalNotes consent { status date } } } }',
        who,
      )
      for (const s of SECRETS) expect(g.text).toContain(s)
    }
  })

  test('control: every read probe that asks for testimonies returns confidential values to an editor', async () => {
    const { client, ids } = get()
    const testimonyPaths = readPaths(ids).filter((p) => p.startsWith('/testimonies') && !p.endsWith('/workflow'))
    const empty = await pool(
      [...testimonyPaths.map((p) => ({ p, gql: false })), ...readQueries(ids).map((p) => ({ p, gql: true }))],
      concurrency,
      async ({ p, gql }) => {
        const r = gql ? await client.gql(p, 'editor') : await client.rest(p, 'editor')
        return SECRETS.some((s) => r.text.includes(s))
          ? null
          : `${p.slice(0, 120)} → ${r.status} ${r.text.slice(0, 160)}`
      },
    )
    expect(empty.filter(Boolean)).toEqual([])
  })

  test('the restricted roles do read testimonies (so the probes are not refused wholesale)', async () => {
    const { client, ids } = get()
    for (const who of ['translator', 'reviewer'] as Who[]) {
      const r = await client.rest('/testimonies?draft=true&limit=0', who)
      expect(r.status).toBe(200)
      expect((JSON.parse(r.text) as { docs: unknown[] }).docs.length).toBe(ids.testimonies.length)
      expect(r.text).toContain(SEEDED[0]!.title.en)
    }
    // The reviewer sees consent status, and only that, of the confidential part.
    const rev = JSON.parse((await client.rest('/testimonies?draft=true&limit=0', 'reviewer')).text) as {
      docs: { consent?: Record<string, unknown> }[]
    }
    expect(rev.docs.map((d) => Object.keys(d.consent ?? {}).filter((k) => d.consent![k] != null))).toEqual(
      rev.docs.map(() => ['status']),
    )
  })

  test.each(RESTRICTED)(
    '%s: no REST read (depth 0-10, locale=*/all, select, draft, trash, versions, populated relations) reveals a confidential value',
    async (who) => {
      const { client, ids } = get()
      const paths = readPaths(ids)
      const found = await pool(paths, concurrency, async (p) => ({
        what: `GET /api${p}`,
        problems: leaks(await client.rest(p, who), who),
      }))
      expect(failures(found)).toEqual([])
    },
  )

  test.each(RESTRICTED)(
    '%s: no GraphQL query (direct, by id, versions, chapter → testimonies population) reveals a confidential value',
    async (who) => {
      const { client, ids } = get()
      const found = await pool(readQueries(ids), concurrency, async (q) => ({
        what: q.slice(0, 90),
        problems: leaks(await client.gql(q, who), who),
      }))
      expect(failures(found)).toEqual([])
    },
  )

  const sign = async (client: Client, pair: OraclePair, who: Who) => {
    const send = (x: string) => (pair.kind === 'gql' ? client.gql(x, who) : client.rest(x, who))
    const [a, b] = [await send(pair.a), await send(pair.b)]
    return {
      a: signature(a, pair.values),
      b: signature(b, pair.values),
      problems: [...leaks(a, who), ...leaks(b, who)],
    }
  }

  test.each(RESTRICTED)(
    '%s: where clauses and sorts on confidential fields are no oracle (same answer for a real and a wrong value)',
    async (who) => {
      const { client, ids } = get()
      const pairs = oraclePairs(ids).filter((p) => (p.roles ?? RESTRICTED).includes(who))
      const found = await pool(pairs, concurrency, async (pair) => {
        const s = await sign(client, pair, who)
        return {
          what: pair.name,
          problems: [...s.problems, ...(s.a === s.b ? [] : [`tells the values apart: ${s.a} vs ${s.b}`])],
        }
      })
      expect(failures(found)).toEqual([])
    },
  )

  test('control: for an editor every oracle pair does tell the real value from the wrong one', async () => {
    const { client, ids } = get()
    const pairs = oraclePairs(ids)
    const same = await pool(pairs, concurrency, async (pair) => {
      const s = await sign(client, pair, 'editor')
      return s.a === s.b ? `${pair.name}: ${s.a}` : null
    })
    expect(same.filter(Boolean)).toEqual([])
  })

  test('a bulk update filtered on a confidential field is no oracle for a translator either', async () => {
    const { client } = get()
    const send = (v: string) =>
      client.rest(`/testimonies?locale=fr&draft=true&where[legalName][like]=${encodeURIComponent(v)}`, 'translator', {
        method: 'PATCH',
        body: {},
      })
    const [a, b] = [await send(REAL.legalName), await send(NONE.legalName)]
    expect(signature(a, [REAL.legalName, NONE.legalName])).toBe(signature(b, [REAL.legalName, NONE.legalName]))
    expect(a.status).toBeGreaterThanOrEqual(400)
  })

  test.each(ANON_COLLECTIONS)(
    'anonymous gets 401/403 or nothing from /api/%s (list, draft, trash, versions, depth 10, locale all)',
    async (slug) => {
      const { client } = get()
      for (const p of [
        `/${slug}`,
        `/${slug}?draft=true&trash=true&depth=10&locale=all`,
        `/${slug}/versions?depth=10`,
        `/${slug}/count`,
        `/${slug}/1?depth=10`,
      ]) {
        const r = await client.rest(p, 'anonymous')
        expect(leaks(r, 'anonymous')).toEqual([])
        if (r.status < 400) {
          const body = JSON.parse(r.text) as { docs?: unknown[]; totalDocs?: number; id?: unknown }
          expect({ p, docs: body.docs ?? [], id: body.id }).toEqual({ p, docs: [], id: undefined })
        } else expect({ p, refused: [401, 403].includes(r.status) }).toEqual({ p, refused: true })
      }
    },
  )
}
