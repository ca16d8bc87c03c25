'use client'
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { CheckResponse, ProblemOut, StatusResponse } from '../endpoints'
import { GlossaryWarnings } from '../../xliff/admin/GlossaryWarnings'

export type ReportOption = { id: number | string; title: string; year: number | null; slug: string }

type Props = {
  reports: ReportOption[]
  initialReport: string
  initialStatus: StatusResponse | null
  locales: Array<{ code: string; label: string }>
  mayPublish: boolean
  mayPublishIncomplete: boolean
  apiRoute: string
  adminRoute: string
}

const STEP_LABELS: Record<string, string> = {
  queued: 'Queued',
  collect: 'Collecting the approved content',
  validate: 'Validating',
  media: 'Preparing the images',
  compare: 'Comparing with the previous version',
  write: 'Writing the bundle',
  pdf: 'Typesetting the PDF edition',
  done: 'Finished',
}
const STEP_ORDER = ['queued', 'collect', 'validate', 'media', 'compare', 'write', 'pdf', 'done']
const SEMVER = /^\d+\.\d+\.\d+$/

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px 16px',
  marginTop: 16,
}
const muted: React.CSSProperties = { color: 'var(--theme-elevation-600)' }
const good: React.CSSProperties = { color: '#1a7f37' }
const bad: React.CSSProperties = { color: 'var(--theme-error-500, #b42318)' }
const buttonClass = (style: 'primary' | 'secondary', disabled: boolean) =>
  `btn btn--style-${style} btn--size-medium${disabled ? ' btn--disabled' : ''}`

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, {
    credentials: 'include',
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) },
  })
  const body = (await res.json().catch(() => ({}))) as T & { errors?: Array<{ message?: string }> }
  if (!res.ok) throw new Error(body.errors?.[0]?.message ?? `The server answered ${res.status}.`)
  return body
}

function ProblemList({ problems }: { problems: ProblemOut[] }) {
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {problems.map((p, i) => (
        <li key={`${p.code}-${p.collection}-${p.id}-${p.field ?? ''}-${i}`}>
          <strong>{p.title || `${p.collection} ${p.id}`}</strong>{' '}
          <small>
            ({p.collection}
            {p.field ? `, ${p.field}` : ''}
            {p.locale ? `, ${p.locale}` : ''})
          </small>
          : {p.message} <a href={p.url || p.adminUrl}>Fix</a>
        </li>
      ))}
    </ul>
  )
}

function CheckReport({ check, localeLabel }: { check: CheckResponse; localeLabel: (c: string) => string }) {
  return (
    <section style={box} data-testid="publish-check-result" aria-labelledby="publish-check-heading">
      <h2 id="publish-check-heading" style={{ margin: '0 0 8px', fontSize: 20 }}>
        Readiness:{' '}
        {!check.ok ? (
          <span style={bad}>not ready</span>
        ) : check.status === 'unchanged' ? (
          <span style={good}>up to date (nothing changed since {check.version})</span>
        ) : (
          <span style={good}>ready to publish</span>
        )}
      </h2>
      <p style={{ margin: '0 0 8px' }}>{check.summary}</p>
      {check.general.length ? (
        <div data-testid="publish-check-general">
          <h3 style={{ margin: '8px 0 0', fontSize: 16 }}>Every language ({check.general.length})</h3>
          <ProblemList problems={check.general} />
        </div>
      ) : null}
      {check.locales.map((l) => {
        const r = check.byLocale[l]
        return (
          <div key={l} data-testid={`publish-check-locale-${l}`} style={{ marginTop: 8 }}>
            <h3 style={{ margin: 0, fontSize: 16 }}>
              {localeLabel(l)}:{' '}
              {r?.ready ? (
                <span style={good}>ready</span>
              ) : r?.problems.length ? (
                <span style={bad}>
                  {r.problems.length} problem{r.problems.length === 1 ? '' : 's'}
                </span>
              ) : (
                <span style={bad}>blocked by the problems above</span>
              )}
            </h3>
            {r?.problems.length ? <ProblemList problems={r.problems} /> : null}
          </div>
        )
      })}
      <GlossaryWarnings warnings={check.glossary ?? []} />
    </section>
  )
}

function finalText(s: StatusResponse['publication']): string {
  switch (s.outcome) {
    case 'published':
      return `Published version ${s.version}`
    case 'unchanged':
      return `Nothing changed since version ${s.version}: no new version was created`
    case 'invalid':
      return 'Validation failed: nothing was published'
    case 'error':
      return `Publish failed: ${s.summary ?? 'unknown error'}`
    default:
      return s.outcome
  }
}

function Progress({ status, localeLabel }: { status: StatusResponse; localeLabel: (c: string) => string }) {
  const p = status.publication.progress
  const pub = status.publication
  const running = status.running
  const pdfEntries = Object.entries(p?.pdf ?? {})
  const pdfDone = pdfEntries.filter(([, v]) => v === 'done').length
  const reached = new Set((p?.steps ?? []).map((s) => s.step))
  const finished = !running && pub.outcome !== 'queued' && pub.outcome !== 'running'
  return (
    <section style={box} aria-labelledby="publish-progress-heading">
      <h2 id="publish-progress-heading" style={{ margin: '0 0 8px', fontSize: 20 }}>
        {finished ? 'Last publish' : 'Publishing'}{' '}
        <small style={muted}>(started {new Date(pub.createdAt).toLocaleString()})</small>
      </h2>
      <div role="status" aria-live="polite" data-testid="publish-status">
        {finished ? (
          <p
            data-testid="publish-final-status"
            style={{
              margin: 0,
              fontWeight: 600,
              ...(pub.outcome === 'published' || pub.outcome === 'unchanged' ? good : bad),
            }}
          >
            {finalText(pub)}
          </p>
        ) : (
          <p style={{ margin: 0, fontWeight: 600 }}>
            {pub.outcome === 'queued' ? 'Queued: starting…' : p?.message || STEP_LABELS[p?.step ?? ''] || 'Running…'}
          </p>
        )}
        {!finished && !running ? (
          <p style={bad}>
            No sign of life from this publish for over two minutes: the server may have stopped during it. Nothing was
            published; publish again.
          </p>
        ) : null}
      </div>
      {finished && pub.summary && pub.outcome !== 'error' ? (
        <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{pub.summary.split('\n')[0]}</p>
      ) : null}
      <ol style={{ margin: '8px 0 0', paddingInlineStart: 18 }} aria-label="Steps">
        {STEP_ORDER.filter((s) => s !== 'queued' && s !== 'done').map((s) => {
          const current = !finished && p?.step === s
          const done = reached.has(s as never) && !current
          return (
            <li key={s} style={current ? { fontWeight: 600 } : done ? undefined : muted}>
              {STEP_LABELS[s]} {done ? '✓' : current ? '…' : ''}
              {s === 'media' && p?.media ? ` (${p.media.current}/${p.media.total})` : ''}
            </li>
          )
        })}
      </ol>
      {pdfEntries.length ? (
        <div style={{ marginTop: 8 }}>
          <label htmlFor="publish-pdf-progress">
            PDF edition: {pdfDone} of {pdfEntries.length} languages typeset
          </label>{' '}
          <progress id="publish-pdf-progress" max={pdfEntries.length} value={pdfDone} />
          <ul data-testid="publish-pdf-progress" style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {pdfEntries.map(([l, v]) => (
              <li key={l}>
                {localeLabel(l)}: {v === 'done' ? 'typeset ✓' : finished ? 'not typeset' : 'waiting'}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {pub.outcome === 'invalid' && pub.problems?.length ? <ProblemList problems={pub.problems} /> : null}
      {status.downloads.length ? (
        <div data-testid="publish-downloads" style={{ marginTop: 12 }}>
          <h3 style={{ margin: 0, fontSize: 16 }}>Downloads</h3>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {status.downloads.map((d) => (
              <li key={d.url}>
                <a href={d.url} download>
                  {d.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

/** The client part of /admin/publish (see PublishView). */
export function PublishPanel(props: Props) {
  const { reports, locales, mayPublish, mayPublishIncomplete, apiRoute } = props
  const [report, setReport] = useState(props.initialReport)
  const [chosen, setChosen] = useState<string[]>(locales.map((l) => l.code))
  const [versionMode, setVersionMode] = useState<'auto' | 'explicit'>('auto')
  const [versionText, setVersionText] = useState('')
  const [incomplete, setIncomplete] = useState(false)
  const [check, setCheck] = useState<CheckResponse | null>(null)
  const [checkedFor, setCheckedFor] = useState<string | null>(null)
  const [busy, setBusy] = useState<'check' | 'publish' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<StatusResponse | null>(props.initialStatus)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const localeLabel = useCallback((c: string) => `${locales.find((l) => l.code === c)?.label ?? c} (${c})`, [locales])
  const versionError =
    versionMode === 'explicit' && !SEMVER.test(versionText.trim())
      ? 'Give the version as MAJOR.MINOR.PATCH, e.g. 1.2.0.'
      : null
  const body = useMemo(
    () => ({
      report,
      locales: locales.map((l) => l.code).filter((c) => chosen.includes(c)),
      version: versionMode === 'auto' ? 'auto' : versionText.trim(),
      allowIncomplete: mayPublishIncomplete && incomplete,
    }),
    [report, chosen, versionMode, versionText, incomplete, locales, mayPublishIncomplete],
  )
  const key = JSON.stringify(body)
  const checkValid = check && checkedFor === key
  const running = Boolean(status?.running)
  const canSubmit = !versionError && body.locales.length > 0
  const publishEnabled =
    mayPublish &&
    canSubmit &&
    !running &&
    busy === null &&
    ((checkValid && check!.ok) || (mayPublishIncomplete && incomplete))

  // Poll the publication while it runs (every second); stops when it is finished.
  const publicationId = status?.publication?.id
  useEffect(() => {
    if (!running || publicationId == null) return
    let stopped = false
    const tick = async () => {
      try {
        const next = await call<StatusResponse>(`${apiRoute}/publications/status/${publicationId}`)
        if (!stopped) setStatus(next)
      } catch (e) {
        if (!stopped) setError((e as Error).message)
      }
      if (!stopped) timer.current = setTimeout(tick, 1000)
    }
    timer.current = setTimeout(tick, 1000)
    return () => {
      stopped = true
      if (timer.current) clearTimeout(timer.current)
    }
  }, [running, publicationId, apiRoute])

  const chooseReport = async (id: string) => {
    setReport(id)
    setCheck(null)
    setError(null)
    const url = new URL(window.location.href)
    url.searchParams.set('report', id)
    window.history.replaceState(null, '', url.toString())
    if (!mayPublish) return setStatus(null)
    try {
      const latest = await call<StatusResponse | { publication: null }>(
        `${apiRoute}/publications/latest?report=${encodeURIComponent(id)}`,
      )
      setStatus(latest.publication ? (latest as StatusResponse) : null)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const runCheck = async () => {
    setBusy('check')
    setError(null)
    try {
      const result = await call<CheckResponse>(`${apiRoute}/publications/check`, { method: 'POST', body: key })
      setCheck(result)
      setCheckedFor(key)
    } catch (e) {
      setCheck(null)
      setError((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const runPublish = async () => {
    setBusy('publish')
    setError(null)
    try {
      const queued = await call<{ publication: number | string }>(`${apiRoute}/publications/publish`, {
        method: 'POST',
        body: key,
      })
      setStatus(await call<StatusResponse>(`${apiRoute}/publications/status/${queued.publication}`))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const selected = reports.find((r) => String(r.id) === report)
  return (
    <div>
      <p style={muted}>
        Publishing exports the <strong>approved</strong> content of a report as a new version: the PDF edition in each
        language and the JSON bundle. Run the check first; it lists what is missing, stale or invalid, with a link to
        fix each item.
      </p>
      <form onSubmit={(e) => e.preventDefault()} aria-label="Publish a report">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
          <div>
            <label htmlFor="publish-report" style={{ display: 'block', fontWeight: 600 }}>
              Report
            </label>
            <select
              id="publish-report"
              data-testid="publish-report"
              value={report}
              onChange={(e) => void chooseReport(e.target.value)}
              disabled={running}
            >
              {reports.map((r) => (
                <option key={String(r.id)} value={String(r.id)}>
                  {r.year ? `${r.year}: ` : ''}
                  {r.title}
                </option>
              ))}
            </select>
          </div>
          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} disabled={running}>
            <legend style={{ fontWeight: 600, padding: 0 }}>Languages</legend>
            {locales.map((l) => (
              <label key={l.code} style={{ marginInlineEnd: 12, whiteSpace: 'nowrap' }}>
                <input
                  type="checkbox"
                  data-testid={`publish-locale-${l.code}`}
                  checked={chosen.includes(l.code)}
                  onChange={(e) =>
                    setChosen((c) => (e.target.checked ? [...c, l.code] : c.filter((x) => x !== l.code)))
                  }
                />{' '}
                {l.label} ({l.code})
              </label>
            ))}
            {chosen.length === 0 ? (
              <div role="alert" style={bad}>
                Choose at least one language.
              </div>
            ) : null}
          </fieldset>
          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} disabled={running}>
            <legend style={{ fontWeight: 600, padding: 0 }}>Version</legend>
            <label style={{ marginInlineEnd: 12 }}>
              <input
                type="radio"
                name="publish-version-mode"
                data-testid="publish-version-auto"
                checked={versionMode === 'auto'}
                onChange={() => setVersionMode('auto')}
              />{' '}
              Automatic (from the changes)
            </label>
            <label>
              <input
                type="radio"
                name="publish-version-mode"
                data-testid="publish-version-explicit"
                checked={versionMode === 'explicit'}
                onChange={() => setVersionMode('explicit')}
              />{' '}
              Explicit:
            </label>{' '}
            <input
              type="text"
              aria-label="Version number"
              data-testid="publish-version"
              placeholder="1.2.0"
              size={10}
              value={versionText}
              disabled={versionMode !== 'explicit'}
              aria-invalid={Boolean(versionError)}
              aria-describedby={versionError ? 'publish-version-error' : undefined}
              onChange={(e) => setVersionText(e.target.value)}
            />
            {versionError ? (
              <div id="publish-version-error" role="alert" style={bad}>
                {versionError}
              </div>
            ) : null}
          </fieldset>
        </div>
        {mayPublishIncomplete ? (
          <div style={{ marginTop: 12 }}>
            <label>
              <input
                type="checkbox"
                data-testid="publish-incomplete"
                checked={incomplete}
                onChange={(e) => setIncomplete(e.target.checked)}
                disabled={running}
              />{' '}
              Publish incomplete: use the English text where a translation is not approved (admins only; the bundle
              lists these fallbacks)
            </label>
          </div>
        ) : null}
        <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginTop: 16 }}>
          <button
            type="button"
            className={buttonClass('secondary', !canSubmit || busy !== null || running)}
            style={{ margin: 0 }}
            onClick={() => void runCheck()}
            disabled={!canSubmit || busy !== null || running}
          >
            Check
          </button>
          {mayPublish ? (
            <button
              type="button"
              className={buttonClass('primary', !publishEnabled)}
              style={{ margin: 0 }}
              onClick={() => void runPublish()}
              disabled={!publishEnabled}
            >
              Publish
            </button>
          ) : null}
          <span aria-live="polite" style={muted}>
            {busy === 'check'
              ? 'Checking…'
              : busy === 'publish'
                ? 'Queuing the publish…'
                : running
                  ? 'A publish of this report is running.'
                  : !mayPublish
                    ? 'Only admins and reviewers may publish.'
                    : versionError || chosen.length === 0
                      ? 'Fix the choices above to continue.'
                      : !checkValid && !(mayPublishIncomplete && incomplete)
                        ? 'Run the check to enable Publish.'
                        : checkValid && !check!.ok && !incomplete
                          ? 'Fix the problems (or, as an admin, publish incomplete) to enable Publish.'
                          : `Ready to publish ${selected?.title ?? ''}.`}
          </span>
        </div>
      </form>
      {error ? (
        <p role="alert" data-testid="publish-error" style={{ ...bad, marginTop: 12 }}>
          {error}
        </p>
      ) : null}
      {check && checkValid ? <CheckReport check={check} localeLabel={localeLabel} /> : null}
      {status?.publication ? <Progress status={status} localeLabel={localeLabel} /> : null}
    </div>
  )
}

export default PublishPanel
