import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/content'
import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { requiredInSource } from '../src/fields/localized'
import { urlField } from '../src/fields/url'
import { options, QUALIFIERS } from '../src/model/enums'

/**
 * A figure with its provenance. The value is always a number ("more than 30 000" is 30000 with the
 * qualifier more-than); each locale's display string is made at publishing time.
 */
export const Statistics: CollectionConfig = {
  slug: 'statistics',
  // What a document shows where another one refers to it (REST/GraphQL depth ≥ 1, rich-text embeds):
  // its public display fields, not its body, workflow bookkeeping or translation rows.
  defaultPopulate: {
    label: true,
    value: true,
    qualifier: true,
    unit: true,
    asOf: true,
    period: true,
    country: true,
    chapter: true,
    headline: true,
  },
  ...contentCollectionDefaults,
  admin: { useAsTitle: 'label', group: 'Content', defaultColumns: ['label', 'value', 'qualifier', 'asOf', 'headline'] },
  access: contentAccess,
  fields: [
    {
      name: 'label',
      type: 'text',
      localized: true,
      validate: requiredInSource,
      admin: { description: 'What is counted, e.g. "documented cases of torture".' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'value',
          type: 'number',
          required: true,
          min: 0,
          admin: { description: 'A number (no text): 30000, not "30 000+".' },
        },
        {
          name: 'qualifier',
          type: 'select',
          required: true,
          defaultValue: 'exact',
          options: options(QUALIFIERS),
        },
        { name: 'unit', type: 'text', localized: true, admin: { description: 'Optional, e.g. "people", "cases".' } },
      ],
    },
    {
      name: 'period',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            {
              name: 'to',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly' } },
              validate: (value: unknown, { siblingData }: { siblingData: { from?: string | null } }) => {
                if (value && siblingData?.from && new Date(String(value)) < new Date(siblingData.from)) {
                  return 'The period ends before it starts: "to" must be on or after "from".'
                }
                return true
              },
            },
          ],
        },
      ],
    },
    {
      name: 'asOf',
      label: 'As of',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly' }, description: 'The date the figure was true.' },
    },
    countryField(),
    { name: 'chapter', type: 'relationship', relationTo: 'chapters' },
    {
      name: 'source',
      type: 'group',
      admin: { description: 'Where the figure comes from: an organisation, a document title, or both.' },
      validate: (value: unknown) => {
        const source = (value ?? {}) as { organisation?: unknown; title?: unknown }
        const hasTitle =
          typeof source.title === 'string'
            ? source.title.trim() !== ''
            : Boolean(
                source.title &&
                  typeof source.title === 'object' &&
                  Object.values(source.title).some((t) => typeof t === 'string' && t.trim() !== ''),
              )
        return source.organisation || hasTitle
          ? true
          : 'A statistic needs a source: choose the organisation or give the title of the source document.'
      },
      fields: [
        { name: 'organisation', type: 'relationship', relationTo: 'organisations' },
        { name: 'title', type: 'text', localized: true },
        urlField({ name: 'url' }),
      ],
    },
    {
      name: 'methodology',
      type: 'textarea',
      localized: true,
      admin: { description: 'How the figure was counted or estimated.' },
    },
    {
      name: 'headline',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: "Shown among the report's headline figures." },
    },
  ],
}
