/**
 * Synthetic report generator for benchmarks (and load tests): a report with the given numbers of
 * chapters, testimonies, defenders, statistics and locales, as the collector hands it to the
 * builder (approved plain documents per locale). Deterministic: same parameters, same output.
 */
import type { BuildInput, SourceDoc } from '../src/publish/bundle/types'
import type { CollectedReport } from '../src/publish/collect/types'
import type { BundleLocale } from '../src/publish/bundle/schema'

export interface SyntheticParams {
  chapters: number
  testimonies: number
  defenders: number
  statistics: number
  locales: BundleLocale[]
  /** Organisations (default 20). */
  organisations?: number
  /** Paragraphs per chapter body (default 12). */
  paragraphs?: number
  seed?: number
}

export const SMALL: SyntheticParams = {
  chapters: 5,
  testimonies: 20,
  defenders: 20,
  statistics: 50,
  locales: ['en', 'fr', 'es', 'ru', 'ar'],
}
export const LARGE: SyntheticParams = {
  chapters: 100,
  testimonies: 1000,
  defenders: 2000,
  statistics: 5000,
  organisations: 200,
  locales: ['en', 'fr', 'es', 'ru', 'ar'],
}

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  'the of detention defenders rights court witness police report torture arrest trial lawyer prison family freedom assembly journalist protest city evidence charges release month year'.split(
    ' ',
  )
export const COUNTRIES = ['BY', 'RU', 'TR', 'EG', 'MX', 'CO', 'PH', 'IR', 'NI', 'ZW']
export const QUALIFIERS = ['exact', 'approximately', 'more-than', 'at-least', 'estimated', 'up-to'] as const
export const STATUSES = [
  'detained',
  'house-arrest',
  'deprived-of-liberty',
  'convicted',
  'released',
  'in-exile',
  'travel-ban',
  'witness',
] as const

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const root = (children: unknown[]) => ({ root: el('root', children) })
const block = (blockType: string, fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: `b${blockType}`, blockName: '', blockType, ...fields },
})

export function generate(params: SyntheticParams): CollectedReport {
  const r = rng(params.seed ?? 42)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const sentence = (n = 12) => {
    const w = Array.from({ length: n }, () => pick(WORDS))
    w[0] = w[0][0].toUpperCase() + w[0].slice(1)
    return `${w.join(' ')}.`
  }
  // Ids: one numeric space per collection (as SQLite gives).
  const reportId = 1
  const chapterIds = Array.from({ length: params.chapters }, (_, i) => 1000 + i)
  const testimonyIds = Array.from({ length: params.testimonies }, (_, i) => 10000 + i)
  const defenderIds = Array.from({ length: params.defenders }, (_, i) => 20000 + i)
  const statisticIds = Array.from({ length: params.statistics }, (_, i) => 30000 + i)
  const orgIds = Array.from({ length: params.organisations ?? 20 }, (_, i) => 100 + i)
  const chapterOf = (i: number) => chapterIds[i % chapterIds.length]

  // Shared (non-localised) structure and per-locale text made from the same random draws.
  const enText = new Map<string, string>()
  const t = (key: string, n?: number) => {
    let v = enText.get(key)
    if (!v) {
      v = sentence(n)
      enText.set(key, v)
    }
    return v
  }
  const loc = (l: BundleLocale, s: string) => (l === 'en' ? s : `[${l}] ${s}`)

  const docs: BuildInput['docs'] = {}
  const meta: NonNullable<BuildInput['meta']> = {
    reports: {},
    chapters: {},
    testimonies: {},
    defenders: {},
    statistics: {},
    organisations: {},
  }
  const approvedAt = (i: number) => new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString()
  const paragraphs = params.paragraphs ?? 12

  for (const l of params.locales) {
    const L = (key: string, n?: number) => loc(l, t(key, n))
    const d: Record<string, Record<string, SourceDoc>> = {
      reports: {},
      chapters: {},
      testimonies: {},
      defenders: {},
      statistics: {},
      organisations: {},
      media: {},
    }
    d.reports[reportId] = {
      id: reportId,
      title: L('report', 6),
      subtitle: L('subtitle', 8),
      slug: 'synthetic-2030',
      year: 2030,
      introduction: root([el('paragraph', [text(L('intro', 40))])]),
      coverImage: null,
      organisation: orgIds[0],
      licence: 'CC BY-NC-ND 4.0',
    }
    chapterIds.forEach((id, ci) => {
      const tIds = testimonyIds.filter((_, i) => i % chapterIds.length === ci)
      const dIds = defenderIds.filter((_, i) => i % chapterIds.length === ci)
      const sIds = statisticIds.filter((_, i) => i % chapterIds.length === ci)
      const body: unknown[] = [el('heading', [text(L(`ch${id}h`, 4))], { tag: 'h2' })]
      for (let p = 0; p < paragraphs; p++) {
        body.push(
          el('paragraph', [
            text(L(`ch${id}p${p}a`, 30)),
            text(` ${L(`ch${id}p${p}b`, 3)}`, 1),
            text(' '),
            el('link', [text(L(`ch${id}p${p}l`, 2))], {
              version: 3,
              fields: { url: `https://example.org/${id}/${p}`, newTab: false, linkType: 'custom' },
            }),
          ]),
        )
        if (p === 3)
          body.push(
            el(
              'list',
              [1, 2, 3].map((k) => el('listitem', [text(L(`ch${id}li${k}`, 6))], { value: k })),
              { listType: 'bullet', tag: 'ul', start: 1 },
            ),
          )
        if (p === 5 && sIds[0]) body.push(block('statistic', { statistic: sIds[0] }))
        if (p === 6 && tIds[0]) body.push(block('testimonyQuote', { testimony: tIds[0], excerpt: L(`ch${id}ex`, 10) }))
        if (p === 7 && dIds[0]) body.push(block('defenderCard', { defender: dIds[0] }))
      }
      d.chapters[id] = {
        id,
        report: reportId,
        order: ci,
        kind: 'country',
        country: COUNTRIES[ci % COUNTRIES.length],
        slug: `chapter-${ci}`,
        title: L(`ch${id}t`, 3),
        lead: L(`ch${id}lead`, 20),
        body: root(body),
        headlineStatistics: sIds.slice(0, 3),
        testimonies: tIds,
        defenders: dIds,
        partners: [orgIds[ci % orgIds.length]],
        furtherReading: [
          { id: `fr${id}`, title: L(`ch${id}fr`, 5), url: `https://example.org/read/${id}`, kind: 'report' },
        ],
      }
    })
    testimonyIds.forEach((id, i) => {
      d.testimonies[id] = {
        id,
        title: L(`t${id}t`, 5),
        summary: L(`t${id}s`, 25),
        body: root([el('paragraph', [text(L(`t${id}b1`, 60))]), el('quote', [text(L(`t${id}b2`, 20))])]),
        eventDate: new Date(Date.UTC(2020, i % 12, 1 + (i % 28))).toISOString(),
        place: L(`t${id}pl`, 1),
        country: COUNTRIES[i % COUNTRIES.length],
        themes: ['torture'],
        chapter: chapterOf(i),
        media: [],
        contentWarning: i % 3 ? null : L(`t${id}cw`, 4),
        disclosure: 'pseudonym',
        publicName: L(`t${id}pn`, 2),
        legalName: 'CONFIDENTIAL',
        contact: 'CONFIDENTIAL',
        internalNotes: 'CONFIDENTIAL',
        consent: { status: 'given', scope: ['text'] },
      }
    })
    defenderIds.forEach((id, i) => {
      d.defenders[id] = {
        id,
        name: L(`d${id}n`, 2),
        photo: null,
        organisation: orgIds[i % orgIds.length],
        role: L(`d${id}r`, 4),
        country: COUNTRIES[i % COUNTRIES.length],
        status: STATUSES[i % STATUSES.length],
        statusSince: new Date(Date.UTC(2020, i % 12, 1)).toISOString(),
        charges: L(`d${id}c`, 8),
        timeline: [{ id: `tl${id}`, date: new Date(Date.UTC(2020, i % 12, 1)).toISOString(), event: L(`d${id}e`, 4) }],
        biography: root([el('paragraph', [text(L(`d${id}b`, 40))])]),
        visibility: 'public',
      }
    })
    statisticIds.forEach((id, i) => {
      d.statistics[id] = {
        id,
        label: L(`s${id}l`, 5),
        value: Math.floor(r() * 100000),
        qualifier: QUALIFIERS[i % QUALIFIERS.length],
        unit: L(`s${id}u`, 1),
        period: { from: '2020-01-01T00:00:00.000Z', to: '2020-12-31T00:00:00.000Z' },
        asOf: '2020-12-31T00:00:00.000Z',
        country: COUNTRIES[i % COUNTRIES.length],
        chapter: chapterOf(i),
        source: { organisation: orgIds[i % orgIds.length], title: null, url: null },
        methodology: L(`s${id}m`, 15),
        headline: i < 5,
      }
    })
    orgIds.forEach((id, i) => {
      d.organisations[id] = {
        id,
        name: L(`o${id}n`, 3),
        acronym: `O${i}`,
        kind: 'partner',
        country: COUNTRIES[i % COUNTRIES.length],
        website: `https://org${i}.example.org`,
        description: L(`o${id}d`, 15),
      }
    })
    docs[l] = d as never
  }
  let n = 0
  for (const [c, list] of [
    ['reports', [reportId]],
    ['chapters', chapterIds],
    ['testimonies', testimonyIds],
    ['defenders', defenderIds],
    ['statistics', statisticIds],
    ['organisations', orgIds],
  ] as const) {
    for (const id of list)
      (meta[c] as Record<string, unknown>)[id] = { versionId: `v${id}`, approvedAt: approvedAt(n++) }
  }
  // Stringify ids as the builder's maps are keyed by string.
  return {
    report: { id: String(reportId), slug: 'synthetic-2030', year: 2030 },
    input: { reportId: String(reportId), locales: params.locales, bundleVersion: '0.0.0', docs, meta },
    mediaSources: {},
  }
}

export const documentCount = (p: SyntheticParams) =>
  1 + p.chapters + p.testimonies + p.defenders + p.statistics + (p.organisations ?? 20)
