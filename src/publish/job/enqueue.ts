/** Queuing a publish from the admin: the `publications` record, the job, and "one at a time". */
import type { Payload } from 'payload'

import type { Publication, Report } from '../../../payload-types'
import { LOCALE_CODES } from '../../model/locales'
import type { BundleLocale } from '../bundle/schema'
import { reportById } from '../collect/report'
import { PublishArgumentError } from '../errors'
import { freshProgress, isLive, now, progressOf } from './progress'
import { processGlobal, PUBLISH_QUEUE, PUBLISH_TASK, type PublishJobInput } from './queue'
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

/** The queued or running publications of a report, newest first. */
const openPublications = async (payload: Payload, reportId: string | number, limit: number, newestFirst: boolean) =>
  (
    await payload.find({
      collection: 'publications',
      where: { and: [{ report: { equals: reportId } }, { outcome: { in: ['queued', 'running'] } }] },
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
 * Publications left queued or running without a heartbeat (their server stopped) become errors, so
 * the list tells the truth; their job, if it ever runs, then finds them done and does nothing.
 */
export async function closeInterrupted(payload: Payload, reportId: string | number): Promise<number> {
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
  }
  return dead.length
}

// One enqueue at a time in this process, so two clicks cannot both pass the "already running" check.
const enqueueChain = processGlobal('folio.publishEnqueue', () => ({ tail: Promise.resolve() as Promise<unknown> }))

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
  const run = async () => {
    const report = await reportById(payload, input.report)
    if (!report) throw new PublishArgumentError(`No report with id ${input.report}.`)
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
  }
  const result = enqueueChain.tail.then(run, run)
  enqueueChain.tail = result.catch(() => undefined)
  const queued = await result
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
