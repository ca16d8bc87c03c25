/**
 * The editorial and translation workflow, as a Payload plugin:
 *
 *   plugins: [workflow({ collections: CONTENT_COLLECTIONS }), ...]
 *
 * For each collection named in the options it adds the `workflow` and `translations` sidebar
 * fields, the source text under every translatable field, the translators' restriction to
 * localised fields, the hooks (approval is the only way to publish, who may change what,
 * staleness, audit, consent withdrawal, no hard delete of published content), the REST endpoint
 * POST /api/<slug>/:id/workflow and the workflow buttons in place of Publish. It adds the
 * `audit-events` collection, login and user-change audit on `users`, and the admin views
 * (translation dashboard, my work).
 * Other collections are left as they are; nothing in the collections imports this plugin.
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { staffWritesField } from '../access/content'
import { mapFieldConfigs } from '../model/walk'
import { workflowAdminComponents } from './admin'
import { TranslationAssignments } from './assignments'
import { AuditEvents } from './auditEvents'
import { workflowEndpoints } from './endpoints'
import { withSourceText, workflowFields } from './fields'
import { auditDelete, workflowAfterChange } from './hooks/audit'
import { workflowBeforeChange } from './hooks/change'
import { preventHardDeleteOfPublished } from './hooks/delete'
import { guardPublishing } from './hooks/publishing'
import { guardWriters, keepConfidentialOnRestore } from './hooks/writers'
import { auditUserChange } from './loginAudit'

export interface WorkflowOptions {
  /** Slugs of the collections that go through the workflow (the content collections). */
  collections: readonly string[]
  /** Slug of the users collection (login failures and user changes are audited). Default `users`. */
  users?: string
}

/**
 * Shared (non-localised) data fields are written by staff only: a translator's edit view shows
 * them read-only (and hooks/writers.ts refuses a translator's change to them with a 403).
 */
const sharedFieldsForStaff = (fields: Field[]): Field[] =>
  mapFieldConfigs(fields, (field, { localized }) => {
    const container = ['group', 'array', 'blocks', 'tabs', 'row', 'collapsible', 'ui', 'join'].includes(field.type)
    if (localized || container) return field
    const access = { ...((field as { access?: Record<string, unknown> }).access ?? {}) }
    access.update ??= staffWritesField
    access.create ??= staffWritesField
    return { ...field, access } as Field
  })

/** One content collection put under the workflow. */
export function withWorkflow(config: CollectionConfig): CollectionConfig {
  const hooks = config.hooks ?? {}
  const admin = config.admin ?? {}
  return {
    ...config,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        edit: {
          ...admin.components?.edit,
          // Approval is the only way to publish: the Publish button becomes the workflow actions.
          PublishButton: '/src/workflow/admin/WorkflowActions#WorkflowActions',
          // One status on screen: Folio's states per locale replace Payload's draft/published line
          // (and its "Revert to published", which would undo approved work).
          Status: '/src/workflow/admin/WorkflowStatus#WorkflowStatus',
          UnpublishButton: '/src/workflow/admin/WorkflowActions#NoUnpublish',
        },
      },
    },
    fields: [...withSourceText(sharedFieldsForStaff(config.fields)), ...workflowFields()],
    hooks: {
      ...hooks,
      beforeOperation: [guardWriters, guardPublishing, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), keepConfidentialOnRestore, workflowBeforeChange],
      afterChange: [...(hooks.afterChange ?? []), workflowAfterChange],
      beforeDelete: [preventHardDeleteOfPublished, ...(hooks.beforeDelete ?? [])],
      afterDelete: [...(hooks.afterDelete ?? []), auditDelete],
    },
    endpoints: [...workflowEndpoints(config.slug), ...(Array.isArray(config.endpoints) ? config.endpoints : [])],
  }
}

const withUserAudit = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: {
    ...config.hooks,
    afterChange: [...(config.hooks?.afterChange ?? []), auditUserChange],
  },
})

export const workflow =
  (options: WorkflowOptions) =>
  (config: Config): Config => {
    const users = options.users ?? 'users'
    const collections = (config.collections ?? []).map((c) =>
      options.collections.includes(c.slug) ? withWorkflow(c) : c.slug === users ? withUserAudit(c) : c,
    )
    const components = config.admin?.components ?? {}
    return {
      ...config,
      collections: [...collections, AuditEvents, TranslationAssignments],
      admin: {
        ...config.admin,
        components: {
          ...components,
          views: { ...components.views, ...workflowAdminComponents.views },
          afterNavLinks: [...(components.afterNavLinks ?? []), ...workflowAdminComponents.afterNavLinks],
          beforeDashboard: [...(components.beforeDashboard ?? []), ...workflowAdminComponents.beforeDashboard],
        },
      },
    }
  }
