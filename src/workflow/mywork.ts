/**
 * What each role should look at first when it opens the admin ("my work"): editors the drafts and
 * the documents sent back with changes requested, reviewers what waits for their review (content
 * and translations), translators the translation progress of their languages.
 */
import type { Payload } from 'payload'

import { contentApi, type Doc } from '../model/local'
import { titleField } from '../model/registry'

import { hasRole } from '../access/roles'
import { TRANSLATION_LOCALES, WORKFLOW_COLLECTIONS, type WorkflowCollection } from './constants'
import { translationDashboard } from './dashboard'

export interface WorkItem {
  collection: WorkflowCollection
  id: string | number
  title: string
  state: string
  /** For a translation waiting for review. */
  locale?: string
  comment?: string | null
  url: string
}

export interface MyWork {
  drafts: WorkItem[]
  changesRequested: WorkItem[]
  awaitingReview: WorkItem[]
  translations: { locale: string; left: number; stale: number; readyForReview: number; total: number }[]
}

type Row = { locale?: string; status?: string }

export async function myWork(
  payload: Payload,
  user: { roles?: string[] | null; locales?: string[] | null } | null | undefined,
  adminRoute = '/admin',
): Promise<MyWork> {
  const out: MyWork = { drafts: [], changesRequested: [], awaitingReview: [], translations: [] }
  if (!user) return out
  const writer = hasRole(user, 'admin', 'editor', 'reviewer')
  const reviewer = hasRole(user, 'admin', 'reviewer')
  const translator = hasRole(user, 'translator')
  if (writer || reviewer) {
    for (const collection of WORKFLOW_COLLECTIONS) {
      const { docs } = await contentApi(payload).find({
        collection,
        draft: true,
        depth: 0,
        limit: 200,
        overrideAccess: true,
        locale: 'en',
        sort: '-updatedAt',
        where: { 'workflow.state': { in: ['draft', 'changes-requested', 'in-review', 'approved'] } },
      })
      for (const d of docs as Doc[]) {
        const wf = (d.workflow ?? {}) as { state?: string; comment?: string | null }
        const item = (extra: Partial<WorkItem> = {}): WorkItem => ({
          collection,
          id: d.id,
          title: String(d[titleField(collection)] ?? `#${d.id}`),
          state: wf.state ?? 'draft',
          comment: wf.comment ?? null,
          url: `${adminRoute}/collections/${collection}/${d.id}${extra.locale ? `?locale=${extra.locale}` : ''}`,
          ...extra,
        })
        if (writer && wf.state === 'draft') out.drafts.push(item())
        if (writer && wf.state === 'changes-requested') out.changesRequested.push(item())
        if (reviewer && wf.state === 'in-review') out.awaitingReview.push(item())
        if (reviewer) {
          const rows = (Array.isArray(d.translations) ? d.translations : []) as Row[]
          for (const r of rows) {
            if (r.status === 'ready-for-review' && r.locale)
              out.awaitingReview.push(item({ locale: r.locale, state: 'ready-for-review' }))
          }
        }
      }
    }
  }
  if (translator) {
    const locales = (user.locales ?? []).filter((l) => (TRANSLATION_LOCALES as string[]).includes(l))
    if (locales.length) {
      const reports = await translationDashboard(payload, { locales, adminRoute })
      for (const locale of locales) {
        const per = reports.flatMap((r) => r.locales.filter((x) => x.locale === locale))
        out.translations.push({
          locale,
          left: per.reduce((n, x) => n + x.left.length, 0),
          stale: per.reduce((n, x) => n + x.counts.stale, 0),
          readyForReview: per.reduce((n, x) => n + x.counts['ready-for-review'], 0),
          total: per.reduce((n, x) => n + x.total, 0),
        })
      }
    }
  }
  return out
}
