/** The `publishReport` task's work: runs publish() for a queued publication, recording its progress. */
import type { Payload } from 'payload'

import { dbId } from '../../model/ids'
import { pdfEdition } from '../editions/pdf/stage'
import { chainEditions, webEdition } from '../editions/web/stage'
import { PublishArgumentError, PublishRunningError } from '../errors'
import type { ProgressEvent } from '../events'
import { publish } from '../index'
import { releasesDir } from '../release/folder'
import { PublishLockedError } from '../release/lock'
import { freshProgress, now, ProgressRecorder, progressOf } from './progress'
import { LeaseHeldError, thisProcess, withLease } from './lease'
import type { PublishJobInput, PublishJobOutput } from './queue'

/**
 * The task's work: runs publish() for a queued publication and records its progress and outcome.
 * Exactly once across processes and app instances: the run holds the publication's lease
 * (`publication:<id>`, lease.ts); a second runner of the same job (the request's kick and autoRun,
 * here or on another instance) is refused it and does nothing, and one that gets it after the first
 * finished finds the record done.
 */
export async function runPublishJob(
  payload: Payload,
  input: PublishJobInput,
  jobId: string | number | null,
): Promise<PublishJobOutput> {
  const key = `publication:${String(input.publication)}`
  try {
    return await withLease(payload, key, { holder: `job ${String(jobId)} (${thisProcess()})` }, () =>
      runClaimed(payload, input, jobId),
    )
  } catch (e) {
    if (!(e instanceof LeaseHeldError) || e.held.key !== key) throw e
    return {
      publication: input.publication,
      outcome: 'running',
      version: null,
      summary: `Already running: ${e.message}.`,
    }
  }
}

async function runClaimed(payload: Payload, input: PublishJobInput, jobId: string | number | null) {
  const publicationId = dbId(input.publication)
  const record = await payload.findByID({
    collection: 'publications',
    id: publicationId,
    depth: 0,
    overrideAccess: true,
  })
  if (record.outcome !== 'queued' && record.outcome !== 'running') {
    const version = record.version ?? null
    return { publication: input.publication, outcome: String(record.outcome), version, summary: 'Already done.' }
  }
  const recorder = await startRecording(payload, publicationId, progressOf(record), input, jobId)
  return runRecorded(payload, input, publicationId, recorder)
}

/** The record says `running`, with a fresh progress (the steps of an interrupted attempt kept). */
async function startRecording(
  payload: Payload,
  publicationId: string | number,
  previous: ReturnType<typeof progressOf>,
  input: PublishJobInput,
  jobId: string | number | null,
): Promise<ProgressRecorder> {
  const at = now()
  const started = previous?.startedAt ? 'Started again (the previous attempt was interrupted)' : 'Started'
  const progress = freshProgress('running', input.locales, {
    step: 'collect',
    message: 'Starting',
    steps: [...(previous?.steps ?? []), { step: 'queued', message: started, at }],
    jobId,
    queuedAt: previous?.queuedAt ?? at,
    startedAt: at,
    heartbeatAt: at,
  })
  const recorder = new ProgressRecorder(payload, publicationId, progress)
  await recorder.save({ outcome: 'running', summary: 'Running.' })
  recorder.startHeartbeat()
  return recorder
}

async function runRecorded(
  payload: Payload,
  input: PublishJobInput,
  publicationId: string | number,
  recorder: ProgressRecorder,
): Promise<PublishJobOutput> {
  const user = input.requestedBy
    ? await payload
        .findByID({ collection: 'users', id: dbId(input.requestedBy), depth: 0, overrideAccess: true })
        .catch(() => null)
    : null
  const report = await payload.findByID({
    collection: 'reports',
    id: dbId(input.report),
    depth: 0,
    draft: true,
    overrideAccess: true,
    locale: 'en',
  })
  const onProgress = (e: ProgressEvent) => recorder.event(e)
  try {
    const result = await publish(payload, {
      report: String(report.slug ?? report.year),
      locales: input.locales,
      version: input.version || 'auto',
      allowIncomplete: input.allowIncomplete,
      out: releasesDir(),
      user: user ? { id: user.id, email: user.email ?? null } : null,
      holder: `${user?.email ?? 'the admin'}, publication ${String(publicationId)}`,
      publicationId,
      onProgress,
      beforeRecord: ({ failed, message }) => recorder.closing(failed ? 'failed' : 'finished', message),
      beforeManifest: chainEditions(pdfEdition({ onProgress }), webEdition({ onProgress })),
    })
    const failed = result.status === 'invalid'
    await recorder.finish(failed ? 'failed' : 'finished', result.summary.split('\n')[0])
    return { publication: input.publication, outcome: result.status, version: result.version, summary: result.summary }
  } catch (error) {
    const message =
      error instanceof PublishLockedError
        ? `A publish of this report is already running: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error)
    // publish() records other errors itself; argument errors (bad version, unknown report) and a
    // refusal (another publish holds the report's lease) are ours.
    const extra =
      error instanceof PublishArgumentError || error instanceof PublishRunningError
        ? { outcome: 'error', summary: message, title: `${String(report.slug)} error` }
        : {}
    await recorder.finish('failed', message, extra)
    throw error
  }
}
