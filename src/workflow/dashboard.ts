import type { Payload } from 'payload'

import { type Assignment, assignmentsFor } from './assignments'
import { TRANSLATION_LOCALES, TRANSLATION_STATUSES, type TranslationStatus } from './constants'
import { addProgress, emptyProgress, type WordProgress } from './progress'
import { type IndexedDoc, type ReportIndex, reportIndex, USES } from './reportIndex'
import type { TranslationRow } from './rows'
import type { StaleRequest } from './staleDiff'

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

type Entry = { doc: IndexedDoc; chapter: { id: string | number; title: string } | null }

const byId = (a: IndexedDoc, b: IndexedDoc) =>
  typeof a.id === 'number' && typeof b.id === 'number' ? a.id - b.id : String(a.id).localeCompare(String(b.id))

/**
 * The report's documents in its order: the report, then each chapter (by its position) followed by
 * what it uses (headline statistics, testimonies, defenders, partners, in that order) and then the
 * testimonies and statistics that point to it; a document placed once, where it first appears.
 */
function reportDocuments(index: ReportIndex, report: IndexedDoc): { entries: Entry[]; chapters: Entry[] } {
  const get = (collection: string) => index.get(collection) ?? new Map<string, IndexedDoc>()
  const chapters = [...get('chapters').values()]
    .filter((c) => String(c.report) === String(report.id))
    .sort((a, b) => a.order - b.order || byId(a, b))
    .map((doc) => ({ doc, chapter: { id: doc.id, title: doc.title } }))
  const pointing = new Map<string, IndexedDoc[]>()
  for (const collection of ['testimonies', 'statistics'])
    for (const d of [...get(collection).values()].sort(byId))
      if (d.chapter !== null) pointing.set(String(d.chapter), [...(pointing.get(String(d.chapter)) ?? []), d])
  const entries: Entry[] = [{ doc: report, chapter: null }]
  const placed = new Set<string>()
  const place = (doc: IndexedDoc | undefined, chapter: Entry['chapter']) => {
    const k = doc && `${doc.collection}:${doc.id}`
    if (!doc || !k || placed.has(k)) return
    placed.add(k)
    entries.push({ doc, chapter })
  }
  for (const c of chapters) {
    entries.push(c)
    for (const collection of Object.values(USES))
      for (const id of c.doc.uses[collection] ?? []) place(get(collection).get(String(id)), c.chapter)
    for (const d of pointing.get(String(c.doc.id)) ?? []) place(d, c.chapter)
  }
  return { entries, chapters }
}

function localeSummary(
  entries: Entry[],
  locale: string,
  assigned: Map<string, Assignment>,
  adminRoute: string,
): DashboardLocale {
  const counts = Object.fromEntries(TRANSLATION_STATUSES.map((s) => [s, 0])) as Record<TranslationStatus, number>
  const words = emptyProgress()
  const left: DashboardItem[] = []
  entries.forEach(({ doc, chapter }, order) => {
    const row = doc.rows.find((r) => r.locale === locale) as TranslationRow
    const progress = doc.progress[locale]
    addProgress(words, progress)
    counts[row.status] += 1
    if (row.status === 'approved') return
    left.push({
      collection: doc.collection,
      id: doc.id,
      title: doc.title,
      status: row.status,
      staleFields: row.staleFields ?? [],
      url: `${adminRoute}/collections/${doc.collection}/${doc.id}?locale=${locale}`,
      chapter,
      order,
      words: progress,
      assignment: assigned.get(`${doc.collection}:${doc.id}:${locale}`) ?? null,
      stale: doc.stale[locale] ?? null,
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
  const index = await reportIndex(payload, opts.report)
  const reports = [...(index.get('reports')?.values() ?? [])]
    .filter((r) => opts.report === undefined || String(r.id) === String(opts.report))
    .sort((a, b) => Number(b.meta.year ?? 0) - Number(a.meta.year ?? 0) || byId(a, b))
  const assigned = await assignmentsFor(payload)
  return reports.map((report) => {
    const { entries, chapters } = reportDocuments(index, report)
    return {
      report: {
        id: report.id,
        title: report.title,
        year: (report.meta.year as number | undefined) ?? null,
        translationDeadline: dateOnly(report.meta.translationDeadline),
        publicationDate: dateOnly(report.meta.publicationDate),
      },
      chapters: chapters.map((c) => c.chapter!),
      locales: locales.map((locale) => localeSummary(entries, locale, assigned, adminRoute)),
    }
  })
}
