import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { adminPage, firstParam } from '../../admin/AdminPage'
import { canCheckPublish, canPublish, canPublishIncomplete } from '../../access/publishing'
import { LOCALES } from '../../model/locales'
import { latestPublication, statusOf } from './api/status'
import { PublishPanel, type ReportOption } from './PublishPanel'

/**
 * /admin/publish: check a report's readiness and publish it (PDF edition + JSON bundle) through the
 * `publishReport` job, following its progress; the downloads when it is done. ?report=<id> chooses
 * the report (default: the latest). The work happens in PublishPanel (client) over
 * /api/publications/{check,publish,status,latest}.
 */
export async function PublishView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const template = (children: React.ReactNode) =>
    adminPage({ initPageResult, params, searchParams }, 'Publish', children, { maxWidth: 960 })
  if (!user) return template(<p>Sign in to publish.</p>)
  if (!canCheckPublish(user))
    return template(
      <p role="alert">
        Publishing is for admins and reviewers (editors may run the check). Your role may not publish.
      </p>,
    )

  const { docs } = await req.payload.find({
    collection: 'reports',
    sort: '-year',
    limit: 100,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user,
    locale: 'en',
  })
  const reports: ReportOption[] = docs.map((r) => ({
    id: r.id,
    title: String(r.title ?? r.slug ?? r.id),
    year: (r.year as number) ?? null,
    slug: String(r.slug ?? ''),
  }))
  if (!reports.length) return template(<p>No reports yet.</p>)
  const requested = firstParam(searchParams?.report)
  const initial = reports.find((r) => String(r.id) === requested) ?? reports[0]
  const last = canPublish(user) ? await latestPublication(req.payload, initial.id) : null

  return template(
    <PublishPanel
      reports={reports}
      initialReport={String(initial.id)}
      initialStatus={last ? statusOf(req.payload, last) : null}
      locales={LOCALES.map((l) => ({ code: l.code, label: l.label }))}
      mayPublish={canPublish(user)}
      mayPublishIncomplete={canPublishIncomplete(user)}
      apiRoute={`${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`}
      adminRoute={req.payload.config.routes.admin}
    />,
  )
}

export default PublishView
