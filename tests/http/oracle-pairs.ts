/**
 * The oracle pairs: requests sent twice, with a value matching real confidential data and one
 * matching nothing (see ./oracle-probes.ts).
 */
import { testimonies as SEEDED } from '../../src/seed/testimonies'
import { NONE, REAL, type Who } from './oracle-values'

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

type Id = number | string

/** Does the pair filter or sort on a field sealed by encryption at rest (src/crypto)? */
export const onSealedField = (pair: OraclePair): boolean => /legalName|contact|internalNotes/.test(pair.a)
const gqlWhere = (where: string, extra = 'draft: true') =>
  `{ Testimonies(${extra}, limit: 20, where: ${where}) { totalDocs docs { id } } }`

/** The legal name, by every where operator and read mode. */
const legalNamePairs = (t0: Id): OraclePair[] => [
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
    ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies?trash=true&draft=true&limit=0&depth=0&'),
  },
  {
    name: 'legalName, every locale',
    ...like('legalName', REAL.legalName, NONE.legalName, 'like', '/testimonies?locale=all&draft=true&limit=0&depth=0&'),
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
]

/** Contact, internal notes and the consent group. */
const otherFieldPairs = (): OraclePair[] => [
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
]

/** Where clauses nested in or/and, sorts, counts. */
const combinedAndSortPairs = (): OraclePair[] => [
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
]

/** Version history. */
const versionPairs = (): OraclePair[] => [
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
]

/** From other collections, through relationships. */
const relationPairs = (): OraclePair[] => [
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
]

/** GraphQL. */
const graphqlPairs = (): OraclePair[] => [
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
    a: '{ Testimonies(draft: true, limit: 20, sort: "legalName") { docs { id } } }',
    b: '{ Testimonies(draft: true, limit: 20, sort: "-legalName") { docs { id } } }',
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
    a: `{ versionsTestimonies(limit: 20, where: { version__legalName: { like: "${REAL.legalName}" } }) { totalDocs docs { id } } }`,
    b: `{ versionsTestimonies(limit: 20, where: { version__legalName: { like: "${NONE.legalName}" } }) { totalDocs docs { id } } }`,
    values: [REAL.legalName, NONE.legalName],
  },
  // (GraphQL's where types have no relationship paths such as testimonies__legalName: nothing to probe there.)
]

export function oraclePairs(ids: { testimonies: Id[] }): OraclePair[] {
  const t0 = ids.testimonies[0]!
  return [
    ...legalNamePairs(t0),
    ...otherFieldPairs(),
    ...combinedAndSortPairs(),
    ...versionPairs(),
    ...relationPairs(),
    ...graphqlPairs(),
  ]
}
