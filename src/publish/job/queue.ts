/**
 * Publishing from the admin (issue 6) runs as the `publishReport` task of Payload's jobs queue:
 *
 *   enqueue.ts   POST /api/publications/publish → a `publications` record (queued), the job queued
 *                and started in the background of the server (not inside the request)
 *   run.ts       the task's work: `publish()`, the function `npm run publish` runs, with the PDF
 *                edition, into the releases folder (FOLIO_RELEASES_DIR)
 *   progress.ts  its progress, written into the record's `progress` (GET /api/publications/status/:id)
 *   task.ts      the task for `jobs.tasks` in payload.config.ts; `jobs.autoRun` runs a job that was
 *                left queued, e.g. by a restart
 *
 *   lease.ts     leases in the database: one publish of a report at a time (`report:<id>`), a job
 *                run once (`publication:<id>`), one enqueue check at a time (`enqueue:<id>`), in
 *                every process and app instance
 *
 * One publish per report at a time: enqueueing is refused while a queued or running publication of
 * the same report shows signs of life (a heartbeat within a lease), publish() holds the report's
 * lease, and the writer's lock refuses a second writer in the same folder anyway.
 */
import type { BundleLocale } from '../bundle/schema'

export const PUBLISH_QUEUE = 'publish'
export const PUBLISH_TASK = 'publishReport'

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

export interface PublishJobOutput {
  publication: string
  outcome: string
  version: string | null
  summary: string
}
