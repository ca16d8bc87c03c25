import type { ArrayField, Field, FieldAccess, GroupField } from 'payload'

import { TRANSLATION_LOCALES, TRANSLATION_STATUSES, WORKFLOW_STATES } from './constants'

/** Nobody writes workflow bookkeeping through an API: only the workflow's hooks and transitions do. */
const noOne: FieldAccess = () => false

const options = (values: readonly string[]) => values.map((v) => ({ label: v[0].toUpperCase() + v.slice(1).replace(/-/g, ' '), value: v }))

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
    { name: 'comment', type: 'textarea', admin: { description: 'The reviewer\'s comment (changes requested) or the last transition\'s note.' } },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users' },
    { name: 'submittedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users' },
    { name: 'approvedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'approvedVersion',
      type: 'text',
      admin: { description: 'Id of the version (in this collection\'s versions) that was reviewed and approved.' },
    },
    { name: 'sourceFingerprint', type: 'text', admin: { description: 'Fingerprint of the default-locale text when approved.' } },
  ],
})

/**
 * The `translations` sidebar array: one row per non-default locale with its translation status.
 * Read-only through every API.
 */
export const translationsArray = (): ArrayField => ({
  name: 'translations',
  type: 'array',
  label: 'Translations',
  admin: { position: 'sidebar', readOnly: true, initCollapsed: true },
  access: { create: noOne, update: noOne },
  fields: [
    { name: 'locale', type: 'select', required: true, options: TRANSLATION_LOCALES.map((l) => ({ label: l, value: l })) },
    { name: 'status', type: 'select', required: true, defaultValue: 'missing', options: options(TRANSLATION_STATUSES) },
    { name: 'staleFields', type: 'json', admin: { description: 'Source fields that changed since this translation was made.' } },
    { name: 'comment', type: 'textarea' },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users' },
    { name: 'sourceFields', type: 'json', admin: { description: 'Per-field hashes of the source text the current translation corresponds to.' } },
    { name: 'sourceFingerprint', type: 'text', admin: { description: 'Fingerprint of the default-locale text the approved translation was made from.' } },
    { name: 'approvedSourceFields', type: 'json' },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users' },
    { name: 'approvedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'approvedVersion', type: 'text', admin: { description: 'Version whose text in this locale was approved.' } },
    { name: 'approvedTextHash', type: 'text', admin: { description: 'Fingerprint of this locale\'s approved text.' } },
  ],
})

/** Add to every content collection's fields: `fields: [...yourFields, ...workflowFields()]`. */
export const workflowFields = (): Field[] => [workflowGroup(), translationsArray()]
