/**
 * The translation dashboard's index of each report's documents: per document its title, the
 * relations that place it in the report, its translation rows and its word progress in every
 * translation locale, worked out once per saved version instead of on every visit.
 *
 * The index lives in the process (one per Payload instance) and is brought up to date from the
 * database at the start of every read, so it holds what the database holds whichever instance
 * wrote it:
 * - documents saved since the previous read (their `updatedAt`, read back `SETTLE_MS` further
 *   than the previous read, for clocks a little apart and transactions that commit after they
 *   stamp) are read again;
 * - per collection, the report's documents are counted in the database: a count that differs from
 *   the index's (a document deleted, trashed, or written with an older stamp) makes the index
 *   compare ids and read what it lacks.
 * The first read of a report reads all of its documents (a handful of reads per collection, every
 * locale at once, only the fields the dashboard uses). Every ten minutes the index is rebuilt in
 * the background, which bounds what the two checks could miss (see `rebuildMs`).
 */
import type { Payload, Where } from 'payload'

import { contentApi, type Doc, fieldsOf } from '../model/local'
import { DEFAULT_LOCALE } from '../model/locales'
import { titleField } from '../model/registry'
import { fieldNodes, isTranslatable } from '../model/walk'
import { documentProgressByLocale, type WordProgress } from './progress'
import { normaliseRows, type TranslationRow } from './rows'
import type { StaleRequest } from './staleDiff'
import { translatableTexts } from './words'

type Id = string | number

/** How far back, before the previous read, saved documents are read again. */
export const SETTLE_MS = 10_000
/**
 * An index older than this is rebuilt from the database in the background (visits keep using the
 * current one meanwhile): a save whose transaction committed more than SETTLE_MS after it was
 * stamped, and that changed no count, is seen at the latest then. FOLIO_DASHBOARD_REBUILD_S.
 */
const rebuildMs = () => Number(process.env.FOLIO_DASHBOARD_REBUILD_S ?? 600) * 1000

/** The relationships that say which documents a chapter uses. */
export const USES = {
  headlineStatistics: 'statistics',
  testimonies: 'testimonies',
  defenders: 'defenders',
  partners: 'organisations',
} as const
export const MEMBERS = ['testimonies', 'statistics', 'defenders', 'organisations'] as const
/** Members that name their chapter themselves. */
const POINTS_TO_CHAPTER = new Set<string>(['testimonies', 'statistics'])
const COLLECTIONS = ['reports', 'chapters', ...MEMBERS] as const
const REPORT_FIELDS = ['year', 'translationDeadline', 'publicationDate'] as const

export interface IndexedDoc {
  collection: string
  id: Id
  title: string
  /** A statistic's or testimony's chapter. */
  chapter: Id | null
  /** A chapter's report, position and the documents it uses (by collection). */
  report: Id | null
  order: number
  uses: Record<string, Id[]>
  /** A report's year and schedule. */
  meta: Record<string, unknown>
  rows: TranslationRow[]
  progress: Record<string, WordProgress>
  /** Per locale, for a stale translation: what staleDiffs needs. */
  stale: Record<string, StaleRequest | null>
}

/** Indexed documents by collection, then by id. */
export type ReportIndex = Map<string, Map<string, IndexedDoc>>

interface State {
  docs: ReportIndex
  /** Per collection: when (this process's clock) the previous read of changes began. */
  checked: Map<string, number>
  /** Chapters whose statistics and testimonies have been read. */
  chaptersRead: Set<string>
  /** Reports whose chapters have been read. */
  reportsRead: Set<string>
  /** When (this process's clock) the index started being built. */
  builtAt: number
  /** A rebuild under way. */
  rebuild?: Promise<void>
}

const newState = (): State => ({
  docs: new Map(),
  checked: new Map(),
  chaptersRead: new Set(),
  reportsRead: new Set(),
  builtAt: Date.now(),
})

const states = new WeakMap<Payload, State>()
const of = (st: State, collection: string): Map<string, IndexedDoc> => {
  let m = st.docs.get(collection)
  if (!m) {
    m = new Map()
    st.docs.set(collection, m)
  }
  return m
}
const chaptersOf = (st: State, report: Id) =>
  [...of(st, 'chapters').values()].filter((d) => String(d.report) === String(report))
const ids = (v: unknown): Id[] =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .map((x) => (x && typeof x === 'object' ? (x as Doc).id : (x as Id)))
    .filter((x) => x !== undefined && x !== null)

/** The fields the dashboard reads of a collection: translatable text, title, workflow rows, relations. */
function selectFor(payload: Payload, collection: string): Record<string, true> {
  const names = fieldNodes(fieldsOf(payload, collection))
    .filter((n) => n.role === 'public' && (isTranslatable(n) || n.children || n.blocks))
    .map((n) => n.name)
  const extra =
    collection === 'chapters'
      ? ['order', 'report', ...Object.keys(USES)]
      : collection === 'reports'
        ? REPORT_FIELDS
        : ['chapter']
  return Object.fromEntries([...names, ...extra, titleField(collection), 'translations'].map((n) => [n, true]))
}

const titleOf = (collection: string, doc: Doc): string => {
  const v = doc[titleField(collection)]
  const t = v && typeof v === 'object' ? (v as Record<string, unknown>)[DEFAULT_LOCALE] : v
  return String(t || `${collection} ${doc.id}`)
}

/** One document as the dashboard needs it (pure). */
export function indexDocument(payload: Payload, collection: string, doc: Doc): IndexedDoc {
  const fields = fieldsOf(payload, collection)
  const rows = normaliseRows(doc.translations)
  const progress = documentProgressByLocale(fields, doc, rows)
  const stale: Record<string, StaleRequest | null> = {}
  let source: Record<string, string> | null = null
  for (const row of rows) {
    const staleFields = progress[row.locale].staleFields
    if (!staleFields.length) {
      stale[row.locale] = null
      continue
    }
    source ??= translatableTexts(fields, doc, { locale: DEFAULT_LOCALE, allLocales: true })
    stale[row.locale] = {
      collection,
      id: doc.id,
      sourceFields: row.sourceFields ?? {},
      now: Object.fromEntries(staleFields.map((f) => [f, source![f] ?? ''])),
    }
  }
  return {
    collection,
    id: doc.id,
    title: titleOf(collection, doc),
    chapter: ids(doc.chapter)[0] ?? null,
    report: ids(doc.report)[0] ?? null,
    order: typeof doc.order === 'number' ? doc.order : 0,
    uses: Object.fromEntries(
      Object.entries(USES).map(([field, c]) => [c, collection === 'chapters' ? ids(doc[field]) : []]),
    ),
    meta: collection === 'reports' ? Object.fromEntries(REPORT_FIELDS.map((f) => [f, doc[f] ?? null])) : {},
    rows: rows.map((r) => ({ locale: r.locale, status: r.status, staleFields: r.staleFields ?? [] })),
    progress,
    stale,
  }
}

async function read(payload: Payload, st: State, collection: string, where: Where | undefined): Promise<Doc[]> {
  const res = await contentApi(payload).find({
    collection,
    draft: true,
    depth: 0,
    overrideAccess: true,
    locale: 'all',
    limit: 0,
    pagination: false,
    select: selectFor(payload, collection),
    ...(where ? { where } : {}),
    sort: 'id',
  })
  for (const doc of res.docs) of(st, collection).set(String(doc.id), indexDocument(payload, collection, doc))
  return res.docs
}

/** Reads again what was saved since the previous read of each collection the index holds. */
async function readChanges(payload: Payload, st: State): Promise<void> {
  for (const collection of COLLECTIONS) {
    const last = st.checked.get(collection)
    if (last === undefined) continue
    const now = Date.now()
    const since = new Date(last - SETTLE_MS).toISOString()
    await read(payload, st, collection, { updatedAt: { greater_than_equal: since } })
    st.checked.set(collection, now)
  }
}

const begin = (st: State, collection: string, at: number) => {
  if (!st.checked.has(collection)) st.checked.set(collection, at)
}

/** Which documents of a collection belong to the report, as a query and as a test of an index entry. */
function membership(report: Id, collection: string, chapters: IndexedDoc[]) {
  if (collection === 'chapters')
    return {
      where: { report: { equals: report } } as Where,
      has: (d: IndexedDoc) => String(d.report) === String(report),
    }
  const used = new Set(chapters.flatMap((c) => c.uses[collection] ?? []).map(String))
  const chapterIds = chapters.map((c) => c.id)
  const inChapter = new Set(chapterIds.map(String))
  const or: Where[] = []
  if (used.size) or.push({ id: { in: [...used] } })
  if (POINTS_TO_CHAPTER.has(collection) && chapterIds.length) or.push({ chapter: { in: chapterIds } })
  return {
    where: or.length ? ({ or } as Where) : null,
    has: (d: IndexedDoc) =>
      used.has(String(d.id)) ||
      (POINTS_TO_CHAPTER.has(collection) && d.chapter !== null && inChapter.has(String(d.chapter))),
  }
}

/**
 * Makes the index hold what the database holds of one collection's part of a report: the count
 * of the report's documents in the database against the index's; when they differ, ids are
 * compared and the missing documents read, the gone ones dropped.
 */
async function reconcile(payload: Payload, st: State, report: Id, collection: string): Promise<void> {
  const { where, has } = membership(report, collection, chaptersOf(st, report))
  const held = [...of(st, collection).values()].filter(has)
  if (!where) return
  const { totalDocs } = await payload.count({ collection: collection as never, where, overrideAccess: true })
  if (totalDocs === held.length) return
  const there = await contentApi(payload).find({
    collection,
    where,
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const present = new Set(there.docs.map((d) => String(d.id)))
  for (const d of held) if (!present.has(String(d.id))) of(st, collection).delete(String(d.id))
  const missing = there.docs.map((d) => d.id).filter((id) => !of(st, collection).has(String(id)))
  if (missing.length) await read(payload, st, collection, { id: { in: missing } })
}

/** Reads what the index lacks of a report: its chapters, what they use and what points to them. */
async function fill(payload: Payload, st: State, report: Id): Promise<void> {
  const chapters = () => chaptersOf(st, report)
  const unread = chapters().filter((c) => !st.chaptersRead.has(String(c.id)))
  if (unread.length) {
    for (const collection of POINTS_TO_CHAPTER)
      await read(payload, st, collection, { chapter: { in: unread.map((c) => c.id) } })
    for (const c of unread) st.chaptersRead.add(String(c.id))
  }
  for (const collection of MEMBERS) {
    const missing = [...new Set(chapters().flatMap((c) => c.uses[collection] ?? []))].filter(
      (id) => !of(st, collection).has(String(id)),
    )
    if (missing.length) await read(payload, st, collection, { id: { in: missing } })
  }
}

/**
 * The index, up to date with the database: every report, and all the documents of the reports
 * read so far (the one asked for, or all of them).
 */
export async function reportIndex(payload: Payload, report?: Id): Promise<ReportIndex> {
  let st = states.get(payload)
  if (!st) {
    st = newState()
    states.set(payload, st)
  }
  await bringUpToDate(payload, st, report)
  if (!st.rebuild && Date.now() - st.builtAt >= rebuildMs()) {
    const old = st
    const fresh = newState()
    old.rebuild = (async () => {
      for (const r of old.reportsRead) await bringUpToDate(payload, fresh, r)
      if (states.get(payload) === old) states.set(payload, fresh)
    })().catch(() => {
      // The database went away (a shutdown) or a read failed: the next visit tries again.
      old.rebuild = undefined
    })
  }
  return st.docs
}

/** The background rebuild under way, if any (for tests and shutdown). */
export const reportIndexRebuilt = async (payload: Payload): Promise<void> => states.get(payload)?.rebuild

async function bringUpToDate(payload: Payload, st: State, report?: Id): Promise<void> {
  await readChanges(payload, st)
  const at = Date.now()
  const { totalDocs } = await payload.count({ collection: 'reports', overrideAccess: true })
  if (!st.checked.has('reports') || totalDocs !== of(st, 'reports').size) {
    begin(st, 'reports', at)
    of(st, 'reports').clear()
    await read(payload, st, 'reports', undefined)
  }
  const reports = [...of(st, 'reports').values()].filter((d) => report === undefined || String(d.id) === String(report))
  for (const r of reports) {
    for (const c of ['chapters', ...MEMBERS]) begin(st, c, at)
    if (!st.reportsRead.has(String(r.id))) {
      await read(payload, st, 'chapters', { report: { equals: r.id } })
      st.reportsRead.add(String(r.id))
    }
    await reconcile(payload, st, r.id, 'chapters')
    await fill(payload, st, r.id)
    for (const c of MEMBERS) await reconcile(payload, st, r.id, c)
  }
}

/** Forgets the index of a Payload instance (the next read starts from the database alone). */
export function forgetReportIndex(payload: Payload): void {
  states.delete(payload)
}
