/**
 * Publishing from the admin: the `publishReport` task of Payload's jobs queue (issue 6).
 *
 * enqueuePublish() (called by POST /api/publications/publish) creates a `publications` record
 * with outcome `queued`, queues the task on the `publish` queue and starts it in the background of
 * the server (not inside the request). The task runs `publish()`, the function `npm run publish`
 * runs, with the PDF edition, into the releases folder (FOLIO_RELEASES_DIR), and writes its
 * progress into the record's `progress` field, which GET /api/publications/status/:id returns.
 * `jobs.autoRun` (payload.config.ts) runs a job that was left queued, e.g. by a restart.
 *
 * One publish per report at a time: enqueueing is refused while a queued or running publication of
 * the same report shows signs of life, and the writer's lock refuses a second writer anyway.
 */
import type { Payload, TaskConfig } from 'payload'

import { LOCALE_CODES } from '../locales'
import { publish, PublishArgumentError, PublishLockedError, type ProgressEvent } from './index'
import { pdfEdition } from './pdf/stage'
import { chainEditions, webEdition } from './editions/web/stage'
import { releasesDir } from './releases'
import type { BundleLocale } from './schema'

export const PUBLISH_QUEUE = 'publish'
export const PUBLISH_TASK = 'publishReport'

/** A running publication without a heartbeat for this long is taken as dead (its server stopped). */
export const STALE_AFTER_MS = 2 * 60_000
const HEARTBEAT_MS = 10_000
const MAX_STEPS = 60

export interface PublishJobInput {
  /** Report id. */
  report: string
  locales: BundleLocale[]
  /** 'auto' or X.Y.Z. */
  version: string
  allowIncomplete: boolean
  /** User id of who asked. */
  requestedBy: string | null
  /** Id of the `publications` record created when the job was queued. */
  publication: string
}

export type PublishState = 'queued' | 'running' | 'finished' | 'failed'
export type StepName = ProgressEvent['step'] | 'queued'

/** What the admin polls: stored in `publications.progress`. */
export interface PublishProgress {
  state: PublishState
  step: StepName
  message: string
  steps: Array<{ step: StepName; message: string; at: string }>
  /** Per locale: pending until its PDF is typeset. */
  pdf: Partial<Record<BundleLocale, 'pending' | 'done'>>
  media: { current: number; total: number } | null
  jobId: string | number | null
  queuedAt: string
  startedAt: string | null
  finishedAt: string | null
  heartbeatAt: string
}

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

type Loose = {
  find(args: Record<string, unknown>): Promise<{ docs: Array<Record<string, unknown>> }>
  findByID(args: Record<string, unknown>): Promise<Record<string, unknown>>
  create(args: Record<string, unknown>): Promise<Record<string, unknown>>
  update(args: Record<string, unknown>): Promise<Record<string, unknown>>
}
const loose = (payload: Payload) => payload as unknown as Loose

const now = () => new Date().toISOString()
/** Ids travel as text in the job input; SQLite ids are numbers. */
const idOf = (v: string | number): string | number => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)

/** Is this queued/running publication still alive? (heartbeat recent, or queued with its job still waiting) */
export function isLive(publication: { outcome?: unknown; progress?: unknown }, at = Date.now()): boolean {
  if (publication.outcome !== 'queued' && publication.outcome !== 'running') return false
  const p = publication.progress as Partial<PublishProgress> | null | undefined
  const beat = Date.parse(p?.heartbeatAt ?? '')
  // Queued jobs are run within a minute by autoRun; give them the same grace as a heartbeat.
  return Number.isFinite(beat) && at - beat < STALE_AFTER_MS
}

/** The queued or running (live) publication of a report, if any. */
export async function activePublication(
  payload: Payload,
  reportId: string | number,
): Promise<Record<string, unknown> | null> {
  const { docs } = await loose(payload).find({
    collection: 'publications',
    where: { and: [{ report: { equals: reportId } }, { outcome: { in: ['queued', 'running'] } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 5,
    overrideAccess: true,
  })
  return docs.find((d) => isLive(d)) ?? null
}

/**
 * Publications left queued or running without a heartbeat (their server stopped) become errors, so
 * the list tells the truth; their job, if it ever runs, then finds them done and does nothing.
 */
export async function closeInterrupted(payload: Payload, reportId: string | number): Promise<number> {
  const { docs } = await loose(payload).find({
    collection: 'publications',
    where: { and: [{ report: { equals: reportId } }, { outcome: { in: ['queued', 'running'] } }] },
    depth: 0,
    limit: 20,
    overrideAccess: true,
  })
  const dead = docs.filter((d) => !isLive(d))
  for (const d of dead) {
    const p = (d.progress as PublishProgress | null) ?? null
    const message = `Interrupted: no sign of life since ${p?.heartbeatAt ?? 'it was queued'} (the server stopped during the publish). Nothing was published; publish again.`
    await loose(payload).update({
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
const enqueueChain = ((globalThis as Record<symbol, unknown>)[Symbol.for('folio.publishEnqueue')] ??= {
  tail: Promise.resolve(),
}) as { tail: Promise<unknown> }
// Publications being run by this process (the request's kick and the autoRun cron may both pick a job).
const runningHere = ((globalThis as Record<symbol, unknown>)[Symbol.for('folio.publishRunning')] ??=
  new Set<string>()) as Set<string>

export interface EnqueueInput {
  report: string | number
  locales?: BundleLocale[]
  version?: string
  allowIncomplete?: boolean
  user: { id: string | number; email?: string | null }
}

/**
 * Creates the `publications` record (queued), queues the task and starts it without waiting.
 * Access is the caller's business (the endpoint checks roles; the queue checks `jobs.access.queue`
 * when `req` is given). Throws PublishBusyError when the report is being published.
 */
export async function enqueuePublish(
  payload: Payload,
  input: EnqueueInput,
  options: { req?: Parameters<Payload['jobs']['queue']>[0]['req']; start?: boolean } = {},
): Promise<{ publication: string | number; job: string | number }> {
  const run = async () => {
    const report = await loose(payload)
      .findByID({
        collection: 'reports',
        id: idOf(input.report),
        depth: 0,
        draft: true,
        overrideAccess: true,
        locale: 'en',
      })
      .catch(() => null)
    if (!report) throw new PublishArgumentError(`No report with id ${input.report}.`)
    await closeInterrupted(payload, report.id as string | number)
    const active = await activePublication(payload, report.id as string | number)
    if (active) {
      const p = active.progress as Partial<PublishProgress> | null
      throw new PublishBusyError(
        `A publish of ${String(report.slug)} is already running (publication ${String(active.id)}, ${active.outcome}${p?.queuedAt ? ` since ${p.queuedAt}` : ''}): wait for it to finish.`,
        active.id as string | number,
      )
    }
    const locales = input.locales?.length ? input.locales : ([...LOCALE_CODES] as BundleLocale[])
    const version = input.version ?? 'auto'
    const at = now()
    const progress: PublishProgress = {
      state: 'queued',
      step: 'queued',
      message: 'Waiting to start',
      steps: [
        {
          step: 'queued',
          message: `Queued: ${locales.join(', ')}, version ${version}${input.allowIncomplete ? ', incomplete allowed' : ''}`,
          at,
        },
      ],
      pdf: Object.fromEntries(locales.map((l) => [l, 'pending'])),
      media: null,
      jobId: null,
      queuedAt: at,
      startedAt: null,
      finishedAt: null,
      heartbeatAt: at,
    }
    const publication = await loose(payload).create({
      collection: 'publications',
      overrideAccess: true,
      depth: 0,
      data: {
        title: `${String(report.slug)} (publishing)`,
        report: report.id,
        reportSlug: report.slug,
        outcome: 'queued',
        locales,
        publishedBy: input.user.id,
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
    const job = (await payload.jobs.queue({
      task: PUBLISH_TASK,
      queue: PUBLISH_QUEUE,
      input: jobInput,
      ...(options.req ? { req: options.req, overrideAccess: false } : {}),
    } as never)) as { id: string | number }
    await loose(payload).update({
      collection: 'publications',
      id: publication.id,
      overrideAccess: true,
      depth: 0,
      data: { job: String(job.id), progress: { ...progress, jobId: job.id } },
    })
    return { publication: publication.id as string | number, job: job.id as string | number }
  }
  const result = enqueueChain.tail.then(run, run)
  enqueueChain.tail = result.catch(() => undefined)
  const queued = await result
  if (options.start !== false) startPublishJob(payload, queued.job)
  return queued
}

/** Runs a queued publish job in the background of this process (never awaited by a request). */
export function startPublishJob(payload: Payload, jobId: string | number): void {
  // jobs.run with a where (not runByID) only takes the job while it is still unclaimed.
  void payload.jobs
    .run({ queue: PUBLISH_QUEUE, where: { id: { equals: jobId } }, limit: 1 })
    .catch((err: unknown) => payload.logger.error({ err, msg: `Publish job ${String(jobId)} could not be run` }))
}

/** Writes progress into the publication record, one write at a time, the latest state winning. */
class ProgressRecorder {
  private writing: Promise<void> | null = null
  private dirty = false
  private pendingExtra: Record<string, unknown> = {}
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly payload: Payload,
    private readonly id: string | number,
    readonly progress: PublishProgress,
  ) {}

  startHeartbeat() {
    this.timer = setInterval(() => this.save(), HEARTBEAT_MS)
    this.timer.unref?.()
  }

  event(e: ProgressEvent) {
    const p = this.progress
    p.step = e.step
    p.message = e.message
    if (e.step === 'media') p.media = { current: e.current, total: e.total }
    if (e.step === 'pdf' && e.locale) p.pdf[e.locale] = 'done'
    const last = p.steps[p.steps.length - 1]
    // Document and image counts replace each other; every other event is kept.
    if ((e.step === 'media' || e.step === 'collect') && last?.step === e.step)
      p.steps[p.steps.length - 1] = { step: e.step, message: e.message, at: now() }
    else p.steps.push({ step: e.step, message: e.message, at: now() })
    if (p.steps.length > MAX_STEPS) p.steps.splice(1, p.steps.length - MAX_STEPS)
    this.save()
  }

  save(extra: Record<string, unknown> = {}): Promise<void> {
    this.progress.heartbeatAt = now()
    this.pendingExtra = { ...this.pendingExtra, ...extra }
    if (this.writing) {
      this.dirty = true
      return this.writing
    }
    const write = async (): Promise<void> => {
      do {
        this.dirty = false
        const data = { ...this.pendingExtra, progress: JSON.parse(JSON.stringify(this.progress)) }
        this.pendingExtra = {}
        try {
          await loose(this.payload).update({
            collection: 'publications',
            id: this.id,
            overrideAccess: true,
            depth: 0,
            data,
          })
        } catch (err) {
          this.payload.logger.warn({ err, msg: `Could not record the progress of publication ${String(this.id)}` })
        }
      } while (this.dirty)
      this.writing = null
    }
    this.writing = write()
    return this.writing
  }

  async finish(state: 'finished' | 'failed', message: string, extra: Record<string, unknown> = {}) {
    if (this.timer) clearInterval(this.timer)
    await this.writing
    const p = this.progress
    p.state = state
    p.step = 'done'
    p.message = message
    p.finishedAt = now()
    const last = p.steps[p.steps.length - 1]
    if (!(last?.step === 'done' && last.message === message)) p.steps.push({ step: 'done', message, at: p.finishedAt })
    await this.save(extra)
  }
}

export interface PublishJobOutput {
  publication: string
  outcome: string
  version: string | null
  summary: string
}

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
    const publicationId = idOf(input.publication)
    const record = await loose(payload).findByID({
      collection: 'publications',
      id: publicationId,
      depth: 0,
      overrideAccess: true,
    })
    if (record.outcome !== 'queued' && record.outcome !== 'running') {
      return {
        publication: input.publication,
        outcome: String(record.outcome),
        version: (record.version as string) ?? null,
        summary: 'Already done.',
      }
    }
    const previous = (record.progress as PublishProgress | null) ?? null
    const at = now()
    const progress: PublishProgress = {
      state: 'running',
      step: 'collect',
      message: 'Starting',
      steps: [
        ...(previous?.steps ?? []),
        {
          step: 'queued',
          message: previous?.startedAt ? 'Started again (the previous attempt was interrupted)' : 'Started',
          at,
        },
      ],
      pdf: Object.fromEntries(input.locales.map((l) => [l, 'pending'])),
      media: null,
      jobId,
      queuedAt: previous?.queuedAt ?? at,
      startedAt: at,
      finishedAt: null,
      heartbeatAt: at,
    }
    const recorder = new ProgressRecorder(payload, publicationId, progress)
    await recorder.save({ outcome: 'running', summary: 'Running.' })
    recorder.startHeartbeat()

    const user = input.requestedBy
      ? ((await loose(payload)
          .findByID({ collection: 'users', id: idOf(input.requestedBy), depth: 0, overrideAccess: true })
          .catch(() => null)) as { id: string | number; email?: string } | null)
      : null
    const report = await loose(payload).findByID({
      collection: 'reports',
      id: idOf(input.report),
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
      return {
        publication: input.publication,
        outcome: result.status,
        version: result.version,
        summary: result.summary,
      }
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
  } finally {
    runningHere.delete(key)
  }
}

/** The task for `jobs.tasks` in payload.config.ts. */
export const publishReportTask: TaskConfig<{ input: PublishJobInput; output: PublishJobOutput }> = {
  slug: PUBLISH_TASK,
  label: 'Publish a report',
  retries: 0,
  inputSchema: [
    { name: 'report', type: 'text', required: true },
    { name: 'locales', type: 'json', required: true },
    { name: 'version', type: 'text', required: true },
    { name: 'allowIncomplete', type: 'checkbox', required: true },
    { name: 'requestedBy', type: 'text' },
    { name: 'publication', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'publication', type: 'text', required: true },
    { name: 'outcome', type: 'text', required: true },
    { name: 'version', type: 'text' },
    { name: 'summary', type: 'textarea', required: true },
  ],
  handler: async ({ input, job, req }) => ({ output: await runPublishJob(req.payload, input, job.id) }),
}
