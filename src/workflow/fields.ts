import type { Field, FieldAccess, FieldHook, GroupField, JSONField } from 'payload'

import { hasRole } from '../access/roles'
import { internal } from '../model/fields'
import { mapFieldConfigs } from '../model/walk'
import { WORKFLOW_STATES } from './constants'
import { relId } from './rows'

/** Nobody writes workflow bookkeeping through an API: only the workflow's hooks and transitions do. */
const noOne: FieldAccess = () => false

/**
 * The display name of the user in a sibling relationship (`submittedBy`, `approvedBy`), for a
 * read-only "by" line every member of staff can read: users may otherwise read only themselves,
 * and the relationship alone shows "Untitled - ID: 3". Names only, never emails; cached per request.
 */
/** Display names by user id, per Payload instance, for a short while (names rarely change). */
const names = new WeakMap<object, Map<string, { name: Promise<string>; at: number }>>()
const NAME_TTL_MS = 30_000

const userName =
  (relation: string): FieldHook =>
  async ({ siblingData, req }) => {
    const id = relId((siblingData as Record<string, unknown> | undefined)?.[relation])
    if (id === null || id === undefined || id === '') return null
    const known = names.get(req.payload) ?? new Map()
    names.set(req.payload, known)
    const key = String(id)
    const hit = known.get(key)
    if (hit && Date.now() - hit.at < NAME_TTL_MS) return hit.name
    const name = req.payload
      .findByID({ collection: 'users', id: key, depth: 0, overrideAccess: true, req, select: { name: true } })
      .then((u) => String(u.name || `user ${key}`))
      .catch(() => `user ${key} (deleted)`)
    known.set(key, { name, at: Date.now() })
    return name
  }

const byName = (name: string, relation: string, label: string): Field => ({
  name,
  label,
  type: 'text',
  virtual: true,
  admin: { readOnly: true },
  access: { create: noOne, update: noOne },
  hooks: { afterRead: [userName(relation)] },
})

const options = (values: readonly string[]) =>
  values.map((v) => ({ label: v[0].toUpperCase() + v.slice(1).replace(/-/g, ' '), value: v }))

/**
 * The `workflow` sidebar group: editorial state of the document's default-locale content.
 * Read-only through every API; changed by `transition()` and the workflow hooks.
 */
export const workflowGroup = (): GroupField => ({
  name: 'workflow',
  type: 'group',
  label: 'Workflow',
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Changed by the workflow actions (submit, approve, request changes, reopen), never by hand.',
  },
  access: { create: noOne, update: noOne },
  fields: [
    { name: 'state', type: 'select', defaultValue: 'draft', options: options(WORKFLOW_STATES), index: true },
    {
      name: 'comment',
      type: 'textarea',
      admin: { description: "The reviewer's comment (changes requested) or the last transition's note." },
    },
    // The relationships are kept for the API; the admin shows the names (byName).
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
    byName('submittedByName', 'submittedBy', 'Submitted by'),
    { name: 'submittedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
    byName('approvedByName', 'approvedBy', 'Approved by'),
    { name: 'approvedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // Plumbing: admins only, in a collapsed panel; editors, reviewers and translators never see it.
    {
      type: 'collapsible',
      label: 'Technical (admins)',
      admin: { initCollapsed: true, condition: (_data, _sibling, { user }) => hasRole(user, 'admin') },
      fields: [
        {
          name: 'approvedVersion',
          type: 'text',
          admin: { description: "Id of the version (in this collection's versions) that was reviewed and approved." },
        },
        {
          name: 'sourceFingerprint',
          type: 'text',
          admin: { description: 'Fingerprint of the default-locale text when approved.' },
        },
      ],
    },
  ],
})

/**
 * The `translations` sidebar field: one row per non-default locale with its translation status,
 * stored as JSON (an array of rows, same shape as an array field's rows but without row ids):
 *
 *   { locale, status: missing | in-progress | ready-for-review | approved | stale,
 *     staleFields: string[], comment, submittedBy,
 *     sourceFields: { [fieldPath]: sha256 }   // source text the current translation corresponds to
 *     sourceFingerprint, approvedSourceFields, // source text the approved translation was made from
 *     approvedBy, approvedAt, approvedVersion, approvedTextHash }
 *
 * JSON rather than an array field: an array field costs a table row per locale per version, which
 * made every save about twice as slow. Read-only through every API; written by the workflow.
 */
export const translationsField = (): JSONField => ({
  name: 'translations',
  type: 'json',
  label: 'Translations',
  admin: {
    position: 'sidebar',
    readOnly: true,
    components: { Field: '/src/workflow/admin/TranslationsField#TranslationsField' },
  },
  access: { create: noOne, update: noOne },
})

/** The workflow's own fields on a content document: bookkeeping (internal), never content. */
export const workflowFields = (): Field[] => [internal(workflowGroup()), internal(translationsField())]

const SOURCE_TEXT = '/src/workflow/admin/SourceText#SourceText'
const TRANSLATABLE_TYPES = new Set(['text', 'textarea', 'richText'])

/**
 * Adds the source-text display (SourceText, shown while editing a non-default locale) after the
 * input of every localised text, textarea and rich-text field.
 */
export const withSourceText = (fields: Field[]): Field[] =>
  mapFieldConfigs(fields, (field, { localized }) => {
    if (!localized || !TRANSLATABLE_TYPES.has(field.type)) return field
    const admin = (field.admin ?? {}) as { components?: { afterInput?: unknown[] } }
    const components = admin.components ?? {}
    return {
      ...field,
      admin: { ...admin, components: { ...components, afterInput: [...(components.afterInput ?? []), SOURCE_TEXT] } },
    } as Field
  })
