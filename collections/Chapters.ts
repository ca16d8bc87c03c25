import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/content'
import { contentCollectionDefaults } from '../src/fields/content'
import { countryField, validateCountry } from '../src/fields/country'
import { requiredInSource } from '../src/fields/localized'
import { slugField } from '../src/fields/slug'
import { urlField } from '../src/fields/url'
import { bodyEditor } from '../src/lexical/editor'
import { portableRichText } from '../src/lexical/validate'
import { CHAPTER_KINDS, FURTHER_READING_KINDS, options } from '../src/model/enums'
import { internal } from '../src/model/fields'

/** One chapter of a report. The report lists its chapters by `order`. */
export const Chapters: CollectionConfig = {
  slug: 'chapters',
  // What a document shows where another one refers to it (REST/GraphQL depth ≥ 1, rich-text embeds):
  // its public display fields, not its body, workflow bookkeeping or translation rows.
  defaultPopulate: { title: true, slug: true, order: true, kind: true, country: true, report: true, lead: true },
  ...contentCollectionDefaults,
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'report', 'order', 'kind', 'country'],
  },
  defaultSort: 'order',
  access: contentAccess,
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInSource },
    {
      name: 'lead',
      type: 'textarea',
      localized: true,
      admin: { description: "The chapter's opening summary, one or two sentences." },
    },
    { name: 'body', type: 'richText', localized: true, editor: bodyEditor, validate: portableRichText },
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
          options: options(FURTHER_READING_KINDS),
        },
      ],
    },
    // Sidebar: where the chapter sits.
    internal({
      name: 'report',
      type: 'relationship',
      relationTo: 'reports',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    }),
    { name: 'order', type: 'number', required: true, min: 0, admin: { position: 'sidebar', step: 1 } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'country',
      options: options(CHAPTER_KINDS),
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
}
