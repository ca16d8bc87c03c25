import type { ServerProps } from 'payload'
import type React from 'react'

import { hasRole } from '../../access/roles'
import { translationDashboard } from '../dashboard'
import { type AssignedItem, myWork, type WorkItem } from '../mywork'
import { recentChanges, waitingFor } from '../waiting'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px 16px',
  marginBottom: 16,
}

function Items({ title, items, empty }: { title: string; items: WorkItem[]; empty: string }) {
  return (
    <section style={box}>
      <h3 style={{ margin: '0 0 8px' }}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{empty}</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.slice(0, 12).map((i) => (
            <li key={`${i.collection}-${i.id}-${i.locale ?? ''}`}>
              <a href={i.url}>{i.title}</a>{' '}
              <small>
                ({i.collection}
                {i.locale ? `, ${i.locale} translation` : ''})
              </small>
              {i.comment && i.state === 'changes-requested' ? (
                <div>
                  <small>“{i.comment}”</small>
                </div>
              ) : null}
            </li>
          ))}
          {items.length > 12 ? <li>… and {items.length - 12} more</li> : null}
        </ul>
      )}
    </section>
  )
}

function Assigned({ items }: { items: AssignedItem[] }) {
  return (
    <section style={box} data-testid="assigned-to-you" aria-labelledby="assigned-h">
      <h3 id="assigned-h" style={{ margin: '0 0 8px' }}>
        Assigned to you ({items.length})
      </h3>
      {items.length === 0 ? (
        <p style={{ margin: 0 }}>Nothing is assigned to you.</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((i) => (
            <li key={i.url} data-testid="assigned-item">
              <a href={i.url}>{i.title}</a>{' '}
              <small>
                ({i.collection}, {i.locale}, {i.status.replace(/-/g, ' ')})
              </small>
              {i.due ? (
                <span>
                  {' '}
                  — due {i.due}
                  {i.overdue ? <strong style={{ color: 'var(--theme-error-800)' }}> (overdue)</strong> : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

async function EditorPanels({
  payload,
  counts,
}: {
  payload: ServerProps['payload']
  counts: Parameters<typeof waitingFor>[0]
}) {
  const admin = payload.config.routes.admin
  const reports = await translationDashboard(payload, { adminRoute: admin })
  const waiting = waitingFor(counts, reports, admin)
  const recent = await recentChanges(payload, admin)
  return (
    <>
      <section style={box} data-testid="waiting-for-whom" aria-labelledby="waiting-h">
        <h3 id="waiting-h" style={{ margin: '0 0 8px' }}>
          What is waiting for whom
        </h3>
        {waiting.length === 0 ? (
          <p style={{ margin: 0 }}>Nothing is waiting.</p>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {waiting.map((w) => (
              <li key={`${w.who}-${w.what}`}>
                <strong>{w.who}</strong>: <a href={w.url}>{w.count}</a> {w.what}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section style={box} data-testid="recent-changes" aria-labelledby="recent-h">
        <h3 id="recent-h" style={{ margin: '0 0 8px' }}>
          Recent changes
        </h3>
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {recent.map((c) => (
            <li key={c.key}>
              <small>{c.at}</small> {c.who}: {c.action}
              {c.to ? ` → ${c.to}` : ''}{' '}
              {c.url ? (
                <a href={c.url}>
                  {c.collection}
                  {c.locale ? ` (${c.locale})` : ''}
                </a>
              ) : (
                c.collection
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

/** The dashboard greets each role with its work (shown above the collection cards). */
export async function MyWorkPanel({ payload, user }: ServerProps) {
  const u: { name?: string; roles?: string[] | null; locales?: string[] | null } | null | undefined = user
  if (!u) return null
  const admin = payload.config.routes.admin
  const work = await myWork(payload, u, admin)
  const writer = hasRole(u, 'admin', 'editor', 'reviewer')
  const reviewer = hasRole(u, 'admin', 'reviewer')
  return (
    <div className="gutter--left gutter--right folio-dashboard" style={{ paddingTop: 16 }}>
      <h2 style={{ marginBottom: 12 }}>Hello{u.name ? `, ${u.name}` : ''}</h2>
      {reviewer ? (
        <Items title="Waiting for your review" items={work.awaitingReview} empty="Nothing is waiting for review." />
      ) : null}
      {writer ? <Items title="Changes requested" items={work.changesRequested} empty="Nothing was sent back." /> : null}
      {writer ? <Items title="Drafts" items={work.drafts} empty="No drafts." /> : null}
      {hasRole(u, 'translator') ? <Assigned items={work.assigned} /> : null}
      {hasRole(u, 'admin', 'editor') ? <EditorPanels payload={payload} counts={work.counts} /> : null}
      {work.translations.length ? (
        <section style={box}>
          <h3 style={{ margin: '0 0 8px' }}>Your translations</h3>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {work.translations.map((t) => (
              <li key={t.locale}>
                <a href={`${admin}/translations?locale=${t.locale}`}>{t.locale}</a>: {t.left} of {t.total} left
                {t.stale ? `, ${t.stale} stale` : ''}
                {t.readyForReview ? `, ${t.readyForReview} waiting for review` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
