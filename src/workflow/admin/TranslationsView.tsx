import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { adminPage, firstParam } from '../../admin/AdminPage'
import { hasRole, isStaff } from '../../access/roles'
import { TRANSLATION_LOCALES, TRANSLATION_STATUSES } from '../constants'
import { translationDashboard } from '../dashboard'
import { DashboardXliff } from '../../xliff/admin/DashboardXliff'

const cell: React.CSSProperties = {
  padding: '4px 10px',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left',
}

/**
 * /admin/translations: translation progress per report and locale, and the list of what is left,
 * each item linking to the document in that locale. Translators see their own locales by default
 * (?locale=all shows every locale, ?locale=fr one of them; ?report=<id> one report).
 */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user: { roles?: string[] | null; locales?: string[] | null } | null = req.user
  const template = (children: React.ReactNode) =>
    adminPage({ initPageResult, params, searchParams }, 'Translations', children)
  if (!user || !hasRole(user, 'admin', 'editor', 'reviewer', 'translator'))
    return template(<p>Sign in to see translation progress.</p>)

  const requested = firstParam(searchParams?.locale)
  const own = !isStaff(user) && hasRole(user, 'translator') ? (user.locales ?? []) : null
  const locales =
    requested && requested !== 'all' && (TRANSLATION_LOCALES as string[]).includes(requested)
      ? [requested]
      : requested === 'all' || !own?.length
        ? [...TRANSLATION_LOCALES]
        : own
  const report = firstParam(searchParams?.report)
  const adminRoute = req.payload.config.routes.admin
  const reports = await translationDashboard(req.payload, {
    report: report ? Number(report) || report : undefined,
    locales,
    adminRoute,
  })

  return template(
    <>
      <p>
        Showing {locales.join(', ')}
        {own?.length ? ' (your languages)' : ''}. Other views:{' '}
        <a href={`${adminRoute}/translations?locale=all`}>all languages</a>
        {TRANSLATION_LOCALES.map((l) => (
          <React.Fragment key={l}>
            {' · '}
            <a href={`${adminRoute}/translations?locale=${l}`}>{l}</a>
          </React.Fragment>
        ))}
      </p>
      {reports.length === 0 && <p>No reports yet.</p>}
      {reports.map((r) => (
        <section key={String(r.report.id)} style={{ marginTop: 32 }}>
          <h2>
            {r.report.year ? `${r.report.year}: ` : ''}
            {r.report.title}
          </h2>
          <table style={{ borderCollapse: 'collapse', marginTop: 8 }}>
            <thead>
              <tr>
                <th style={cell}>Locale</th>
                {TRANSLATION_STATUSES.map((s) => (
                  <th key={s} style={cell}>
                    {s}
                  </th>
                ))}
                <th style={cell}>total</th>
              </tr>
            </thead>
            <tbody>
              {r.locales.map((l) => (
                <tr key={l.locale}>
                  <td style={cell}>{l.locale}</td>
                  {TRANSLATION_STATUSES.map((s) => (
                    <td key={s} style={cell}>
                      {l.counts[s]}
                    </td>
                  ))}
                  <td style={cell}>{l.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.locales.map((l) => (
            <React.Fragment key={l.locale}>
              <DashboardXliff req={req} report={r.report.id} locale={l.locale} />
              <details open={l.left.length > 0 && l.left.length <= 25} style={{ marginTop: 16 }}>
                <summary>
                  {l.locale}: {l.left.length} left
                </summary>
                <ul>
                  {l.left.map((item) => (
                    <li key={`${item.collection}-${item.id}`}>
                      <a href={item.url}>{item.title}</a> ({item.collection}) — {item.status}
                      {item.staleFields.length ? `: source changed in ${item.staleFields.join(', ')}` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            </React.Fragment>
          ))}
        </section>
      ))}
    </>,
  )
}

export default TranslationsView
