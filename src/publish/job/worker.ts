/**
 * Publishing in a worker process (`npm run worker`), not in the web server.
 *
 * With FOLIO_PUBLISH_WORKER=external the web server only queues: POST /api/publications/publish
 * creates the record and the job (enqueue.ts) and nobody in the server runs it (no kick, no
 * autoRun). The worker polls the `publish` queue and runs one job at a time, the same task the
 * server would have run (run.ts); the PDF compiles it starts run at a lower CPU priority (render.ts).
 * After each job it checks its own resident memory: past FOLIO_WORKER_RECYCLE_MB it exits with
 * RECYCLE_EXIT, and scripts/worker.ts (the supervisor) starts a fresh one, so memory that a long
 * publish left behind is given back. Without the variable (tests, a single `next start`) the server
 * runs its jobs itself, as before.
 */
import type { Payload } from 'payload'

import { PUBLISH_QUEUE } from './queue'

/** The exit code of a worker that stops to be replaced (memory past the threshold). */
export const RECYCLE_EXIT = 75

export const publishRunsInWorker = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.FOLIO_PUBLISH_WORKER === 'external'

export interface WorkerOptions {
  /** Between polls of an empty queue, ms. */
  pollMs?: number
  /** Resident memory after which the worker stops to be replaced, bytes. */
  recycleBytes?: number
  /** Stop after this many jobs (tests). */
  maxJobs?: number
  signal?: AbortSignal
  log?: (line: string) => void
  rss?: () => number
}

export type WorkerStop = 'recycle' | 'stopped' | 'max-jobs'

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(t)
      resolve()
    })
  })

export const recycleBytesFromEnv = (env: NodeJS.ProcessEnv = process.env): number => {
  const mb = Number(env.FOLIO_WORKER_RECYCLE_MB)
  return (Number.isFinite(mb) && mb > 0 ? mb : 800) * 1024 * 1024
}

/** Runs queued publish jobs one at a time until stopped, recycled or done with maxJobs. */
export async function runWorker(payload: Payload, options: WorkerOptions = {}): Promise<WorkerStop> {
  const pollMs = options.pollMs ?? 2000
  const recycleBytes = options.recycleBytes ?? recycleBytesFromEnv()
  const rss = options.rss ?? (() => process.memoryUsage().rss)
  const log = options.log ?? (() => {})
  let jobs = 0
  while (!options.signal?.aborted) {
    let result: Awaited<ReturnType<Payload['jobs']['run']>>
    try {
      result = await payload.jobs.run({ queue: PUBLISH_QUEUE, limit: 1 })
    } catch (error) {
      // E.g. SQLITE_BUSY while another process (an import, a CLI publish) holds a long write
      // transaction: the queue is still there; try again at the next poll instead of dying.
      log(`polling the queue failed (${(error as Error).message.split('\n')[0]}); trying again`)
      await sleep(pollMs, options.signal)
      continue
    }
    const ran = Object.keys(result?.jobStatus ?? {}).length
    if (ran === 0) {
      await sleep(pollMs, options.signal)
      continue
    }
    jobs += ran
    const mb = Math.round(rss() / 1024 / 1024)
    log(`publish job done (${jobs} in this worker); resident memory ${mb} MB`)
    if (options.maxJobs !== undefined && jobs >= options.maxJobs) return 'max-jobs'
    if (rss() > recycleBytes) {
      log(`resident memory ${mb} MB is past ${Math.round(recycleBytes / 1024 / 1024)} MB: recycling this worker`)
      return 'recycle'
    }
  }
  return 'stopped'
}
