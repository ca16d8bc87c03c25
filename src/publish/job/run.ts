/** The `publishReport` task's work: runs publish() for a queued publication, recording its progress. */
import type { Payload } from 'payload'

import { dbId } from '../../model/ids'
import { pdfEdition } from '../editions/pdf/stage'
import { chainEditions, webEdition } from '../editions/web/stage'
import { PublishArgumentError } from '../errors'
import type { ProgressEvent } from '../events'
import { publish } from '../index'
import { releasesDir } from '../release/folder'
import { PublishLockedError } from '../release/lock'
import { freshProgress, now, ProgressRecorder, progressOf } from './progress'
import { processGlobal, type PublishJobInput, type PublishJobOutput } from './queue'

// Publications being run by this process (the request's kick and the autoRun cron may both pick a job).
const runningHere = processGlobal('folio.publishRunning', () => new Set<string>())

/** The task's work: runs publish() for a queued publication and records its progress and outcome. */
export async function runPublishJob(
  payload: Payload,
  input: PublishJobInput,
  jobId: string | number | null,
): Promise<PublishJobOutput> {
  const key = String(input.publication)
  if (runningHere.has(key))
    return {
      publication: input.publication,
      outcome: 'running',
      version: null,
      summary: 'Already running in this server.',
    }
  runningHere.add(key)
  try {
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
    return await runRecorded(payload, input, publicationId, recorder)
  } finally {
    runningHere.delete(key)
  }
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
      publicationId,
      onProgress,
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
    // publish() records other errors itself; argument errors (bad version, unknown report) are ours.
    const extra =
      error instanceof PublishArgumentError
        ? { outcome: 'error', summary: message, title: `${String(report.slug)} error` }
        : {}
    await recorder.finish('failed', message, extra)
    throw error
  }
}
