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

export type Filters = { status?: string; collection?: string; chapter?: string }

export const localeLabel = (code: string) => LOCALES.find((l) => l.code === code)?.label ?? code
/** Stale items whose source diff is shown inline (the rest link to their document). */
const MAX_DIFFS = 40

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
  const stale = items.filter((i) => i.stale).slice(0, MAX_DIFFS)
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
        <DashboardXliff key={l.locale} req={req} report={r.report.id} locale={l.locale} />
      ))}
      <FilterForm r={r} filters={filters} requested={props.requested} />
      <h3 style={{ marginTop: 16 }}>
        Left to do: <span data-testid="items-count">{items.length}</span>
      </h3>
      <ItemsTable items={items} diffs={diffs} translators={props.translators} staff={props.staff} />
    </section>
  )
}
