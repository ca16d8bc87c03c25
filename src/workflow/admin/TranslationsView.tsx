import type { AdminViewServerProps, Payload } from 'payload'
import type React from 'react'

import { hasRole, isStaff } from '../../access/roles'
import { adminPage, firstParam } from '../../admin/AdminPage'
import { TRANSLATION_LOCALES } from '../constants'
import { translationDashboard } from '../dashboard'
import { type Filters, localeLabel, ReportSection } from './dashboard/ReportSection'

async function translatorsOf(payload: Payload) {
  const res = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'translator' } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, locales: true },
  })
  return res.docs.map((u) => ({
    id: u.id,
    name: String(u.name ?? `user ${u.id}`),
    locales: (u.locales ?? []) as string[],
  }))
}

/**
 * /admin/translations: the translation dashboard of each report. Progress per locale in words
 * (translated of what there is to translate, what is missing and stale: what an agency quotes on)
 * and documents, the report's schedule, and what is left, in the report's order, filterable by
 * status, collection and chapter; stale items show what changed in the source. Staff assign each
 * item to a translator with a due date. Translators see their own languages by default
 * (?locale=all every language, ?locale=fr one).
 */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user: { id?: string | number; roles?: string[] | null; locales?: string[] | null } | null = req.user
  const template = (children: React.ReactNode) =>
    adminPage({ initPageResult, params, searchParams }, 'Translations', children)
  if (!user || !hasRole(user, 'admin', 'editor', 'reviewer', 'translator'))
    return template(<p>Sign in to see translation progress.</p>)

  const q = (k: string) => firstParam(searchParams?.[k]) || undefined
  const requested = q('locale')
  const own = !isStaff(user) && hasRole(user, 'translator') ? (user.locales ?? []) : null
  const locales =
    requested && (TRANSLATION_LOCALES as string[]).includes(requested)
      ? [requested]
      : requested === 'all' || !own?.length
        ? [...TRANSLATION_LOCALES]
        : own
  const filters: Filters = {
    status: q('status'),
    collection: q('collection'),
    chapter: q('chapter'),
    page: q('page'),
    glossary: q('glossary'),
  }
  const report = q('report')
  const adminRoute = req.payload.config.routes.admin
  const reports = await translationDashboard(req.payload, {
    report: report ? Number(report) || report : undefined,
    locales,
    adminRoute,
  })
  const translators = isStaff(user) ? await translatorsOf(req.payload) : []

  return template(
    <>
      <p>
        Showing {locales.map(localeLabel).join(', ')}
        {own?.length && !requested ? ' (your languages)' : ''}.
      </p>
      {reports.length === 0 && <p>No reports yet.</p>}
      {reports.map((r) => (
        <ReportSection
          key={String(r.report.id)}
          r={r}
          req={req}
          filters={filters}
          requested={requested}
          translators={translators}
          staff={isStaff(user)}
        />
      ))}
    </>,
  )
}

export default TranslationsView
