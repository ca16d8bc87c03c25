/**
 * The editor's dashboard: what is waiting for whom (reviewers, editors, each language's
 * translators) and the recent changes (from the audit trail: who changed what, never values).
 */
import type { Payload } from 'payload'

import { contentApi } from '../model/local'
import type { DashboardReport } from './dashboard'

export interface Waiting {
  who: string
  what: string
  count: number
  url: string
}

export interface RecentChange {
  key: string
  at: string
  action: string
  who: string
  collection: string
  locale: string | null
  to: string | null
  url: string | null
}

type Counts = { inReview: number; changesRequested: number; drafts: number; translationsInReview: number }

/** Who has work waiting: from the workflow counts and the translation dashboards. */
export function waitingFor(c: Counts, reports: DashboardReport[], adminRoute: string): Waiting[] {
  const out: Waiting[] = [
    { who: 'Reviewers', what: 'documents to review', count: c.inReview, url: `${adminRoute}` },
    {
      who: 'Reviewers',
      what: 'translations to review',
      count: c.translationsInReview,
      url: `${adminRoute}/translations?locale=all&status=ready-for-review`,
    },
    {
      who: 'Editors',
      what: 'documents sent back with changes requested',
      count: c.changesRequested,
      url: `${adminRoute}`,
    },
    { who: 'Editors', what: 'drafts not yet submitted', count: c.drafts, url: `${adminRoute}` },
  ]
  for (const r of reports.slice(0, 1))
    for (const l of r.locales) {
      const open = l.left.filter((i) => i.status !== 'ready-for-review')
      out.push({
        who: `Translators (${l.locale})`,
        what: `documents to translate or update, ${l.words.missing + l.words.stale} words`,
        count: open.length,
        url: `${adminRoute}/translations?report=${r.report.id}&locale=${l.locale}`,
      })
    }
  return out.filter((w) => w.count > 0)
}

/** The latest content changes and workflow steps, newest first (one read of the audit trail). */
export async function recentChanges(payload: Payload, adminRoute: string, limit = 10): Promise<RecentChange[]> {
  const { docs } = await contentApi(payload).find({
    collection: 'audit-events',
    where: { action: { in: ['create', 'update', 'transition', 'translation-status', 'publish'] } },
    sort: '-createdAt',
    limit,
    depth: 0,
    overrideAccess: true,
    select: { action: true, collection: true, docId: true, email: true, locale: true, to: true, createdAt: true },
  })
  return docs.map((d) => ({
    key: String(d.id),
    at: String(d.createdAt ?? '')
      .slice(0, 16)
      .replace('T', ' '),
    action: String(d.action),
    who: String(d.email ?? 'the system'),
    collection: String(d.collection ?? ''),
    locale: (d.locale as string | null) ?? null,
    to: (d.to as string | null) ?? null,
    url:
      d.collection && d.docId
        ? `${adminRoute}/collections/${d.collection}/${d.docId}${d.locale ? `?locale=${d.locale}` : ''}`
        : null,
  }))
}
