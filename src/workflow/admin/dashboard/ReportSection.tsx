/** One report on the translation dashboard: schedule, progress per locale, filters, what is left. */
import { Banner } from '@payloadcms/ui'
import type { PayloadRequest } from 'payload'

import { LOCALES } from '../../../model/locales'
import { DashboardXliff } from '../../../xliff/admin/DashboardXliff'
import { TRANSLATION_LOCALES, TRANSLATION_STATUSES } from '../../constants'
import type { DashboardItem, DashboardReport } from '../../dashboard'
import { staleDiffs } from '../../staleDiff'
import { ItemsTable, type Translator } from './ItemsTable'
import { card, LocaleCard } from './parts'

export type Filters = { status?: string; collection?: string; chapter?: string; page?: string; glossary?: string }

export const localeLabel = (code: string) => LOCALES.find((l) => l.code === code)?.label ?? code
/** Stale items whose source diff is shown inline (the rest link to their document). */
const MAX_DIFFS = 40
/** Items per page of what is left. */
export const PAGE_SIZE = 100

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

function FilterForm({ r, filters, requested }: { r: DashboardReport; filters: Filters; requested?: string }) {
  const collections = [...new Set(r.locales.flatMap((l) => l.left.map((i) => i.collection)))]
  return (
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
  )
}

/** Links to the other pages of what is left, keeping the filters. */
function Pager(props: { r: DashboardReport; filters: Filters; requested?: string; page: number; pages: number }) {
  const { page, pages } = props
  const href = (to: number) => {
    const q = new URLSearchParams({ report: String(props.r.report.id) })
    if (props.requested) q.set('locale', props.requested)
    for (const k of ['status', 'collection', 'chapter'] as const) if (props.filters[k]) q.set(k, props.filters[k]!)
    q.set('page', String(to))
    return `?${q}`
  }
  return (
    <nav
      aria-label="Pages of what is left"
      data-testid="items-pager"
      style={{ display: 'flex', gap: 12, marginTop: 12 }}
    >
      {page > 1 ? <a href={href(page - 1)}>Previous {PAGE_SIZE}</a> : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <a href={href(page + 1)}>Next {PAGE_SIZE}</a> : null}
    </nav>
  )
}

export async function ReportSection(props: {
  r: DashboardReport
  req: PayloadRequest
  filters: Filters
  requested?: string
  translators: Translator[]
  staff: boolean
}) {
  const { r, req, filters } = props
  const items = r.locales.flatMap((l) =>
    l.left.filter((i) => matches(i, filters)).map((i) => ({ ...i, locale: l.locale })),
  )
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE))
  const page = Math.min(pages, Math.max(1, Number.parseInt(filters.page ?? '1', 10) || 1))
  const shown = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  const stale = shown.filter((i) => i.stale).slice(0, MAX_DIFFS)
  const diffs = await staleDiffs(
    req.payload,
    stale.map((i) => i.stale!),
  )
  return (
    <section style={{ marginTop: 24 }} aria-labelledby={`report-${r.report.id}`}>
      <h2 id={`report-${r.report.id}`}>
        {r.report.year ? `${r.report.year}: ` : ''}
        {r.report.title}
      </h2>
      <Banner type="info">
        <span data-testid="schedule">
          Translation deadline: <strong>{r.report.translationDeadline ?? 'not set'}</strong> · Publication date:{' '}
          <strong>{r.report.publicationDate ?? 'not set'}</strong>
        </span>
      </Banner>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 12 }}>
        {r.locales.map((l) => (
          <LocaleCard key={l.locale} l={l} label={localeLabel(l.locale)} />
        ))}
      </div>
      {r.locales.map((l) => (
        <DashboardXliff
          key={l.locale}
          req={req}
          report={r.report.id}
          locale={l.locale}
          check={filters.glossary === l.locale}
          checkHref={`?${new URLSearchParams({ report: String(r.report.id), locale: props.requested ?? l.locale, glossary: l.locale })}`}
        />
      ))}
      <FilterForm r={r} filters={filters} requested={props.requested} />
      <h3 style={{ marginTop: 16 }}>
        Left to do: <span data-testid="items-count">{items.length}</span>
      </h3>
      <ItemsTable items={shown} diffs={diffs} translators={props.translators} staff={props.staff} />
      {pages > 1 && <Pager r={r} filters={filters} requested={props.requested} page={page} pages={pages} />}
    </section>
  )
}
