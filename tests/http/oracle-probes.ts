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

import { HOLDERS, NONE, REAL, type Reply, RESTRICTED, SECRETS, type Who, type Client } from './oracle-values'
import { type OraclePair, onSealedField, oraclePairs } from './oracle-pairs'

export { HOLDERS, NONE, REAL, type Reply, RESTRICTED, SECRETS, type Who, type Client, type OraclePair, oraclePairs }

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
    `{ Testimonies(draft: true, limit: 20) { docs { id title ${conf} } } }`,
    `{ Testimonies(limit: 20) { docs { id title ${conf} } } }`,
    `{ Testimonies(draft: true, limit: 20, locale: fr, fallbackLocale: en) { docs { id ${conf} } } }`,
    `{ Testimonies(draft: true, trash: true, limit: 20) { docs { id ${conf} } } }`,
    ...ids.testimonies.map((id) => `{ Testimony(id: ${id}, draft: true) { id title ${conf} } }`),
    `{ versionsTestimonies(limit: 20) { docs { id version { title ${conf} } } } }`,
    ...ids.versions.slice(0, 2).map((id) => `{ versionTestimony(id: ${id}) { id version { title ${conf} } } }`),
    `{ Chapters(draft: true, limit: 20) { docs { id testimonies { id ${conf} chapter { testimonies { id ${conf} } } } } } }`,
    `{ Reports(draft: true) { docs { chapters { docs { testimonies { id ${conf} } } } } } }`,
    `{ Statistics(draft: true, limit: 20) { docs { chapter { testimonies { id ${conf} } } } } }`,
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
        '{ Testimonies(draft: true, limit: 20) { docs { legalName contact internalNotes consent { status date } } } }',
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
        // Lists in every locale are for admins (src/security/lists.ts): the admin is their control.
        const who: Who = /locale=(all|\*)/.test(p) ? 'admin' : 'editor'
        const r = gql ? await client.gql(p, who) : await client.rest(p, who)
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

  test('control: for an editor every oracle pair on a field kept in clear tells the real value from the wrong one', async () => {
    const { client, ids } = get()
    // Sealed fields (encryption at rest) match no filter for anyone: their pairs are checked below.
    const pairs = oraclePairs(ids).filter((p) => !onSealedField(p))
    expect(pairs.length).toBeGreaterThan(5)
    const same = await pool(pairs, concurrency, async (pair) => {
      // A list in every locale is for admins (src/security/lists.ts): the admin is that pair's control.
      const s = await sign(client, pair, pair.a.includes('locale=all') ? 'admin' : 'editor')
      return s.a === s.b ? `${pair.name}: ${s.a}` : null
    })
    expect(same.filter(Boolean)).toEqual([])
  })

  test('encryption at rest: a filter on a sealed field matches nothing, for an editor too', async () => {
    const { client } = get()
    const r = await client.rest(
      `/testimonies?draft=true&depth=0&where[legalName][like]=${encodeURIComponent(REAL.legalName)}`,
      'editor',
    )
    expect(r.status).toBe(200)
    expect((JSON.parse(r.text) as { totalDocs: number }).totalDocs).toBe(0)
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
        } else expect({ p, refused: [400, 401, 403].includes(r.status) }).toEqual({ p, refused: true })
      }
    },
  )
}
