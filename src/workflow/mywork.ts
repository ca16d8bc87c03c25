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
import { type DashboardReport, translationDashboard } from './dashboard'

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

export interface AssignedItem {
  title: string
  collection: string
  locale: string
  status: string
  due: string | null
  overdue: boolean
  url: string
}

export interface MyWork {
  /** A translator's assigned translations not yet approved: overdue first, then by due date. */
  assigned: AssignedItem[]
  drafts: WorkItem[]
  changesRequested: WorkItem[]
  awaitingReview: WorkItem[]
  /** What waits in each state, whoever it waits for (staff). */
  counts: { inReview: number; changesRequested: number; drafts: number; translationsInReview: number }
  translations: { locale: string; left: number; stale: number; readyForReview: number; total: number }[]
}

type Row = { locale?: string; status?: string }

/** Items assigned to `user` among the dashboards' open items: overdue first, then by due date. */
export function assignedTo(
  reports: DashboardReport[],
  user: { id?: string | number },
  today = new Date(),
): AssignedItem[] {
  const day = today.toISOString().slice(0, 10)
  const items = reports.flatMap((r) =>
    r.locales.flatMap((l) =>
      l.left
        .filter((i) => i.assignment && String(i.assignment.assignee.id) === String(user.id))
        .map((i) => ({
          title: i.title,
          collection: i.collection,
          locale: l.locale,
          status: i.status,
          due: i.assignment!.due,
          overdue: Boolean(i.assignment!.due && i.assignment!.due < day),
          url: i.url,
        })),
    ),
  )
  const key = (a: AssignedItem) => `${a.overdue ? 0 : 1}${a.due ?? '9999'}`
  return items.sort((a, b) => key(a).localeCompare(key(b)))
}

export async function myWork(
  payload: Payload,
  user: { roles?: string[] | null; locales?: string[] | null } | null | undefined,
  adminRoute = '/admin',
): Promise<MyWork> {
  const counts = { inReview: 0, changesRequested: 0, drafts: 0, translationsInReview: 0 }
  const out: MyWork = { assigned: [], counts, drafts: [], changesRequested: [], awaitingReview: [], translations: [] }
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
        if (wf.state === 'draft') counts.drafts++
        if (wf.state === 'changes-requested') counts.changesRequested++
        if (wf.state === 'in-review') counts.inReview++
        for (const r of (Array.isArray(d.translations) ? d.translations : []) as Row[])
          if (r.status === 'ready-for-review') counts.translationsInReview++
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
      out.assigned = assignedTo(reports, user as { id?: string | number })
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
