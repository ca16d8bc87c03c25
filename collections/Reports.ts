import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/content'
import { contentCollectionDefaults } from '../src/fields/content'
import { requiredInSource } from '../src/fields/localized'
import { slugField } from '../src/fields/slug'
import { textEditor } from '../src/lexical/editor'
import { portableRichText } from '../src/lexical/validate'

/** One annual report. Its chapters are the `chapters` that point to it, in their `order`. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  // What a document shows where another one refers to it (REST/GraphQL depth ≥ 1, rich-text embeds):
  // its public display fields, not its body, workflow bookkeeping or translation rows.
  defaultPopulate: { title: true, subtitle: true, year: true, slug: true, publicationDate: true },
  ...contentCollectionDefaults,
  admin: { useAsTitle: 'title', group: 'Content', defaultColumns: ['title', 'year', 'slug'] },
  defaultSort: '-year',
  access: contentAccess,
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInSource },
    { name: 'subtitle', type: 'text', localized: true },
    { name: 'introduction', type: 'richText', localized: true, editor: textEditor, validate: portableRichText },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    {
      name: 'chapters',
      type: 'join',
      collection: 'chapters',
      on: 'report',
      defaultSort: 'order',
      defaultLimit: 0,
      admin: { defaultColumns: ['order', 'title', 'kind'] },
    },
    {
      name: 'year',
      type: 'number',
      required: true,
      unique: true,
      min: 1900,
      max: 2100,
      admin: { position: 'sidebar', step: 1 },
      validate: (value: unknown) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100
          ? true
          : `The year must be a whole number between 1900 and 2100 (got ${JSON.stringify(value)}).`,
    },
    {
      // Printed on the cover and in the colophon. Empty: the PDF prints the date the content was
      // approved instead, labelled as such.
      name: 'publicationDate',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
        description:
          'The date the report is published, printed on its cover and in its colophon. Leave empty until it is known: the PDF then prints the date its content was approved, labelled as such.',
      },
    },
    {
      // The schedule, with publicationDate: shown to everyone on the translation dashboard.
      name: 'translationDeadline',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
        description: 'The date every translation of this report is due.',
      },
    },
    slugField('title', { unique: true }),
    {
      name: 'organisation',
      label: 'Publishing organisation',
      type: 'relationship',
      relationTo: 'organisations',
      admin: { position: 'sidebar' },
    },
    {
      name: 'licence',
      type: 'text',
      defaultValue: 'CC BY-NC-ND 4.0',
      admin: { position: 'sidebar', description: 'The licence printed in the colophon.' },
    },
  ],
}
