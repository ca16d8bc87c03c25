/**
 * Publishing from the CMS, as a Payload plugin:
 *
 *   plugins: [..., publishing({ reports: 'reports', chapters: 'chapters' })]
 *
 * Adds the `publications` collection (a record of every publish) with its endpoints (check,
 * publish, status, downloads), the `publishReport` job on its own queue, the "Publish…" link in a
 * report's sidebar, the PDF preview of a chapter (button and endpoint), and the admin's Publish
 * view, nav link and dashboard panel. Nothing in the collections imports this plugin.
 */
import type { CollectionConfig, Config } from 'payload'

import { cancelJobAccess, publishJobAccess } from '../access/publishing'
import { publishAdminComponents } from './admin'
import { PUBLISH_QUEUE, publishReportTask } from './job/task'
import { pdfPreviewEndpoints } from './admin/api/pdf-preview'
import { Publications } from './publications'

export interface PublishingOptions {
  /** The reports collection (gets the "Publish…" link). */
  reports: string
  /** The chapters collection (gets the PDF preview). */
  chapters: string
}

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

const withPdfPreview = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      edit: {
        ...config.admin?.components?.edit,
        // "PDF preview": the chapter's print layout from the current draft, watermarked DRAFT.
        beforeDocumentControls: [
          ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
          '/src/publish/admin/PdfPreviewButton#PdfPreviewButton',
        ],
      },
    },
  },
  endpoints: [...(Array.isArray(config.endpoints) ? config.endpoints : []), ...pdfPreviewEndpoints],
})

export const publishing =
  (options: PublishingOptions) =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((c) =>
      c.slug === options.reports ? withPublishLink(c) : c.slug === options.chapters ? withPdfPreview(c) : c,
    )
    const components = config.admin?.components ?? {}
    return {
      ...config,
      collections: [...collections, Publications],
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
        autoRun: [{ cron: '* * * * *', queue: PUBLISH_QUEUE, limit: 1 }],
      },
    }
  }
