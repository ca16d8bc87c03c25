import type { CollectionConfig } from 'payload'

import { contentCollectionDefaults } from '../src/fields/content'
import { countryField, validateCountry } from '../src/fields/country'
import { slugField } from '../src/fields/slug'
import { urlField } from '../src/fields/url'
import { bodyEditor } from '../src/lexical/editor'
import { withWorkflow } from '../src/workflow/withWorkflow'
import { pdfPreviewEndpoints } from '../src/publish/preview-endpoint'
import { webPreviewEndpoints } from '../src/publish/editions/web/preview'
import { requiredInSource } from '../src/fields/localized'

export const CHAPTER_KINDS = [
  { label: 'Foreword', value: 'foreword' },
  { label: 'Country', value: 'country' },
  { label: 'Thematic', value: 'thematic' },
  { label: 'Annex', value: 'annex' },
] as const

/** One chapter of a report. The report lists its chapters by `order`. */
export const Chapters: CollectionConfig = withWorkflow({
  slug: 'chapters',
  ...contentCollectionDefaults,
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'report', 'order', 'kind', 'country'],
    components: {
      // "PDF preview" / "Web preview": the chapter from the current draft, watermarked DRAFT.
      edit: {
        beforeDocumentControls: [
          '/src/publish/admin/PdfPreviewButton#PdfPreviewButton',
          '/src/publish/editions/web/WebPreviewButton#WebPreviewButton',
        ],
      },
    },
  },
  endpoints: [...pdfPreviewEndpoints, ...webPreviewEndpoints('chapters')],
  defaultSort: 'order',
  // Access, workflow fields, hooks and endpoint: withWorkflow (src/workflow, src/access/content.ts).
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInSource },
    {
      name: 'lead',
      type: 'textarea',
      localized: true,
      admin: { description: "The chapter's opening summary, one or two sentences." },
    },
    { name: 'body', type: 'richText', localized: true, editor: bodyEditor },
    { name: 'headlineStatistics', type: 'relationship', relationTo: 'statistics', hasMany: true },
    { name: 'testimonies', type: 'relationship', relationTo: 'testimonies', hasMany: true },
    { name: 'defenders', type: 'relationship', relationTo: 'defenders', hasMany: true },
    {
      name: 'partners',
      label: 'Partner organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
    },
    {
      name: 'furtherReading',
      type: 'array',
      labels: { singular: 'Link', plural: 'Further reading' },
      fields: [
        { name: 'title', type: 'text', localized: true, validate: requiredInSource },
        urlField({ name: 'url', required: true }),
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'article',
          options: [
            { label: 'Briefing', value: 'briefing' },
            { label: 'Report', value: 'report' },
            { label: 'Article', value: 'article' },
            { label: 'Video', value: 'video' },
            { label: 'Campaign', value: 'campaign' },
          ],
        },
      ],
    },
    // Sidebar: where the chapter sits.
    {
      name: 'report',
      type: 'relationship',
      relationTo: 'reports',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'order', type: 'number', required: true, min: 0, admin: { position: 'sidebar', step: 1 } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'country',
      options: [...CHAPTER_KINDS],
      admin: { position: 'sidebar' },
    },
    countryField({
      admin: { position: 'sidebar', condition: (_, sibling) => sibling?.kind === 'country' },
      validate: (value: unknown, { siblingData }: { siblingData?: { kind?: string } }) =>
        siblingData?.kind === 'country' && !value
          ? 'A country chapter needs its country (ISO 3166-1 alpha-2 code, e.g. BY).'
          : validateCountry(value, false),
    }),
    slugField('title'),
  ],
})
