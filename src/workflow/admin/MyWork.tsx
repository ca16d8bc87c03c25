import type { ServerProps } from 'payload'
import type React from 'react'

import { hasRole } from '../../access/roles'
import { myWork, type WorkItem } from '../mywork'

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

/** The dashboard greets each role with its work (shown above the collection cards). */
export async function MyWorkPanel({ payload, user }: ServerProps) {
  const u: { name?: string; roles?: string[] | null; locales?: string[] | null } | null | undefined = user
  if (!u) return null
  const admin = payload.config.routes.admin
  const work = await myWork(payload, u, admin)
  const writer = hasRole(u, 'admin', 'editor', 'reviewer')
  const reviewer = hasRole(u, 'admin', 'reviewer')
  return (
    <div className="gutter--left gutter--right" style={{ paddingTop: 16 }}>
      <h2 style={{ marginBottom: 12 }}>Hello{u.name ? `, ${u.name}` : ''}</h2>
      {reviewer ? (
        <Items title="Waiting for your review" items={work.awaitingReview} empty="Nothing is waiting for review." />
      ) : null}
      {writer ? <Items title="Changes requested" items={work.changesRequested} empty="Nothing was sent back." /> : null}
      {writer ? <Items title="Drafts" items={work.drafts} empty="No drafts." /> : null}
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
