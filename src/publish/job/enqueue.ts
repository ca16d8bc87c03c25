/** Queuing a publish from the admin: the `publications` record, the job, and "one at a time". */
import type { Payload } from 'payload'

import type { Publication, Report } from '../../../payload-types'
import { LOCALE_CODES } from '../../model/locales'
import type { BundleLocale } from '../bundle/schema'
import { reportById } from '../collect/report'
import { PublishArgumentError } from '../errors'
import { freshProgress, isLive, now, progressOf } from './progress'
import { LeaseHeldError, thisProcess, withLease } from './lease'
import { PUBLISH_QUEUE, PUBLISH_TASK, type PublishJobInput } from './queue'
import { publishRunsInWorker } from './worker'

export class PublishBusyError extends Error {
  readonly status = 409
  constructor(
    message: string,
    readonly publicationId: string | number,
  ) {
    super(message)
    this.name = 'PublishBusyError'
  }
}

/** The queued or running publications of a report (null: of every report), newest first. */
const openPublications = async (
  payload: Payload,
  reportId: string | number | null,
  limit: number,
  newestFirst: boolean,
) =>
  (
    await payload.find({
      collection: 'publications',
      where: {
        and: [
          ...(reportId === null ? [] : [{ report: { equals: reportId } }]),
          { outcome: { in: ['queued', 'running'] } },
        ],
      },
      ...(newestFirst ? { sort: '-createdAt' } : {}),
      depth: 0,
      limit,
      overrideAccess: true,
    })
  ).docs

/** The queued or running (live) publication of a report, if any. */
export async function activePublication(payload: Payload, reportId: string | number): Promise<Publication | null> {
  return (await openPublications(payload, reportId, 5, true)).find((d) => isLive(d)) ?? null
}

/**
 * Publications left queued or running without a heartbeat for a lease (their process died: see
 * progress.ts) become errors, so the list tells the truth and the next publish is not blocked; their
 * job is closed as failed too, and if it ever runs it finds them done and does nothing. Run for the
 * report before every enqueue, and for every report when a server starts (`reportId` null).
 */
export async function closeInterrupted(payload: Payload, reportId: string | number | null): Promise<number> {
  const dead = (await openPublications(payload, reportId, 20, false)).filter((d) => !isLive(d))
  for (const d of dead) {
    const p = progressOf(d)
    const message = `Interrupted: no sign of life since ${p?.heartbeatAt ?? 'it was queued'} (the server stopped during the publish). Nothing was published; publish again.`
    await payload.update({
      collection: 'publications',
      id: d.id,
      overrideAccess: true,
      depth: 0,
      data: {
        outcome: 'error',
        summary: message,
        ...(p ? { progress: { ...p, state: 'failed', step: 'done', message } } : {}),
      },
    })
    if (p?.jobId != null) await closeJob(payload, p.jobId, message)
  }
  return dead.length
}

/** The interrupted publication's job: no longer processing, failed with the same message. */
async function closeJob(payload: Payload, id: string | number, message: string): Promise<void> {
  await payload
    .update({
      collection: 'payload-jobs',
      id,
      overrideAccess: true,
      depth: 0,
      data: { processing: false, hasError: true, completedAt: now(), error: { message } },
    })
    .catch((err: unknown) => payload.logger.warn({ err, msg: `Could not close publish job ${String(id)}` }))
}

/**
 * One enqueue of a report at a time in every process and instance (the lease `enqueue:<report id>`,
 * held for the few queries of the check and the record), so two clicks cannot both pass the
 * "already running" check. Its holder is only ever busy for milliseconds: wait for it a little.
 */
async function oneEnqueueAtATime<T>(payload: Payload, reportId: string | number, fn: () => Promise<T>): Promise<T> {
  const options = { holder: `an enqueue (${thisProcess()})`, ttlMs: 15_000 }
  for (let attempt = 0; ; attempt++) {
    try {
      return await withLease(payload, `enqueue:${String(reportId)}`, options, fn)
    } catch (e) {
      if (!(e instanceof LeaseHeldError) || attempt >= 50) throw e
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

export interface EnqueueInput {
  report: string | number
  locales?: BundleLocale[]
  version?: string
  allowIncomplete?: boolean
  user: { id: string | number; email?: string | null }
}

type QueueArgs = Parameters<Payload['jobs']['queue']>[0]

/**
 * Creates the `publications` record (queued), queues the task and starts it without waiting.
 * Access is the caller's business (the endpoint checks roles; the queue checks `jobs.access.queue`
 * when `req` is given). Throws PublishBusyError when the report is being published.
 */
export async function enqueuePublish(
  payload: Payload,
  input: EnqueueInput,
  options: { req?: QueueArgs['req']; start?: boolean } = {},
): Promise<{ publication: string | number; job: string | number }> {
  const report = await reportById(payload, input.report)
  if (!report) throw new PublishArgumentError(`No report with id ${input.report}.`)
  const queued = await oneEnqueueAtATime(payload, report.id, async () => {
    await closeInterrupted(payload, report.id)
    const active = await activePublication(payload, report.id)
    if (active) {
      const queuedAt = progressOf(active)?.queuedAt
      throw new PublishBusyError(
        `A publish of ${String(report.slug)} is already running (publication ${String(active.id)}, ${active.outcome}${queuedAt ? ` since ${queuedAt}` : ''}): wait for it to finish.`,
        active.id,
      )
    }
    return queue(payload, report, input, options.req)
  })
  if (options.start !== false && !publishRunsInWorker()) startPublishJob(payload, queued.job)
  return queued
}

/** The record (queued), then the job, then the job's id in the record. */
async function queue(payload: Payload, report: Report, input: EnqueueInput, req: QueueArgs['req']) {
  const locales = input.locales?.length ? input.locales : ([...LOCALE_CODES] as BundleLocale[])
  const version = input.version ?? 'auto'
  const at = now()
  const incomplete = input.allowIncomplete ? ', incomplete allowed' : ''
  const progress = freshProgress('queued', locales, {
    step: 'queued',
    message: 'Waiting to start',
    steps: [{ step: 'queued', message: `Queued: ${locales.join(', ')}, version ${version}${incomplete}`, at }],
    jobId: null,
    queuedAt: at,
    startedAt: null,
    heartbeatAt: at,
  })
  const publication = await payload.create({
    collection: 'publications',
    overrideAccess: true,
    depth: 0,
    data: {
      title: `${String(report.slug)} (publishing)`,
      report: report.id,
      reportSlug: report.slug,
      outcome: 'queued',
      locales,
      publishedBy: input.user.id as number,
      requestedVersion: version,
      allowIncomplete: Boolean(input.allowIncomplete),
      summary: 'Queued.',
      progress,
    },
  })
  const jobInput: PublishJobInput = {
    report: String(report.id),
    locales,
    version,
    allowIncomplete: Boolean(input.allowIncomplete),
    requestedBy: String(input.user.id),
    publication: String(publication.id),
  }
  const job = await payload.jobs.queue({
    task: PUBLISH_TASK,
    queue: PUBLISH_QUEUE,
    input: jobInput,
    ...(req ? { req, overrideAccess: false } : {}),
  })
  await payload.update({
    collection: 'publications',
    id: publication.id,
    overrideAccess: true,
    depth: 0,
    data: { job: String(job.id), progress: { ...progress, jobId: job.id } },
  })
  return { publication: publication.id, job: job.id }
}

/** Runs a queued publish job in the background of this process (never awaited by a request). */
export function startPublishJob(payload: Payload, jobId: string | number): void {
  // jobs.run with a where (not runByID) only takes the job while it is still unclaimed.
  void payload.jobs
    .run({ queue: PUBLISH_QUEUE, where: { id: { equals: jobId } }, limit: 1 })
    .catch((err: unknown) => payload.logger.error({ err, msg: `Publish job ${String(jobId)} could not be run` }))
}
