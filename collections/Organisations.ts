import type { CollectionConfig } from 'payload'

import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { urlField } from '../src/fields/url'
import { withWorkflow } from '../src/workflow/withWorkflow'
import { requiredInSource } from '../src/fields/localized'

export const Organisations: CollectionConfig = withWorkflow({
  slug: 'organisations',
  ...contentCollectionDefaults,
  admin: { useAsTitle: 'name', group: 'Content', defaultColumns: ['name', 'acronym', 'kind', 'country'] },
  // Access, workflow fields, hooks and endpoint: withWorkflow (src/workflow, src/access/content.ts).
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInSource },
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
})
