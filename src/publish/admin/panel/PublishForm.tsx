/** The choices of the publish panel (report, languages, version, incomplete) and its buttons. */
import type { PanelProps, Panel } from './usePublishPanel'
import { bad, buttonClass, muted } from './shared'

type Part = { panel: Panel; props: PanelProps }

function ReportField({ panel, props }: Part) {
  const { report, chooseReport, running } = panel
  const { reports } = props
  return (
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
  )
}

function LanguagesField({ panel, props }: Part) {
  const { running, chosen, setChosen } = panel
  const { locales } = props
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} disabled={running}>
      <legend style={{ fontWeight: 600, padding: 0 }}>Languages</legend>
      {locales.map((l) => (
        <label key={l.code} style={{ marginInlineEnd: 12, whiteSpace: 'nowrap' }}>
          <input
            type="checkbox"
            data-testid={`publish-locale-${l.code}`}
            checked={chosen.includes(l.code)}
            onChange={(e) => setChosen((c) => (e.target.checked ? [...c, l.code] : c.filter((x) => x !== l.code)))}
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
  )
}

function VersionField({ panel }: Part) {
  const { running, versionMode, setVersionMode, versionText, setVersionText, versionError } = panel
  return (
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
  )
}

function IncompleteField({ panel, props }: Part) {
  const { incomplete, setIncomplete, running } = panel
  if (!props.mayPublishIncomplete) return null
  return (
    <div style={{ marginTop: 12 }}>
      <label>
        <input
          type="checkbox"
          data-testid="publish-incomplete"
          checked={incomplete}
          onChange={(e) => setIncomplete(e.target.checked)}
          disabled={running}
        />{' '}
        Publish incomplete: use the English text where a translation is not approved (admins only; the bundle lists
        these fallbacks)
      </label>
    </div>
  )
}

/** What stands between the user and Publish, or that it is ready. */
function hint({ panel, props }: Part): string {
  const { busy, running, versionError, chosen, checkValid, check, incomplete } = panel
  const { mayPublish, mayPublishIncomplete, reports } = props
  const selected = reports.find((r) => String(r.id) === panel.report)
  if (busy === 'check') return 'Checking…'
  if (busy === 'publish') return 'Queuing the publish…'
  if (running) return 'A publish of this report is running.'
  if (!mayPublish) return 'Only admins and reviewers may publish.'
  if (versionError || chosen.length === 0) return 'Fix the choices above to continue.'
  if (!checkValid && !(mayPublishIncomplete && incomplete)) return 'Run the check to enable Publish.'
  if (checkValid && !check!.ok && !incomplete)
    return 'Fix the problems (or, as an admin, publish incomplete) to enable Publish.'
  return `Ready to publish ${selected?.title ?? ''}.`
}

function Actions(part: Part) {
  const { canSubmit, busy, running, runCheck, runPublish, publishEnabled } = part.panel
  const { mayPublish } = part.props
  return (
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
        {hint(part)}
      </span>
    </div>
  )
}

export function PublishForm(part: Part) {
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label="Publish a report">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        <ReportField {...part} />
        <LanguagesField {...part} />
        <VersionField {...part} />
      </div>
      <IncompleteField {...part} />
      <Actions {...part} />
    </form>
  )
}
