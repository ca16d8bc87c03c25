import type { ServerProps } from 'payload'

import { canCheckPublish, canPublish } from '../../access/publishing'

type FieldServerProps = {
  id?: number | string
  payload?: ServerProps['payload']
  user?: unknown
  req?: { user?: unknown }
}

/** Nav link to /admin/publish (admin.components.afterNavLinks), for the roles that may check or publish. */
export function PublishNavLink({ payload, user }: ServerProps) {
  if (!canCheckPublish(user)) return null
  const adminRoute = payload?.config?.routes?.admin ?? '/admin'
  return (
    <a className="nav__link" href={`${adminRoute}/publish`} style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">Publish</span>
    </a>
  )
}

/** Dashboard: the latest publication and a link to the publish view. */
export async function PublishDashboardPanel({ payload, user }: ServerProps) {
  if (!canCheckPublish(user)) return null
  const adminRoute = payload.config.routes.admin
  const { docs } = await payload.find({
    collection: 'publications',
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    where: { outcome: { in: ['published', 'queued', 'running'] } },
  })
  const last = docs[0] as
    | { reportSlug?: string | null; version?: string | null; outcome?: string; createdAt?: string }
    | undefined
  return (
    <div className="gutter--left gutter--right" style={{ paddingTop: 8 }}>
      <section
        style={{
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 4,
          padding: '12px 16px',
          marginBottom: 16,
        }}
      >
        <h3 style={{ margin: '0 0 8px' }}>Publishing</h3>
        <p style={{ margin: 0 }}>
          {last
            ? last.outcome === 'published'
              ? `Latest release: ${last.reportSlug} ${last.version} (${last.createdAt?.slice(0, 10)}). `
              : `${last.reportSlug} is being published. `
            : 'Nothing has been published yet. '}
          <a href={`${adminRoute}/publish`}>
            {canPublish(user) ? 'Check and publish a report' : 'Check a report for publishing'}
          </a>
          {' · '}
          <a href={`${adminRoute}/collections/publications`}>All publications and downloads</a>
        </p>
      </section>
    </div>
  )
}

/** A link from a report's edit view (sidebar UI field) to the publish view with that report chosen. */
export function PublishReportLink({ id, payload, user, req }: FieldServerProps) {
  const who = user ?? req?.user
  if (!id || !canCheckPublish(who)) return null
  const adminRoute = payload?.config?.routes?.admin ?? '/admin'
  return (
    <div className="field-type" style={{ marginBottom: 16 }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`${adminRoute}/publish?report=${encodeURIComponent(String(id))}`}
        style={{ margin: 0 }}
      >
        {canPublish(who) ? 'Publish this report…' : 'Check this report for publishing…'}
      </a>
    </div>
  )
}

export default PublishNavLink
