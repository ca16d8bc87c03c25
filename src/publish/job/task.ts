/** The `publishReport` task for `jobs.tasks` in payload.config.ts (see queue.ts for the whole flow). */
import type { TaskConfig } from 'payload'

import { PUBLISH_TASK, type PublishJobInput, type PublishJobOutput } from './queue'
import { runPublishJob } from './run'

export { PUBLISH_QUEUE } from './queue'

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
