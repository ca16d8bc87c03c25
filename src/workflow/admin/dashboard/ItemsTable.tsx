/** What is left of a report's translation, one row per document and locale, in the report's order. */
import type React from 'react'

import type { DashboardItem } from '../../dashboard'
import type { FieldDiff } from '../../staleDiff'
import { AssignForm } from './AssignForm'
import { Diff, n, StatusPill } from './parts'

export type Translator = { id: string | number; name: string; locales: string[] }
export type Item = DashboardItem & { locale: string }

const cell: React.CSSProperties = { padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' }

function AssignedCell({ i, translators, staff }: { i: Item; translators: Translator[]; staff: boolean }) {
  const overdue = Boolean(i.assignment?.due && i.assignment.due < new Date().toISOString().slice(0, 10))
  return (
    <td style={cell}>
      {i.assignment ? (
        <div data-testid="assignment">
          {i.assignment.assignee.name}
          {i.assignment.due ? `, due ${i.assignment.due}` : ''}
          {overdue ? <strong style={{ color: 'var(--theme-error-800)' }}> (overdue)</strong> : null}
        </div>
      ) : null}
      {staff ? (
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
  )
}

export function ItemsTable(props: {
  items: Item[]
  diffs: Map<string, FieldDiff[]>
  translators: Translator[]
  staff: boolean
}) {
  const { items, diffs } = props
  if (items.length === 0) return <p data-testid="translation-items-none">Nothing left to do here.</p>
  return (
    <div className="table">
      <table data-testid="translation-items" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {['Document', 'Language', 'Chapter', 'Status', 'Words missing / stale', 'Assigned'].map((h) => (
              <th key={h} scope="col" style={{ ...cell, color: 'var(--theme-elevation-800)' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const key = `${i.collection}:${i.id}`
            const diff = diffs.get(key)
            return (
              <tr key={`${key}:${i.locale}`} data-testid={`item-${i.collection}-${i.id}-${i.locale}`}>
                <td style={cell}>
                  <a href={i.url}>{i.title}</a> <small>({i.collection})</small>
                  {diff ? (
                    <details>
                      <summary>What changed in the source</summary>
                      <Diff diffs={diff} />
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
                <AssignedCell i={i} translators={props.translators} staff={props.staff} />
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
