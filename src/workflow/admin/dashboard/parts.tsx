/** Presentational pieces of the translation dashboard (server-rendered, Payload's own styles). */
import { Pill } from '@payloadcms/ui'
import type React from 'react'

import type { DashboardLocale } from '../../dashboard'
import type { FieldDiff } from '../../staleDiff'
import type { WordProgress } from '../../progress'

export const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: '12px 16px',
  background: 'var(--theme-elevation-0)',
}

const nf = new Intl.NumberFormat('en-GB')
export const n = (x: number) => nf.format(x)

export const STATUS_PILL: Record<string, 'success' | 'warning' | 'error' | 'light'> = {
  approved: 'success',
  'ready-for-review': 'warning',
  'in-progress': 'light',
  stale: 'error',
  missing: 'light',
}

export function StatusPill({ status }: { status: string }) {
  return (
    <Pill pillStyle={STATUS_PILL[status] ?? 'light'} size="small">
      {status.replace(/-/g, ' ')}
    </Pill>
  )
}

export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 100
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${pct}%`}
      style={{
        height: 10,
        borderRadius: 5,
        background: 'var(--theme-elevation-100)',
        overflow: 'hidden',
        margin: '6px 0',
      }}
    >
      <div style={{ width: `${pct}%`, height: '100%', background: 'var(--theme-success-500)' }} />
    </div>
  )
}

export function LocaleCard({ l, label }: { l: DashboardLocale; label: string }) {
  const w: WordProgress = l.words
  const pct = w.words ? Math.round((w.translated / w.words) * 100) : 100
  return (
    <section style={card} data-testid={`progress-${l.locale}`} aria-labelledby={`progress-${l.locale}-h`}>
      <h3 id={`progress-${l.locale}-h`} style={{ margin: 0 }}>
        {label} <small style={{ fontWeight: 400 }}>({l.locale})</small>
      </h3>
      <p style={{ margin: '6px 0 0' }}>
        <strong data-testid={`words-translated-${l.locale}`}>{n(w.translated)}</strong> of{' '}
        <strong data-testid={`words-total-${l.locale}`}>{n(w.words)}</strong> words translated ({pct}%)
      </p>
      <ProgressBar value={w.translated} max={w.words} label={`${label}: words translated`} />
      <p style={{ margin: 0 }}>
        Missing: <strong data-testid={`words-missing-${l.locale}`}>{n(w.missing)}</strong> words · Stale:{' '}
        <strong data-testid={`words-stale-${l.locale}`}>{n(w.stale)}</strong> words
      </p>
      <p style={{ margin: '4px 0 0', color: 'var(--theme-elevation-650)' }}>
        Documents: {l.counts.approved} of {l.total} approved · {l.counts['ready-for-review']} in review ·{' '}
        {l.counts['in-progress']} in progress · {l.counts.stale} stale · {l.counts.missing} not started
      </p>
    </section>
  )
}

/** Ops keyed by where they start in the two texts (stable, unique). */
const keyed = (ops: FieldDiff['ops']) => {
  let a = 0
  let b = 0
  return ops.map((o) => {
    const key = `${o.op}-${a}-${b}`
    if (o.op !== 'added') a += o.text.length
    if (o.op !== 'removed') b += o.text.length
    return { ...o, key }
  })
}

/** A word diff: removed words struck through, added words underlined (not by colour alone). */
export function Diff({ diffs }: { diffs: FieldDiff[] }) {
  return (
    <div data-testid="stale-diff">
      {diffs.map((d) => (
        <div key={d.field} style={{ marginTop: 6 }}>
          <div style={{ fontWeight: 600 }}>
            {d.field}
            {d.earlierFound ? '' : ' (the earlier source is no longer in the history: all of it is shown as new)'}
          </div>
          <p style={{ whiteSpace: 'pre-wrap', margin: '2px 0', lineHeight: 1.6 }}>
            {keyed(d.ops).map((o) =>
              o.op === 'same' ? (
                <span key={o.key}>{o.text}</span>
              ) : o.op === 'added' ? (
                <ins key={o.key} style={{ background: 'var(--theme-success-100)', color: 'var(--theme-success-900)' }}>
                  {o.text}
                </ins>
              ) : (
                <del key={o.key} style={{ background: 'var(--theme-error-100)', color: 'var(--theme-error-900)' }}>
                  {o.text}
                </del>
              ),
            )}
          </p>
        </div>
      ))}
    </div>
  )
}
