'use client'
import type React from 'react'
import { useState } from 'react'

import type { ImportReport } from '../server/import'

type Props = { apiRoute: string; report: string; locale: string; hasGlossary: boolean }

const STATUSES = ['missing', 'stale', 'in-progress', 'ready-for-review', 'approved'] as const
const DEFAULT = new Set(['missing', 'stale', 'in-progress'])
const row: React.CSSProperties = { display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', margin: '6px 0' }
const bad: React.CSSProperties = { color: 'var(--theme-error-500, #b42318)' }

function Result({ r }: { r: ImportReport }) {
  const problems = r.units.filter((u) => u.outcome === 'rejected' || u.outcome === 'stale')
  return (
    <div data-testid={`xliff-result-${r.locale}`} style={{ marginTop: 8 }}>
      <p style={{ margin: '4px 0' }}>
        <strong>{r.summary}</strong>
      </p>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {r.documents
          .filter((d) => d.counts.applied || d.counts.rejected || d.counts.stale || d.statusAfter !== d.statusBefore)
          .map((d) => (
            <li key={`${d.collection}-${d.id}`}>
              <a href={d.url}>{d.title}</a> ({d.collection}):{' '}
              {(['applied', 'unchanged', 'stale', 'rejected', 'untranslated'] as const)
                .filter((k) => d.counts[k])
                .map((k) => `${d.counts[k]} ${k}`)
                .join(', ')}
              {d.statusAfter !== d.statusBefore ? ` — ${d.statusBefore} → ${d.statusAfter}` : ''}
              {d.notes.map((n) => (
                <div key={n}>
                  <small>{n}</small>
                </div>
              ))}
            </li>
          ))}
      </ul>
      {problems.length ? (
        <details open={problems.length <= 20} style={{ marginTop: 4 }}>
          <summary style={bad}>
            {problems.length} unit{problems.length === 1 ? '' : 's'} not applied
          </summary>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {problems.map((u) => (
              <li key={u.id}>
                {u.outcome} <code>{u.id}</code> (line {u.line}): {u.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}

/** Fetched rather than navigated to, so that "nothing to translate" is a message, not a JSON page. */
async function downloadFrom(form: HTMLFormElement, locale: string): Promise<string | null> {
  const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString()
  const res = await fetch(`${form.action}?${query}`, { credentials: 'include' })
  if (!res.ok) {
    const json = (await res.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
    return json.errors?.[0]?.message ?? `The server answered ${res.status}.`
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${locale}.xlf`
  const a = document.createElement('a')
  a.href = URL.createObjectURL(await res.blob())
  a.download = name
  a.click()
  URL.revokeObjectURL(a.href)
  return null
}

/** The statuses ticked in the form, into its hidden `status` field. */
function pickStatuses(form: HTMLFormElement) {
  const picked = [...form.querySelectorAll<HTMLInputElement>('input[data-status]')]
    .filter((c) => c.checked)
    .map((c) => c.dataset.status)
  ;(form.elements.namedItem('status') as HTMLInputElement).value = picked.join(',')
}

/** "Download XLIFF": the units of the chosen statuses, in the chosen XLIFF version. */
function XliffDownload({
  apiRoute,
  report,
  locale,
  hasGlossary,
  onError,
}: Props & { onError: (e: string | null) => void }) {
  const download = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    onError(null)
    onError(await downloadFrom(e.currentTarget, locale))
  }
  return (
    <form method="get" action={`${apiRoute}/xliff/export`} style={row} onSubmit={download}>
      <input type="hidden" name="report" value={report} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="status" value={[...DEFAULT].join(',')} id={`xliff-status-${locale}`} />
      <span>Translation file ({locale}):</span>
      {STATUSES.map((s) => (
        <label key={s} style={{ whiteSpace: 'nowrap' }}>
          <input
            type="checkbox"
            defaultChecked={DEFAULT.has(s)}
            data-status={s}
            onChange={(e) => pickStatuses(e.currentTarget.form!)}
          />{' '}
          {s}
        </label>
      ))}
      <select name="format" defaultValue="1.2" aria-label="XLIFF version">
        <option value="1.2">XLIFF 1.2</option>
        <option value="2.1">XLIFF 2.1</option>
      </select>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        Download XLIFF
      </button>
      {hasGlossary ? <a href={`${apiRoute}/xliff/glossary?locale=${locale}`}>Glossary (TBX)</a> : null}
    </form>
  )
}

/** "Upload XLIFF" (or check it only), then the import's report. */
function XliffUpload({
  apiRoute,
  locale,
  onError,
}: {
  apiRoute: string
  locale: string
  onError: (e: string | null) => void
}) {
  const [file, setFile] = useState<File | null>(null)
  const [dryRun, setDryRun] = useState(false)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ImportReport | null>(null)
  const upload = async () => {
    if (!file) return
    setBusy(true)
    onError(null)
    setResult(null)
    try {
      const body = new FormData()
      body.append('file', file)
      const res = await fetch(`${apiRoute}/xliff/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        body,
        credentials: 'include',
      })
      const json = (await res.json().catch(() => ({}))) as ImportReport & { errors?: Array<{ message?: string }> }
      if (!res.ok) throw new Error(json.errors?.[0]?.message ?? `The server answered ${res.status}.`)
      setResult(json)
    } catch (e) {
      onError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <div style={row}>
        <input
          type="file"
          accept=".xlf,.xliff,.xml"
          aria-label={`XLIFF file for ${locale}`}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        <label>
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.currentTarget.checked)} /> check only
          (dry run)
        </label>
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          style={{ margin: 0 }}
          disabled={!file || busy}
          onClick={upload}
        >
          {busy ? 'Importing…' : 'Upload XLIFF'}
        </button>
      </div>
      {result ? <Result r={result} /> : null}
    </>
  )
}

/** Per locale on /admin/translations: "Download XLIFF" (with the status filter) and "Upload XLIFF" with its report. */
export function XliffPanel(props: Props) {
  const [error, setError] = useState<string | null>(null)
  return (
    <div
      data-testid={`xliff-panel-${props.locale}`}
      style={{
        margin: '8px 0 4px',
        padding: '8px 12px',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
      }}
    >
      <XliffDownload {...props} onError={setError} />
      <XliffUpload apiRoute={props.apiRoute} locale={props.locale} onError={setError} />
      {error ? (
        <p role="alert" style={bad}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

export default XliffPanel
