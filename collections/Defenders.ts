import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/content'
import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { requiredInSource } from '../src/fields/localized'
import { textEditor } from '../src/lexical/editor'
import { portableRichText } from '../src/lexical/validate'
import { DEFENDER_STATUSES, DEFENDER_VISIBILITY, options } from '../src/model/enums'
import { internal } from '../src/model/fields'

/** A human-rights defender's public profile. A confidential profile is never published. */
export const Defenders: CollectionConfig = {
  slug: 'defenders',
  // What a document shows where another one refers to it (REST/GraphQL depth ≥ 1, rich-text embeds):
  // its public display fields, not its body, workflow bookkeeping or translation rows.
  defaultPopulate: {
    name: true,
    photo: true,
    organisation: true,
    role: true,
    country: true,
    status: true,
    statusSince: true,
    visibility: true,
  },
  ...contentCollectionDefaults,
  admin: { useAsTitle: 'name', group: 'Content', defaultColumns: ['name', 'organisation', 'status', 'visibility'] },
  access: contentAccess,
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
          // PostgreSQL: the default type name (enum_defenders_status) is the one of the drafts' _status.
          enumName: 'enum_defenders_liberty_status',
          options: options(DEFENDER_STATUSES),
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
    { name: 'biography', type: 'richText', localized: true, editor: textEditor, validate: portableRichText },
    internal({
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'confidential',
      options: options(DEFENDER_VISIBILITY),
      admin: {
        position: 'sidebar',
        description: 'New profiles are confidential until someone decides to publish them.',
      },
    }),
  ],
}
