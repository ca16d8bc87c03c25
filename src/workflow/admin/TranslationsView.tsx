import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps, Payload } from 'payload'
import type React from 'react'

import { hasRole, isStaff } from '../../access/roles'
import { adminPage, firstParam } from '../../admin/AdminPage'
import { LOCALES } from '../../model/locales'
import { DashboardXliff } from '../../xliff/admin/DashboardXliff'
import { TRANSLATION_LOCALES, TRANSLATION_STATUSES } from '../constants'
import { type DashboardItem, translationDashboard } from '../dashboard'
import { staleDiffs } from '../staleDiff'
import { AssignForm } from './dashboard/AssignForm'
import { card, Diff, LocaleCard, n, StatusPill } from './dashboard/parts'

const cell: React.CSSProperties = { padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' }
const localeLabel = (code: string) => LOCALES.find((l) => l.code === code)?.label ?? code
/** Stale items whose source diff is shown inline (the rest link to their document). */
const MAX_DIFFS = 40

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

type Filters = { status?: string; collection?: string; chapter?: string }
const matches = (i: DashboardItem, f: Filters) =>
  (!f.status || i.status === f.status) &&
  (!f.collection || i.collection === f.collection) &&
  (!f.chapter || String(i.chapter?.id ?? '') === f.chapter)

function Select(props: { name: string; label: string; value?: string; options: Array<[string, string]> }) {
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <span className="field-label">{props.label}</span>
      <select name={props.name} defaultValue={props.value ?? ''}>
        <option value="">All</option>
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  )
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
  const filters: Filters = { status: q('status'), collection: q('collection'), chapter: q('chapter') }
  const report = q('report')
  const adminRoute = req.payload.config.routes.admin
  const reports = await translationDashboard(req.payload, {
    report: report ? Number(report) || report : undefined,
    locales,
    adminRoute,
  })
  const translators = isStaff(user) ? await translatorsOf(req.payload) : []
  const today = new Date().toISOString().slice(0, 10)

  return template(
    <>
      <p>
        Showing {locales.map(localeLabel).join(', ')}
        {own?.length && !requested ? ' (your languages)' : ''}.
      </p>
      {reports.length === 0 && <p>No reports yet.</p>}
      {
        await Promise.all(
          reports.map(async (r) => {
            const items = r.locales.flatMap((l) =>
              l.left.filter((i) => matches(i, filters)).map((i) => ({ ...i, locale: l.locale })),
            )
            const stale = items.filter((i) => i.stale).slice(0, MAX_DIFFS)
            const diffs = await staleDiffs(
              req.payload,
              stale.map((i) => i.stale!),
            )
            const collections = [...new Set(r.locales.flatMap((l) => l.left.map((i) => i.collection)))]
            return (
              <section key={String(r.report.id)} style={{ marginTop: 24 }} aria-labelledby={`report-${r.report.id}`}>
                <h2 id={`report-${r.report.id}`}>
                  {r.report.year ? `${r.report.year}: ` : ''}
                  {r.report.title}
                </h2>
                <Banner type="info">
                  <span data-testid="schedule">
                    Translation deadline: <strong>{r.report.translationDeadline ?? 'not set'}</strong> · Publication
                    date: <strong>{r.report.publicationDate ?? 'not set'}</strong>
                  </span>
                </Banner>
                <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 12 }}>
                  {r.locales.map((l) => (
                    <LocaleCard key={l.locale} l={l} label={localeLabel(l.locale)} />
                  ))}
                </div>
                {r.locales.map((l) => (
                  <DashboardXliff key={l.locale} req={req} report={r.report.id} locale={l.locale} />
                ))}
                <form
                  method="get"
                  style={{ ...card, display: 'flex', gap: 12, alignItems: 'flex-end', flexWrap: 'wrap', marginTop: 16 }}
                >
                  <input type="hidden" name="report" value={String(r.report.id)} />
                  <Select
                    name="locale"
                    label="Language"
                    value={requested}
                    options={TRANSLATION_LOCALES.map((c) => [c, localeLabel(c)])}
                  />
                  <Select
                    name="status"
                    label="Status"
                    value={filters.status}
                    options={TRANSLATION_STATUSES.filter((s) => s !== 'approved').map((s) => [s, s.replace(/-/g, ' ')])}
                  />
                  <Select
                    name="collection"
                    label="Collection"
                    value={filters.collection}
                    options={collections.map((c) => [c, c])}
                  />
                  <Select
                    name="chapter"
                    label="Chapter"
                    value={filters.chapter}
                    options={r.chapters.map((c) => [String(c.id), c.title])}
                  />
                  <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
                    Filter
                  </button>
                </form>
                <h3 style={{ marginTop: 16 }}>
                  Left to do: <span data-testid="items-count">{items.length}</span>
                </h3>
                <div className="table">
                  <table data-testid="translation-items" style={{ width: '100%', borderCollapse: 'collapse' }}>
                    <thead>
                      <tr>
                        {['Document', 'Language', 'Chapter', 'Status', 'Words missing / stale', 'Assigned'].map((h) => (
                          <th key={h} scope="col" style={cell}>
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((i) => {
                        const key = `${i.collection}:${i.id}`
                        const overdue = i.assignment?.due && i.assignment.due < today
                        return (
                          <tr key={`${key}:${i.locale}`} data-testid={`item-${i.collection}-${i.id}-${i.locale}`}>
                            <td style={cell}>
                              <a href={i.url}>{i.title}</a> <small>({i.collection})</small>
                              {diffs.get(key) ? (
                                <details>
                                  <summary>What changed in the source</summary>
                                  <Diff diffs={diffs.get(key)!} />
                                </details>
                              ) : null}
                            </td>
                            <td style={cell}>{i.locale}</td>
                            <td style={cell}>{i.chapter?.title ?? '—'}</td>
                            <td style={cell}>
                              <StatusPill status={i.status} />
                            </td>
                            <td style={cell}>
                              {n(i.words.missing)} / {n(i.words.stale)} <small>of {n(i.words.words)}</small>
                            </td>
                            <td style={cell}>
                              {i.assignment ? (
                                <div data-testid="assignment">
                                  {i.assignment.assignee.name}
                                  {i.assignment.due ? `, due ${i.assignment.due}` : ''}
                                  {overdue ? (
                                    <strong style={{ color: 'var(--theme-error-500)' }}> (overdue)</strong>
                                  ) : null}
                                </div>
                              ) : null}
                              {isStaff(user) ? (
                                <AssignForm
                                  collection={i.collection}
                                  docId={String(i.id)}
                                  locale={i.locale}
                                  label={`${i.title} (${i.locale})`}
                                  translators={translators.filter((t) => t.locales.includes(i.locale))}
                                  assignee={i.assignment?.assignee.id ?? null}
                                  due={i.assignment?.due ?? null}
                                />
                              ) : null}
                            </td>
                          </tr>
                        )
                      })}
                    </tbody>
                  </table>
                </div>
              </section>
            )
          }),
        )
      }
    </>,
  )
}

export default TranslationsView
