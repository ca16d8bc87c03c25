import type { CollectionConfig } from 'payload'

import { adminOrEditorField, isStaff, staffField } from '../src/access'
import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { textEditor } from '../src/lexical/editor'
import { withWorkflow } from '../src/workflow/withWorkflow'
import { webPreviewEndpoints } from '../src/publish/editions/web/preview'
import { requiredInSource } from '../src/fields/localized'

export const THEMES = [
  { label: 'Torture', value: 'torture' },
  { label: 'Arbitrary detention', value: 'arbitrary-detention' },
  { label: 'Ill-treatment in custody', value: 'ill-treatment-in-custody' },
  { label: 'Police violence', value: 'police-violence' },
  { label: 'Enforced disappearance', value: 'enforced-disappearance' },
  { label: 'Sexual and gender-based violence', value: 'sexual-violence' },
  { label: 'Harassment of defenders', value: 'harassment-of-defenders' },
  { label: 'Judicial harassment', value: 'judicial-harassment' },
] as const

export const DISCLOSURES = ['named', 'pseudonym', 'anonymous'] as const
export const CONSENT_SCOPES = ['text', 'name', 'image', 'video'] as const

/**
 * A witness's account. The public part may be published once approved; the confidential part
 * (legal identity, contact, internal notes, consent record) never leaves the CMS.
 */
export const Testimonies: CollectionConfig = withWorkflow({
  slug: 'testimonies',
  ...contentCollectionDefaults,
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'disclosure', 'themes', 'chapter'],
    // "Web preview": the testimony on the web page built from the current drafts, marked DRAFT.
    components: { edit: { beforeDocumentControls: ['/src/publish/editions/web/WebPreviewButton#WebPreviewButton'] } },
  },
  endpoints: webPreviewEndpoints('testimonies'),
  // Access, workflow fields, hooks and endpoint: withWorkflow (src/workflow, src/access/content.ts).
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Public',
          description: 'What readers of the report see once the testimony is approved.',
          fields: [
            { name: 'title', type: 'text', localized: true, validate: requiredInSource },
            { name: 'summary', type: 'textarea', localized: true, validate: requiredInSource },
            { name: 'body', type: 'richText', localized: true, editor: textEditor },
            {
              type: 'row',
              fields: [
                {
                  name: 'eventDate',
                  label: 'Date of the events',
                  type: 'date',
                  admin: { date: { pickerAppearance: 'dayOnly' } },
                },
                { name: 'place', label: 'Place of the events', type: 'text', localized: true },
                countryField(),
              ],
            },
            { name: 'themes', type: 'select', hasMany: true, options: [...THEMES] },
            { name: 'chapter', type: 'relationship', relationTo: 'chapters' },
            { name: 'media', type: 'upload', relationTo: 'media', hasMany: true },
            {
              name: 'contentWarning',
              type: 'text',
              localized: true,
              admin: { description: 'Shown before the testimony, e.g. "Describes torture in detention".' },
            },
          ],
        },
        {
          label: 'Attribution',
          description: 'How the witness is named in public. Consent must cover the disclosure chosen here.',
          fields: [
            {
              name: 'disclosure',
              type: 'select',
              required: true,
              defaultValue: 'anonymous',
              options: [
                { label: 'Named (real name published)', value: 'named' },
                { label: 'Pseudonym', value: 'pseudonym' },
                { label: 'Anonymous', value: 'anonymous' },
              ],
            },
            {
              name: 'publicName',
              label: 'Public display name',
              type: 'text',
              localized: true,
              admin: { description: 'The name or pseudonym shown to readers, e.g. "A., 24, student from Minsk".' },
            },
          ],
        },
        {
          label: 'Confidential',
          description: 'Never published. Visible to admins and editors only; reviewers see the consent status.',
          // Translators do not even see that the tab exists (its fields are closed to them anyway).
          admin: { condition: (_data: unknown, _siblings: unknown, { user }: { user?: unknown }) => isStaff(user) },
          fields: [
            {
              name: 'legalName',
              type: 'text',
              access: { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField },
            },
            {
              name: 'contact',
              type: 'textarea',
              access: { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField },
            },
            {
              name: 'internalNotes',
              type: 'textarea',
              access: { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField },
            },
            {
              name: 'consent',
              type: 'group',
              fields: [
                {
                  name: 'status',
                  type: 'select',
                  required: true,
                  defaultValue: 'pending',
                  access: { read: staffField, create: adminOrEditorField, update: adminOrEditorField },
                  options: [
                    { label: 'Pending', value: 'pending' },
                    { label: 'Given', value: 'given' },
                    { label: 'Withdrawn', value: 'withdrawn' },
                  ],
                },
                {
                  name: 'scope',
                  type: 'select',
                  hasMany: true,
                  options: [
                    { label: 'Text', value: 'text' },
                    { label: 'Name', value: 'name' },
                    { label: 'Image', value: 'image' },
                    { label: 'Video', value: 'video' },
                  ],
                  access: { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField },
                },
                {
                  name: 'date',
                  type: 'date',
                  admin: { date: { pickerAppearance: 'dayOnly' } },
                  access: { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField },
                },
                {
                  name: 'recordedBy',
                  type: 'relationship',
                  relationTo: 'users',
                  access: { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField },
                },
                {
                  name: 'document',
                  type: 'upload',
                  relationTo: 'consent-documents',
                  access: { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
})
