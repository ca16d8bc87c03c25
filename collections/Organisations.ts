import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '../src/access'
import { adminOnlyDelete } from '../src/access/delete'
import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { urlField } from '../src/fields/url'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  ...contentCollectionDefaults,
  admin: { useAsTitle: 'name', group: 'Content', defaultColumns: ['name', 'acronym', 'kind', 'country'] },
  access: { read: authenticated, create: staffOnly, update: authenticated, delete: adminOnlyDelete },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'acronym', type: 'text' },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'Partner', value: 'partner' },
        { label: 'Source', value: 'source' },
        { label: 'Institution', value: 'institution' },
      ],
    },
    countryField(),
    urlField({ name: 'website' }),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
