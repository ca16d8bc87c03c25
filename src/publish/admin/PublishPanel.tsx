'use client'
import { CheckReport } from './panel/CheckReport'
import { Progress } from './panel/Progress'
import { PublishForm } from './panel/PublishForm'
import { bad, muted } from './panel/shared'
import { usePublishPanel, type PanelProps } from './panel/usePublishPanel'

export type { ReportOption } from './panel/usePublishPanel'

/**
 * The client part of /admin/publish (see PublishView): the choices and buttons (panel/PublishForm),
 * the readiness report of the last check (panel/CheckReport), the progress of the running or last
 * publish (panel/Progress); state and requests in panel/usePublishPanel.
 */
export function PublishPanel(props: PanelProps) {
  const panel = usePublishPanel(props)
  const { check, checkValid, status, error, localeLabel } = panel
  return (
    <div>
      <p style={muted}>
        Publishing exports the <strong>approved</strong> content of a report as a new version: the PDF edition in each
        language and the JSON bundle. Run the check first; it lists what is missing, stale or invalid, with a link to
        fix each item.
      </p>
      <PublishForm panel={panel} props={props} />
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
