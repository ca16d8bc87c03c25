/**
 * Publishing from the CMS, as a Payload plugin:
 *
 *   plugins: [..., publishing({ reports: 'reports', chapters: 'chapters' })]
 *
 * Adds the `publications` collection (a record of every publish) with its endpoints (check,
 * publish, status, downloads), the `publishReport` job on its own queue, the "Publish…" link in a
 * report's sidebar, the PDF preview of a chapter and the web preview of chapters, testimonies and
 * defenders (buttons and endpoints), and the admin's Publish view, nav link and dashboard panel. Nothing in the collections imports this plugin.
 */
import type { CollectionConfig, Config } from 'payload'

import { cancelJobAccess, publishJobAccess } from '../access/publishing'
import { publishAdminComponents } from './admin'
import { PUBLISH_QUEUE, publishReportTask } from './job/task'
import { publishRunsInWorker } from './job/worker'
import { pdfPreviewEndpoints } from './admin/api/pdf-preview'
import { webPreviewEndpoints } from './editions/web/preview'
import { closeInterrupted } from './job/enqueue'
import { PublishLeases } from './job/leases'
import { Publications } from './publications'

export interface PublishingOptions {
  /** The reports collection (gets the "Publish…" link). */
  reports: string
  /** The chapters collection (gets the PDF preview). */
  chapters: string
  /** The collections whose documents get a web preview (the web page built from the draft). */
  webPreview: ReadonlyArray<WebPreviewTarget>
}

type WebPreviewTarget = Parameters<typeof webPreviewEndpoints>[0]

const withPublishLink = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  fields: [
    ...config.fields,
    {
      // A link to /admin/publish with this report chosen (admins, reviewers; editors: the check).
      name: 'publishLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/publish/admin/PublishLinks#PublishReportLink' } },
    },
  ],
})

/** Adds a button before the document controls of the edit view, and endpoints. */
const withPreview = (
  config: CollectionConfig,
  button: string,
  endpoints: CollectionConfig['endpoints'],
): CollectionConfig => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      edit: {
        ...config.admin?.components?.edit,
        beforeDocumentControls: [...(config.admin?.components?.edit?.beforeDocumentControls ?? []), button],
      },
    },
  },
  endpoints: [
    ...(Array.isArray(config.endpoints) ? config.endpoints : []),
    ...(Array.isArray(endpoints) ? endpoints : []),
  ],
})

const PDF_PREVIEW = '/src/publish/admin/PdfPreviewButton#PdfPreviewButton'
const WEB_PREVIEW = '/src/publish/editions/web/WebPreviewButton#WebPreviewButton'

// "PDF preview" / "Web preview": the document from its current draft, watermarked DRAFT.
const withPdfPreview = (config: CollectionConfig) => withPreview(config, PDF_PREVIEW, pdfPreviewEndpoints)
const withWebPreview = (config: CollectionConfig) =>
  withPreview(config, WEB_PREVIEW, webPreviewEndpoints(config.slug as WebPreviewTarget))

export const publishing =
  (options: PublishingOptions) =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((c) => {
      let out = c.slug === options.reports ? withPublishLink(c) : c.slug === options.chapters ? withPdfPreview(c) : c
      if ((options.webPreview as readonly string[]).includes(c.slug)) out = withWebPreview(out)
      return out
    })
    const components = config.admin?.components ?? {}
    return {
      ...config,
      collections: [...collections, Publications, PublishLeases],
      // A server starting after a crash closes the publications its dead processes left running.
      onInit: async (payload) => {
        await config.onInit?.(payload)
        await closeInterrupted(payload, null).catch((err: unknown) =>
          payload.logger.warn({ err, msg: 'Could not close interrupted publications' }),
        )
      },
      admin: {
        ...config.admin,
        components: {
          ...components,
          views: { ...components.views, ...publishAdminComponents.views },
          afterNavLinks: [...(components.afterNavLinks ?? []), ...publishAdminComponents.afterNavLinks],
          beforeDashboard: [...(components.beforeDashboard ?? []), ...publishAdminComponents.beforeDashboard],
        },
      },
      // Publishing from the admin runs as a job: queued by POST /api/publications/publish and started
      // at once in the background of the server; autoRun (every minute, in the Next.js server) runs
      // a job left queued, e.g. by a restart.
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), publishReportTask],
        access: { ...config.jobs?.access, queue: publishJobAccess, run: publishJobAccess, cancel: cancelJobAccess },
        // With a publish worker (FOLIO_PUBLISH_WORKER=external, npm run worker) the server only queues.
        autoRun: publishRunsInWorker() ? [] : [{ cron: '* * * * *', queue: PUBLISH_QUEUE, limit: 1 }],
      },
    }
  }
