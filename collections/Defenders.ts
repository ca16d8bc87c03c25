import type { CollectionConfig } from 'payload'

import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { textEditor } from '../src/lexical/editor'
import { withWorkflow } from '../src/workflow/withWorkflow'
import { webPreviewEndpoints } from '../src/publish/editions/web/preview'
import { requiredInSource } from '../src/fields/localized'

export const DEFENDER_STATUSES = [
  { label: 'Detained', value: 'detained' },
  { label: 'House arrest', value: 'house-arrest' },
  { label: 'Deprived of liberty (form not known)', value: 'deprived-of-liberty' },
  { label: 'Convicted', value: 'convicted' },
  { label: 'Released', value: 'released' },
  { label: 'In exile', value: 'in-exile' },
  { label: 'Travel ban', value: 'travel-ban' },
  { label: 'Witness in a criminal investigation', value: 'witness' },
] as const

/** A human-rights defender's public profile. A confidential profile is never published. */
export const Defenders: CollectionConfig = withWorkflow({
  slug: 'defenders',
  ...contentCollectionDefaults,
  admin: {
    useAsTitle: 'name',
    group: 'Content',
    defaultColumns: ['name', 'organisation', 'status', 'visibility'],
    // "Web preview": the profile on the web page built from the current drafts, marked DRAFT.
    components: { edit: { beforeDocumentControls: ['/src/publish/editions/web/WebPreviewButton#WebPreviewButton'] } },
  },
  endpoints: webPreviewEndpoints('defenders'),
  // Access, workflow fields, hooks and endpoint: withWorkflow (src/workflow, src/access/content.ts).
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      validate: requiredInSource,
      admin: {
        description: 'The name as written in this language: Marfa Rabkova in English, Марфа Рабкова in Russian.',
      },
    },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations' },
    {
      name: 'role',
      type: 'text',
      localized: true,
      admin: { description: 'Their role, e.g. "coordinator of volunteer services".' },
    },
    countryField(),
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          options: [...DEFENDER_STATUSES],
          admin: { description: 'Pick "form not known" rather than guess between detention and house arrest.' },
        },
        {
          name: 'statusSince',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' }, description: 'Leave empty when the date is not known.' },
        },
      ],
    },
    { name: 'charges', type: 'textarea', localized: true },
    {
      name: 'timeline',
      type: 'array',
      labels: { singular: 'Event', plural: 'Events' },
      fields: [
        { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'event', type: 'text', localized: true, validate: requiredInSource },
      ],
    },
    { name: 'biography', type: 'richText', localized: true, editor: textEditor },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'confidential',
      options: [
        { label: 'Public', value: 'public' },
        { label: 'Confidential (never published)', value: 'confidential' },
      ],
      admin: {
        position: 'sidebar',
        description: 'New profiles are confidential until someone decides to publish them.',
      },
    },
  ],
})
