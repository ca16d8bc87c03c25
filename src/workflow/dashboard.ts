import type { Field, Payload, Where } from 'payload'

import { contentApi, type Doc, fieldsOf } from '../model/local'
import { DEFAULT_LOCALE } from '../model/locales'
import { titleField } from '../model/registry'
import { fieldNodes, isTranslatable } from '../model/walk'
import { type Assignment, assignmentsFor } from './assignments'
import { TRANSLATION_LOCALES, TRANSLATION_STATUSES, type TranslationStatus } from './constants'
import { addProgress, documentProgress, emptyProgress, type WordProgress } from './progress'
import { normaliseRows, type TranslationRow } from './rows'
import type { StaleRequest } from './staleDiff'
import { translatableTexts } from './words'

export interface DashboardItem {
  collection: string
  id: string | number
  title: string
  status: TranslationStatus
  staleFields: string[]
  /** Admin URL of the document in that locale. */
  url: string
  /** The chapter it belongs to (the report itself: null). */
  chapter: { id: string | number; title: string } | null
  /** Position in the report's order. */
  order: number
  words: WordProgress
  assignment: Assignment | null
  /** For a stale translation: what staleDiffs needs to show what changed in the source. */
  stale: StaleRequest | null
}

export interface DashboardLocale {
  locale: string
  counts: Record<TranslationStatus, number>
  total: number
  words: WordProgress
  /** Everything not approved, in the report's order. */
  left: DashboardItem[]
}

export interface DashboardReport {
  report: {
    id: string | number
    title: string
    year: number | null
    translationDeadline: string | null
    publicationDate: string | null
  }
  chapters: Array<{ id: string | number; title: string }>
  locales: DashboardLocale[]
}

const ids = (v: unknown): Array<string | number> =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .map((x) => (x && typeof x === 'object' ? (x as Doc).id : (x as string | number)))
    .filter((x) => x !== undefined && x !== null)

/** The relationships that say which documents a chapter uses. */
const USES = {
  headlineStatistics: 'statistics',
  testimonies: 'testimonies',
  defenders: 'defenders',
  partners: 'organisations',
} as const
const MEMBERS = ['testimonies', 'statistics', 'defenders', 'organisations'] as const

/** The fields a dashboard reads of a collection: translatable text, title, workflow rows, relations. */
function selectFor(payload: Payload, collection: string): Record<string, true> {
  const names = fieldNodes(fieldsOf(payload, collection))
    .filter((n) => n.role === 'public' && (isTranslatable(n) || n.children || n.blocks))
    .map((n) => n.name)
  const extra = collection === 'chapters' ? ['order', 'report', ...Object.keys(USES)] : ['chapter']
  return Object.fromEntries([...names, ...extra, titleField(collection), 'translations'].map((n) => [n, true]))
}

const titleOf = (collection: string, doc: Doc): string => {
  const v = doc[titleField(collection)]
  const t = v && typeof v === 'object' ? (v as Record<string, unknown>)[DEFAULT_LOCALE] : v
  return String(t || `${collection} ${doc.id}`)
}

type Entry = { collection: string; doc: Doc; chapter: { id: string | number; title: string } | null }

/** The report's documents in its order: the report, then each chapter followed by what it uses. */
async function reportDocuments(payload: Payload, report: Doc): Promise<{ entries: Entry[]; chapters: Entry[] }> {
  const api = contentApi(payload)
  const common = { draft: true, depth: 0, overrideAccess: true, locale: 'all', limit: 0, pagination: false } as const
  const chapters = (
    await api.find({
      collection: 'chapters',
      ...common,
      select: selectFor(payload, 'chapters'),
      where: { report: { equals: report.id } },
      sort: 'order',
    })
  ).docs.map((doc) => ({ collection: 'chapters', doc, chapter: { id: doc.id, title: titleOf('chapters', doc) } }))
  const chapterIds = chapters.map((c) => c.doc.id)
  const want = Object.fromEntries(MEMBERS.map((m) => [m, new Set<string | number>()]))
  for (const c of chapters)
    for (const [field, collection] of Object.entries(USES)) for (const x of ids(c.doc[field])) want[collection].add(x)
  const found = new Map<string, Doc>()
  for (const collection of MEMBERS) {
    const or: Where[] = []
    if (want[collection].size) or.push({ id: { in: [...want[collection]] } })
    if ((collection === 'testimonies' || collection === 'statistics') && chapterIds.length)
      or.push({ chapter: { in: chapterIds } })
    if (!or.length) continue
    const res = await api.find({
      collection,
      ...common,
      select: selectFor(payload, collection),
      where: { or },
      sort: 'id',
    })
    for (const doc of res.docs) found.set(`${collection}:${doc.id}`, doc)
  }
  const entries: Entry[] = [{ collection: 'reports', doc: report, chapter: null }]
  const placed = new Set<string>()
  const place = (collection: string, id: string | number, chapter: Entry['chapter']) => {
    const key = `${collection}:${id}`
    const doc = found.get(key)
    if (!doc || placed.has(key)) return
    placed.add(key)
    entries.push({ collection, doc, chapter })
  }
  for (const c of chapters) {
    entries.push(c)
    for (const [field, collection] of Object.entries(USES))
      for (const x of ids(c.doc[field])) place(collection, x, c.chapter)
    for (const [key, doc] of found) {
      const [collection] = key.split(':')
      if (ids(doc.chapter)[0] === c.doc.id) place(collection, doc.id, c.chapter)
    }
  }
  return { entries, chapters }
}

function staleRequest(
  fields: Field[],
  collection: string,
  doc: Doc,
  row: TranslationRow,
  staleFields: string[],
): StaleRequest {
  const texts = translatableTexts(fields, doc, { locale: DEFAULT_LOCALE, allLocales: true })
  return {
    collection,
    id: doc.id,
    sourceFields: row.sourceFields ?? {},
    now: Object.fromEntries(staleFields.map((f) => [f, texts[f] ?? ''])),
  }
}

function localeSummary(
  payload: Payload,
  entries: Entry[],
  locale: string,
  assigned: Map<string, Assignment>,
  adminRoute: string,
): DashboardLocale {
  const counts = Object.fromEntries(TRANSLATION_STATUSES.map((s) => [s, 0])) as Record<TranslationStatus, number>
  const words = emptyProgress()
  const left: DashboardItem[] = []
  entries.forEach(({ collection, doc, chapter }, order) => {
    const row = normaliseRows(doc.translations).find((r) => r.locale === locale) as TranslationRow
    const fields = fieldsOf(payload, collection)
    const progress = documentProgress(fields, doc, row, locale)
    addProgress(words, progress)
    counts[row.status] += 1
    if (row.status === 'approved') return
    left.push({
      collection,
      id: doc.id,
      title: titleOf(collection, doc),
      status: row.status,
      staleFields: row.staleFields ?? [],
      url: `${adminRoute}/collections/${collection}/${doc.id}?locale=${locale}`,
      chapter,
      order,
      words: progress,
      assignment: assigned.get(`${collection}:${doc.id}:${locale}`) ?? null,
      stale: progress.staleFields.length ? staleRequest(fields, collection, doc, row, progress.staleFields) : null,
    })
  })
  return { locale, counts, total: entries.length, words, left }
}

const dateOnly = (v: unknown): string | null => (typeof v === 'string' && v ? v.slice(0, 10) : null)

/**
 * Translation progress of a report, in documents and in words: its documents are the report
 * itself, its chapters, and what the chapters use (headline statistics, testimonies, defenders,
 * partner organisations, and the statistics and testimonies that point to a chapter), in the
 * report's order. Statuses come from each document's latest version. A handful of reads per report
 * (one per collection, every locale at once, only the fields it needs), never one per document.
 */
export async function translationDashboard(
  payload: Payload,
  opts: { report?: string | number; locales?: string[]; adminRoute?: string } = {},
): Promise<DashboardReport[]> {
  const adminRoute = opts.adminRoute ?? payload.config.routes?.admin ?? '/admin'
  const locales = (opts.locales?.length ? opts.locales : TRANSLATION_LOCALES).filter((l) =>
    (TRANSLATION_LOCALES as string[]).includes(l),
  )
  const reports = await contentApi(payload).find({
    collection: 'reports',
    draft: true,
    depth: 0,
    overrideAccess: true,
    locale: 'all',
    limit: 0,
    pagination: false,
    select: { ...selectFor(payload, 'reports'), year: true, translationDeadline: true, publicationDate: true },
    ...(opts.report !== undefined ? { where: { id: { equals: opts.report } } } : {}),
    sort: '-year',
  })
  const out: DashboardReport[] = []
  for (const report of reports.docs) {
    const { entries, chapters } = await reportDocuments(payload, report)
    const assigned = await assignmentsFor(payload)
    out.push({
      report: {
        id: report.id,
        title: titleOf('reports', report),
        year: (report.year as number | undefined) ?? null,
        translationDeadline: dateOnly(report.translationDeadline),
        publicationDate: dateOnly(report.publicationDate),
      },
      chapters: chapters.map((c) => c.chapter!),
      locales: locales.map((locale) => localeSummary(payload, entries, locale, assigned, adminRoute)),
    })
  }
  return out
}
