import type { CollectionConfig } from 'payload'

import { contentCreate, contentRead, contentUpdate, restrictNonLocalisedFields } from '../access/content'
import { adminOnly } from '../access'
import { workflowEndpoints } from './endpoints'
import { withSourceText, workflowFields } from './fields'
import {
  auditDelete,
  guardPublishing,
  preventHardDeleteOfPublished,
  workflowAfterChange,
  workflowBeforeChange,
} from './hooks'

/**
 * Puts a content collection under the editorial and translation workflow, in one line:
 * `export const Chapters = withWorkflow({ slug: 'chapters', ... })`.
 *
 * Adds the `workflow` and `translations` sidebar fields, the content access rules
 * (src/access/content.ts; translators write only localised fields of their locales), the hooks
 * (approval is the only way to publish, staleness, audit, consent withdrawal, no hard delete of
 * published content) and the REST endpoint POST /api/<slug>/:id/workflow.
 */
export function withWorkflow(config: CollectionConfig): CollectionConfig {
  const hooks = config.hooks ?? {}
  const admin = config.admin ?? {}
  return {
    ...config,
    admin: {
      ...admin,
      components: {
        ...(admin.components ?? {}),
        edit: {
          ...(admin.components?.edit ?? {}),
          // Approval is the only way to publish: the Publish button becomes the workflow actions.
          PublishButton: '/src/workflow/admin/WorkflowActions#WorkflowActions',
          UnpublishButton: '/src/workflow/admin/WorkflowActions#NoUnpublish',
        },
      },
    },
    access: {
      read: contentRead,
      readVersions: contentRead,
      create: contentCreate,
      update: contentUpdate,
      // Only admins delete; published content only goes to the trash (beforeDelete in hooks.ts).
      delete: adminOnly,
      ...(config.access ?? {}),
    },
    fields: [...withSourceText(restrictNonLocalisedFields(config.fields)), ...workflowFields()],
    hooks: {
      ...hooks,
      beforeOperation: [guardPublishing, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), workflowBeforeChange],
      afterChange: [...(hooks.afterChange ?? []), workflowAfterChange],
      beforeDelete: [preventHardDeleteOfPublished, ...(hooks.beforeDelete ?? [])],
      afterDelete: [...(hooks.afterDelete ?? []), auditDelete],
    },
    endpoints: [...workflowEndpoints(config.slug), ...(Array.isArray(config.endpoints) ? config.endpoints : [])],
    custom: { ...(config.custom ?? {}), folioWorkflow: true },
  }
}
