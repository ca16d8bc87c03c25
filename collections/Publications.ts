import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access'

/**
 * A record of every publish (issue 4): version, who, when, locales, manifest checksum and the
 * outcome, including failed validations with their problem list. Written only by the publishing
 * pipeline (src/publish/index.ts, Local API with overrideAccess); nobody creates, edits or deletes
 * records through an API. The output folder stays the source of truth for releases.
 */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: 'Publication', plural: 'Publications' },
  admin: {
    group: 'Administration',
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'report', 'version', 'outcome', 'locales', 'publishedBy'],
    description: 'Every publish of a report, successful or not. Recorded by the publishing pipeline.',
  },
  defaultSort: '-createdAt',
  access: { read: authenticated, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true } },
    { name: 'report', type: 'relationship', relationTo: 'reports', index: true },
    { name: 'reportSlug', type: 'text' },
    { name: 'version', type: 'text', admin: { description: 'The version published (or the current one when nothing changed).' } },
    { name: 'previousVersion', type: 'text' },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: [
        { label: 'Published', value: 'published' },
        { label: 'Nothing changed', value: 'unchanged' },
        { label: 'Validation failed', value: 'invalid' },
        { label: 'Dry run', value: 'dry-run' },
        { label: 'Error', value: 'error' },
      ],
    },
    { name: 'locales', type: 'json' },
    { name: 'publishedBy', type: 'relationship', relationTo: 'users' },
    { name: 'manifestSha256', type: 'text', admin: { description: 'SHA-256 of manifest.json.' } },
    { name: 'directory', type: 'text' },
    { name: 'bump', type: 'text' },
    { name: 'changeCount', type: 'number' },
    { name: 'fallbacks', type: 'number' },
    { name: 'summary', type: 'textarea' },
    { name: 'problems', type: 'json', admin: { description: 'The validation report (failed publishes).' } },
  ],
}
