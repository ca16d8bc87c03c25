/**
 * The editor's dashboard: the newest report's readiness for publishing, per locale (the publish
 * check's dry run, nothing written), each problem linking to the document to fix.
 */
import type { ServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import { LOCALE_CODES } from '../../model/locales'
import { ProblemList } from './panel/CheckReport'
import { type KeptCheck, keptReadiness } from './readiness'

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', marginBottom: 16 }
/** Problems listed per locale on the dashboard; the Publish view lists them all. */
const SHOWN = 5

/**
 * Editors and admins (reviewers publish from the Publish view): the check is a dry-run publish of
 * the whole report, run again only when the content has changed since the last one (./readiness.ts).
 */
export async function ReadinessPanel({ payload, user }: ServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const { docs } = await payload.find({
    collection: 'reports',
    sort: '-year',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  const report = docs[0]
  if (!report) return null
  let kept: KeptCheck
  try {
    kept = await keptReadiness(payload, report.id, [...LOCALE_CODES])
  } catch (e) {
    return (
      <div className="gutter--left gutter--right">
        <section style={box} role="alert">
          The publish check failed: {e instanceof Error ? e.message : String(e)}
        </section>
      </div>
    )
  }
  const { check } = kept
  const adminRoute = payload.config.routes.admin
  return (
    <div className="gutter--left gutter--right">
      <section style={box} data-testid="readiness" aria-labelledby="readiness-h">
        <h3 id="readiness-h" style={{ margin: '0 0 8px' }}>
          Ready to publish? {check.report.year ?? ''} {check.report.title}
        </h3>
        {check.general.length ? (
          <div>
            <strong>
              Every language: {check.general.length} problem{check.general.length === 1 ? '' : 's'}
            </strong>
            <ProblemList problems={check.general.slice(0, SHOWN)} />
          </div>
        ) : null}
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {check.locales.map((l) => {
            const r = check.byLocale[l]
            return (
              <li key={l} data-testid={`readiness-${l}`}>
                <strong>{l}</strong>:{' '}
                {r?.ready
                  ? 'ready'
                  : r?.problems.length
                    ? `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`
                    : 'blocked by the problems above'}
                {r?.problems.length ? <ProblemList problems={r.problems.slice(0, SHOWN)} /> : null}
              </li>
            )
          })}
        </ul>
        <p style={{ margin: '8px 0 0' }}>
          <small data-testid="readiness-checked">
            Checked {kept.checkedAt.slice(0, 16).replace('T', ' ')} UTC
            {kept.reused ? ' (nothing has changed since)' : ''}.
          </small>{' '}
          <a href={`${adminRoute}/publish?report=${report.id}`}>Every problem, and publishing</a>
        </p>
      </section>
    </div>
  )
}
