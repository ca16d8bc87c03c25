/** The progress of the running (or the last) publish: steps, the PDF of each language, downloads. */
import type { PublishProgress } from '../../job/progress'
import type { StatusResponse } from '../api/status'
import { ProblemList } from './CheckReport'
import { bad, box, good, muted, STEP_LABELS, STEP_ORDER, type LocaleLabel } from './shared'

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

function StepList({ p, finished }: { p: PublishProgress | null; finished: boolean }) {
  const reached = new Set((p?.steps ?? []).map((s) => s.step))
  return (
    <ol style={{ margin: '8px 0 0', paddingInlineStart: 18 }} aria-label="Steps">
      {STEP_ORDER.filter((s) => s !== 'queued' && s !== 'done').map((s) => {
        const current = !finished && p?.step === s
        const done = reached.has(s) && !current
        return (
          <li key={s} style={current ? { fontWeight: 600 } : done ? undefined : muted}>
            {STEP_LABELS[s]} {done ? '✓' : current ? '…' : ''}
            {s === 'media' && p?.media ? ` (${p.media.current}/${p.media.total})` : ''}
          </li>
        )
      })}
    </ol>
  )
}

function PdfProgress({
  p,
  finished,
  localeLabel,
}: {
  p: PublishProgress | null
  finished: boolean
  localeLabel: LocaleLabel
}) {
  const pdfEntries = Object.entries(p?.pdf ?? {})
  if (!pdfEntries.length) return null
  const pdfDone = pdfEntries.filter(([, v]) => v === 'done').length
  return (
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
  )
}

function Downloads({ downloads }: { downloads: StatusResponse['downloads'] }) {
  if (!downloads.length) return null
  return (
    <div data-testid="publish-downloads" style={{ marginTop: 12 }}>
      <h3 style={{ margin: 0, fontSize: 16 }}>Downloads</h3>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {downloads.map((d) => (
          <li key={d.url}>
            <a href={d.url} download>
              {d.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function Progress({ status, localeLabel }: { status: StatusResponse; localeLabel: LocaleLabel }) {
  const p = status.publication.progress
  const pub = status.publication
  const running = status.running
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
      <StepList p={p} finished={finished} />
      <PdfProgress p={p} finished={finished} localeLabel={localeLabel} />
      {pub.outcome === 'invalid' && pub.problems?.length ? <ProblemList problems={pub.problems} /> : null}
      <Downloads downloads={status.downloads} />
    </section>
  )
}
