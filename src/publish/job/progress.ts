/** A publish's progress as the admin polls it: stored in `publications.progress`, with a heartbeat. */
import type { Payload } from 'payload'

import type { BundleLocale } from '../bundle/schema'
import type { ProgressEvent } from '../events'
import { leaseMs } from './lease'

/**
 * A running publication without a heartbeat for one lease (FOLIO_PUBLISH_LEASE_MS, see lease.ts) is
 * taken as dead: its process stopped. A queued one gets two minutes at least (autoRun runs a job
 * left queued within a minute).
 */
export const staleAfterMs = (state: 'queued' | 'running'): number =>
  state === 'queued' ? Math.max(2 * 60_000, leaseMs()) : leaseMs()
/** Beats at least three times per lease. */
const heartbeatMs = () => Math.min(10_000, Math.floor(leaseMs() / 3))
const MAX_STEPS = 60

export type PublishState = 'queued' | 'running' | 'finished' | 'failed'
export type StepName = ProgressEvent['step'] | 'queued'

/** What the admin polls: stored in `publications.progress`. */
export type PublishProgress = {
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

export const now = () => new Date().toISOString()

/** The progress of a publication stored by this module (null when there is none). */
export const progressOf = (publication: { progress?: unknown }): PublishProgress | null =>
  (publication.progress as PublishProgress | null | undefined) ?? null

/** Is this queued/running publication still alive? (heartbeat recent, or queued with its job still waiting) */
export function isLive(publication: { outcome?: unknown; progress?: unknown }, at = Date.now()): boolean {
  if (publication.outcome !== 'queued' && publication.outcome !== 'running') return false
  const beat = Date.parse(progressOf(publication)?.heartbeatAt ?? '')
  return Number.isFinite(beat) && at - beat < staleAfterMs(publication.outcome)
}

/** The progress of a publish just queued or started: one step, every PDF pending. */
export function freshProgress(
  state: 'queued' | 'running',
  locales: BundleLocale[],
  fields: Pick<PublishProgress, 'step' | 'message' | 'steps' | 'jobId' | 'queuedAt' | 'startedAt' | 'heartbeatAt'>,
): PublishProgress {
  return {
    state,
    ...fields,
    pdf: Object.fromEntries(locales.map((l) => [l, 'pending'])),
    media: null,
    finishedAt: null,
  }
}

type PublicationData = Record<string, unknown>

/** Writes progress into the publication record, one write at a time, the latest state winning. */
export class ProgressRecorder {
  private writing: Promise<void> | null = null
  private dirty = false
  private pendingExtra: PublicationData = {}
  private timer: NodeJS.Timeout | null = null
  private paused = false

  constructor(
    private readonly payload: Payload,
    private readonly id: string | number,
    readonly progress: PublishProgress,
  ) {}

  startHeartbeat() {
    this.timer = setInterval(() => this.save(), heartbeatMs())
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

  /**
   * Stops writing until finish(): publish() records the outcome in the same row, and Payload writes
   * a whole row from what it read, so a progress write in flight would put `running` back (on
   * PostgreSQL, where writes run side by side).
   */
  async pause(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.paused = true
    await this.writing
  }

  save(extra: PublicationData = {}): Promise<void> {
    if (this.paused) return this.writing ?? Promise.resolve()
    this.progress.heartbeatAt = now()
    this.pendingExtra = { ...this.pendingExtra, ...extra }
    if (this.writing) {
      this.dirty = true
      return this.writing
    }
    this.writing = this.write()
    return this.writing
  }

  private async write(): Promise<void> {
    do {
      this.dirty = false
      const data = { ...this.pendingExtra, progress: JSON.parse(JSON.stringify(this.progress)) }
      this.pendingExtra = {}
      try {
        await this.payload.update({ collection: 'publications', id: this.id, overrideAccess: true, depth: 0, data })
      } catch (err) {
        this.payload.logger.warn({ err, msg: `Could not record the progress of publication ${String(this.id)}` })
      }
    } while (this.dirty)
    this.writing = null
  }

  /**
   * The final progress, not written: pauses, then returns it for the caller to write with the
   * outcome (publish()'s beforeRecord). finish() afterwards writes it again, changing nothing.
   */
  async closing(state: 'finished' | 'failed', message: string): Promise<PublicationData> {
    await this.pause()
    this.close(state, message)
    return { progress: JSON.parse(JSON.stringify(this.progress)) }
  }

  async finish(state: 'finished' | 'failed', message: string, extra: PublicationData = {}) {
    await this.pause()
    this.paused = false
    this.close(state, message)
    await this.save(extra)
  }

  private close(state: 'finished' | 'failed', message: string) {
    const p = this.progress
    p.state = state
    p.step = 'done'
    p.message = message
    p.finishedAt ??= now()
    const last = p.steps[p.steps.length - 1]
    if (!(last?.step === 'done' && last.message === message)) p.steps.push({ step: 'done', message, at: p.finishedAt })
  }
}
