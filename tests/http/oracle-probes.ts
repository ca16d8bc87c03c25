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
  if (who !== 'reviewer') for (const s of CONSENT_STATUSES) if (reply.text.includes(s)) out.push(`contains the consent status ${s}`)
  let json: unknown
  try {
    json = JSON.parse(reply.text)
  } catch {
    return out
  }
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`))
    if (!v || typeof v !== 'object') return
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const p = `${path}.${k}`
      const present = x !== null && x !== undefined && !(typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0)
      if ((CONFIDENTIAL_KEYS as readonly string[]).includes(k) && present) out.push(`has ${p} = ${JSON.stringify(x).slice(0, 80)}`)
      if (k === 'consent' && x && typeof x === 'object' && !Array.isArray(x)) {
        for (const d of CONSENT_DETAIL_KEYS) {
          const y = (x as Record<string, unknown>)[d]
          if (y !== null && y !== undefined && !(Array.isArray(y) && y.length === 0)) out.push(`has ${p}.${d} = ${JSON.stringify(y).slice(0, 80)}`)
        }
        const status = (x as Record<string, unknown>).status
        if (who !== 'reviewer' && status !== null && status !== undefined) out.push(`has ${p}.status = ${JSON.stringify(status)}`)
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
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key))
    if (!v || typeof v !== 'object') {
      if (key === 'id') ids.push(v)
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
const like = (field: string, real: string, none: string, op = 'like', prefix = '/testimonies?draft=true&limit=0&') => ({
  a: `${prefix}where[${field}][${op}]=${enc(real)}`,
  b: `${prefix}where[${field}][${op}]=${enc(none)}`,
  values: [real, none],
})
const NOT_REVIEWER: Who[] = ['anonymous', 'translator']

export function oraclePairs(ids: { testimonies: (number | string)[] }): OraclePair[] {
  const t0 = ids.testimonies[0]
  const gqlWhere = (where: string, extra = 'draft: true') => `{ Testimonies(${extra}, limit: 0, where: ${where}) { totalDocs docs { id } } }`
  return [
    { name: 'legalName like', ...like('legalName', REAL.legalName, NONE.legalName) },
    { name: 'legalName like (published)', ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies?limit=0&') },
    { name: 'legalName contains', ...like('legalName', REAL.legalName, NONE.legalName, 'contains') },
    { name: 'legalName equals', ...like('legalName', SEEDED[0]!.legalName, NONE.legalName, 'equals') },
    { name: 'legalName not_equals', ...like('legalName', SEEDED[0]!.legalName, NONE.legalName, 'not_equals') },
    { name: 'legalName in', ...like('legalName', SEEDED[0]!.legalName, NONE.legalName, 'in') },
    { name: 'legalName greater_than', a: '/testimonies?draft=true&limit=0&where[legalName][greater_than]=F', b: '/testimonies?draft=true&limit=0&where[legalName][greater_than]=G', values: ['F', 'G'] },
    { name: 'legalName exists', a: '/testimonies?draft=true&limit=0&where[legalName][exists]=true', b: '/testimonies?draft=true&limit=0&where[legalName][exists]=false', values: ['true', 'false'] },
    { name: 'legalName, trashed too', ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies?trash=true&draft=true&limit=0&') },
    { name: 'legalName, every locale', ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies?locale=all&draft=true&limit=0&') },
    { name: 'legalName, by id', ...like('legalName', REAL.legalName, NONE.legalName, 'like', `/testimonies?draft=true&limit=0&where[id][equals]=${t0}&`) },
    { name: 'contact equals', ...like('contact', REAL.contact, NONE.contact, 'equals') },
    { name: 'contact like', ...like('contact', REAL.contactPart, NONE.contactPart) },
    { name: 'internalNotes like', ...like('internalNotes', REAL.notes, NONE.notes) },
    { name: 'consent.status equals', ...like('consent.status', REAL.consentStatus, NONE.consentStatus, 'equals'), roles: NOT_REVIEWER },
    { name: 'consent__status equals (GraphQL-style path)', ...like('consent__status', REAL.consentStatus, NONE.consentStatus, 'equals'), roles: NOT_REVIEWER },
    { name: 'consent.scope contains', ...like('consent.scope', REAL.consentScope, NONE.consentScope, 'contains') },
    { name: 'consent.scope in', ...like('consent.scope', REAL.consentScope, NONE.consentScope, 'in') },
    { name: 'consent.date greater_than', ...like('consent.date', REAL.consentDateLow, NONE.consentDateLow, 'greater_than') },
    { name: 'consent.recordedBy exists', a: '/testimonies?draft=true&limit=0&where[consent.recordedBy][exists]=true', b: '/testimonies?draft=true&limit=0&where[consent.recordedBy][exists]=false', values: ['true', 'false'] },
    { name: 'consent.recordedBy.email like (relationship hop)', ...like('consent.recordedBy.email', 'editor', NONE.legalName) },
    { name: 'consent.document exists', a: '/testimonies?draft=true&limit=0&where[consent.document][exists]=false', b: '/testimonies?draft=true&limit=0&where[consent.document][exists]=true', values: ['true', 'false'] },
    { name: 'or[0] legalName like', a: `/testimonies?draft=true&limit=0&where[or][0][legalName][like]=${enc(REAL.legalName)}&where[or][1][id][equals]=0`, b: `/testimonies?draft=true&limit=0&where[or][0][legalName][like]=${NONE.legalName}&where[or][1][id][equals]=0`, values: [REAL.legalName, NONE.legalName] },
    { name: 'and[0] legalName like', a: `/testimonies?draft=true&limit=0&where[and][0][legalName][like]=${enc(REAL.legalName)}`, b: `/testimonies?draft=true&limit=0&where[and][0][legalName][like]=${NONE.legalName}`, values: [REAL.legalName, NONE.legalName] },
    { name: 'sort legalName', a: '/testimonies?draft=true&limit=0&sort=legalName', b: '/testimonies?draft=true&limit=0&sort=-legalName', values: [] },
    { name: 'sort legalName, then id', a: '/testimonies?draft=true&limit=0&sort=legalName,id', b: '/testimonies?draft=true&limit=0&sort=-legalName,id', values: [] },
    { name: 'sort[] legalName', a: '/testimonies?draft=true&limit=0&sort[0]=legalName&sort[1]=id', b: '/testimonies?draft=true&limit=0&sort[0]=-legalName&sort[1]=id', values: [] },
    { name: 'sort contact', a: '/testimonies?draft=true&limit=0&sort=contact', b: '/testimonies?draft=true&limit=0&sort=-contact', values: [] },
    { name: 'sort consent.date', a: '/testimonies?draft=true&limit=0&sort=consent.date', b: '/testimonies?draft=true&limit=0&sort=-consent.date', values: [] },
    { name: 'count: legalName like', ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies/count?') },
    // Version history.
    { name: 'versions: version.legalName like', ...like('version.legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies/versions?limit=0&') },
    { name: 'versions: version.contact equals', ...like('version.contact', REAL.contact, NONE.contact, 'equals', '/testimonies/versions?limit=0&') },
    { name: 'versions: version.consent.scope contains', ...like('version.consent.scope', REAL.consentScope, NONE.consentScope, 'contains', '/testimonies/versions?limit=0&') },
    { name: 'versions: version.consent.status equals', ...like('version.consent.status', REAL.consentStatus, NONE.consentStatus, 'equals', '/testimonies/versions?limit=0&'), roles: NOT_REVIEWER },
    { name: 'versions: parent.legalName like (relationship hop)', ...like('parent.legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies/versions?limit=0&') },
    { name: 'versions: sort version.legalName', a: '/testimonies/versions?limit=0&sort=version.legalName', b: '/testimonies/versions?limit=0&sort=-version.legalName', values: [] },
    // From other collections, through relationships.
    { name: 'chapters: testimonies.legalName like', ...like('testimonies.legalName', REAL.legalName, NONE.legalName, 'like', '/chapters?draft=true&limit=0&') },
    { name: 'chapters: testimonies.consent.scope contains', ...like('testimonies.consent.scope', REAL.consentScope, NONE.consentScope, 'contains', '/chapters?draft=true&limit=0&') },
    { name: 'statistics: chapter.testimonies.legalName like', ...like('chapter.testimonies.legalName', REAL.legalName, NONE.legalName, 'like', '/statistics?draft=true&limit=0&') },
    { name: 'testimonies: chapter.testimonies.legalName like', ...like('chapter.testimonies.legalName', REAL.legalName, NONE.legalName, 'like') },
    { name: 'reports: join chapters where testimonies.legalName', a: `/reports?draft=true&depth=0&joins[chapters][where][testimonies.legalName][like]=${enc(REAL.legalName)}`, b: `/reports?draft=true&depth=0&joins[chapters][where][testimonies.legalName][like]=${NONE.legalName}`, values: [REAL.legalName, NONE.legalName] },
    // GraphQL.
    { name: 'GraphQL: where legalName like', kind: 'gql', a: gqlWhere(`{ legalName: { like: "${REAL.legalName}" } }`), b: gqlWhere(`{ legalName: { like: "${NONE.legalName}" } }`), values: [REAL.legalName, NONE.legalName] },
    { name: 'GraphQL: where OR legalName like', kind: 'gql', a: gqlWhere(`{ OR: [{ legalName: { like: "${REAL.legalName}" } }] }`), b: gqlWhere(`{ OR: [{ legalName: { like: "${NONE.legalName}" } }] }`), values: [REAL.legalName, NONE.legalName] },
    { name: 'GraphQL: where contact equals', kind: 'gql', a: gqlWhere(`{ contact: { equals: "${REAL.contact}" } }`), b: gqlWhere(`{ contact: { equals: "${NONE.contact}" } }`), values: [REAL.contact, NONE.contact] },
    { name: 'GraphQL: where consent__status equals', kind: 'gql', roles: NOT_REVIEWER, a: gqlWhere('{ consent__status: { equals: given } }'), b: gqlWhere('{ consent__status: { equals: withdrawn } }'), values: ['given', 'withdrawn'] },
    { name: 'GraphQL: sort legalName', kind: 'gql', a: '{ Testimonies(draft: true, limit: 0, sort: "legalName") { docs { id } } }', b: '{ Testimonies(draft: true, limit: 0, sort: "-legalName") { docs { id } } }', values: [] },
    { name: 'GraphQL: count where legalName', kind: 'gql', a: `{ countTestimonies(draft: true, where: { legalName: { like: "${REAL.legalName}" } }) { totalDocs } }`, b: `{ countTestimonies(draft: true, where: { legalName: { like: "${NONE.legalName}" } }) { totalDocs } }`, values: [REAL.legalName, NONE.legalName] },
    { name: 'GraphQL: versions where version__legalName', kind: 'gql', a: `{ versionsTestimonies(limit: 0, where: { version__legalName: { like: "${REAL.legalName}" } }) { totalDocs docs { id } } }`, b: `{ versionsTestimonies(limit: 0, where: { version__legalName: { like: "${NONE.legalName}" } }) { totalDocs docs { id } } }`, values: [REAL.legalName, NONE.legalName] },
    { name: 'GraphQL: chapters where testimonies__legalName', kind: 'gql', a: `{ Chapters(draft: true, limit: 0, where: { testimonies__legalName: { like: "${REAL.legalName}" } }) { totalDocs docs { id } } }`, b: `{ Chapters(draft: true, limit: 0, where: { testimonies__legalName: { like: "${NONE.legalName}" } }) { totalDocs docs { id } } }`, values: [REAL.legalName, NONE.legalName] },
  ]
}

/** Query strings every read endpoint is tried with. */
export const READ_QUERIES = [
  '',
  ...Array.from({ length: 11 }, (_, d) => `depth=${d}`),
  'locale=*',
  'locale=all',
  'locale=all&depth=10&draft=true',
  'locale=*&depth=10',
  'select[legalName]=true',
  'select[consent]=true',
  'select[legalName]=true&select[contact]=true&select[internalNotes]=true&select[consent]=true&draft=true',
  'select[consent][scope]=true&select[consent][date]=true&depth=2',
  'select[version][legalName]=true&select[version][consent]=true',
  'populate[users][email]=true&depth=3',
  'draft=true',
  'trash=true',
  'draft=true&trash=true&depth=10',
  'draft=true&locale=fr&fallback-locale=en&depth=10',
]

/** GraphQL queries that ask for the confidential part directly and through populated relations. */
export function readQueries(ids: { testimonies: (number | string)[]; versions: string[] }): string[] {
  const conf = 'legalName contact internalNotes consent { status scope date recordedBy { id email name } document { id filename url } }'
  return [
    `{ Testimonies(draft: true, limit: 0) { docs { id title ${conf} } } }`,
    `{ Testimonies(limit: 0) { docs { id title ${conf} } } }`,
    `{ Testimonies(draft: true, limit: 0, locale: all) { docs { id ${conf} } } }`,
    `{ Testimonies(draft: true, trash: true, limit: 0) { docs { id ${conf} } } }`,
    ...ids.testimonies.map((id) => `{ Testimony(id: ${id}, draft: true) { id title ${conf} } }`),
    `{ versionsTestimonies(limit: 0) { docs { id version { title ${conf} } } } }`,
    ...ids.versions.slice(0, 2).map((id) => `{ versionTestimony(id: "${id}") { id version { title ${conf} } } }`),
    `{ Chapters(draft: true, limit: 0) { docs { id testimonies { id ${conf} chapter { testimonies { id ${conf} } } } } } }`,
    `{ Reports(draft: true) { docs { chapters { docs { testimonies { id ${conf} } } } } } }`,
    `{ Statistics(draft: true, limit: 0) { docs { chapter { testimonies { id ${conf} } } } } }`,
  ]
}
