import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/content'
import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { requiredInSource } from '../src/fields/localized'
import { urlField } from '../src/fields/url'
import { options, ORGANISATION_KINDS } from '../src/model/enums'

/** Partners, sources and institutions. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  // What a document shows where another one refers to it (REST/GraphQL depth ≥ 1, rich-text embeds):
  // its public display fields, not its body, workflow bookkeeping or translation rows.
  defaultPopulate: { name: true, acronym: true, kind: true, country: true, website: true },
  ...contentCollectionDefaults,
  admin: { useAsTitle: 'name', group: 'Content', defaultColumns: ['name', 'acronym', 'kind', 'country'] },
  access: contentAccess,
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInSource },
    { name: 'acronym', type: 'text' },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: options(ORGANISATION_KINDS),
    },
    countryField(),
    urlField({ name: 'website' }),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
