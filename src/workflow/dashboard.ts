import type { Payload, Where } from 'payload'

import { contentApi, type Doc } from '../model/local'
import { titleField } from '../model/registry'

import { DEFAULT_LOCALE } from '../model/locales'
import { TRANSLATION_LOCALES, TRANSLATION_STATUSES, type TranslationStatus } from './constants'
import { normaliseRows } from './rows'

export interface DashboardItem {
  collection: string
  id: string | number
  title: string
  status: TranslationStatus
  staleFields: string[]
  /** Admin URL of the document in that locale. */
  url: string
}

export interface DashboardLocale {
  locale: string
  counts: Record<TranslationStatus, number>
  total: number
  /** Everything not approved, in collection order. */
  left: DashboardItem[]
}

export interface DashboardReport {
  report: { id: string | number; title: string; year: number | null }
  locales: DashboardLocale[]
}

const ids = (v: unknown): Array<string | number> =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .map((x) => (x && typeof x === 'object' ? (x as Doc).id : (x as string | number)))
    .filter((x) => x !== undefined && x !== null)

/**
 * Translation progress of a report: its documents are the report itself, its chapters, and what
 * the chapters use (headline statistics, testimonies, defenders, partner organisations, and the
 * statistics and testimonies that point to a chapter). Statuses come from each document's latest
 * version. Pure server-side data (no React): the admin view and scripts share it.
 */
export async function translationDashboard(
  payload: Payload,
  opts: { report?: string | number; locales?: string[]; adminRoute?: string } = {},
): Promise<DashboardReport[]> {
  const adminRoute = opts.adminRoute ?? payload.config.routes?.admin ?? '/admin'
  const locales = (opts.locales?.length ? opts.locales : TRANSLATION_LOCALES).filter((l) =>
    (TRANSLATION_LOCALES as string[]).includes(l),
  )
  const common = {
    draft: true,
    depth: 0,
    overrideAccess: true,
    locale: DEFAULT_LOCALE,
    limit: 0,
    pagination: false,
  } as const
  const api = contentApi(payload)
  const reports = await api.find({
    collection: 'reports',
    ...common,
    ...(opts.report !== undefined ? { where: { id: { equals: opts.report } } } : {}),
    sort: '-year',
  })
  const out: DashboardReport[] = []
  for (const report of reports.docs) {
    const chapters = (
      await api.find({ collection: 'chapters', ...common, where: { report: { equals: report.id } }, sort: 'order' })
    ).docs
    const chapterIds = chapters.map((c) => c.id)
    const want: Record<string, Set<string | number>> = {
      statistics: new Set(),
      testimonies: new Set(),
      defenders: new Set(),
      organisations: new Set(),
    }
    for (const c of chapters) {
      for (const x of ids(c.headlineStatistics)) want.statistics.add(x)
      for (const x of ids(c.testimonies)) want.testimonies.add(x)
      for (const x of ids(c.defenders)) want.defenders.add(x)
      for (const x of ids(c.partners)) want.organisations.add(x)
    }
    const docs: Array<{ collection: string; doc: Doc }> = [
      { collection: 'reports', doc: report },
      ...chapters.map((doc) => ({ collection: 'chapters', doc })),
    ]
    for (const collection of ['testimonies', 'statistics', 'defenders', 'organisations'] as const) {
      const or: Where[] = []
      if (want[collection].size) or.push({ id: { in: [...want[collection]] } })
      if ((collection === 'testimonies' || collection === 'statistics') && chapterIds.length)
        or.push({ chapter: { in: chapterIds } })
      if (!or.length) continue
      const found = await api.find({ collection, ...common, where: { or }, sort: 'id' })
      for (const doc of found.docs) docs.push({ collection, doc })
    }
    const perLocale: DashboardLocale[] = locales.map((locale) => {
      const counts = Object.fromEntries(TRANSLATION_STATUSES.map((s) => [s, 0])) as Record<TranslationStatus, number>
      const left: DashboardItem[] = []
      for (const { collection, doc } of docs) {
        const row = normaliseRows(doc.translations).find((r) => r.locale === locale)!
        counts[row.status] += 1
        if (row.status !== 'approved') {
          left.push({
            collection,
            id: doc.id,
            title: String(doc[titleField(collection)] ?? `${collection} ${doc.id}`),
            status: row.status,
            staleFields: row.staleFields ?? [],
            url: `${adminRoute}/collections/${collection}/${doc.id}?locale=${locale}`,
          })
        }
      }
      return { locale, counts, total: docs.length, left }
    })
    out.push({
      report: { id: report.id, title: String(report.title ?? ''), year: (report.year as number | undefined) ?? null },
      locales: perLocale,
    })
  }
  return out
}
