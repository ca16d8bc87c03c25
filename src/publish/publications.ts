import type { CollectionConfig } from 'payload'

import { adminFieldOnly, staffOnly } from '../access'
import { publishEndpoints } from './admin/api/endpoints'

/**
 * A record of every publish (issue 4): version, who, when, locales, manifest checksum and the
 * outcome, including failed validations with their problem list. Written only by the publishing
 * pipeline (src/publish/index.ts, Local API with overrideAccess); nobody creates, edits or deletes
 * records through an API. The output folder stays the source of truth for releases.
 *
 * A publish started from the admin (/admin/publish, src/publish/job.ts) creates its record when it
 * is queued (outcome `queued`, then `running`) and writes its `progress` there; the endpoints
 * (check, publish, status, downloads) are in src/publish/endpoints.ts.
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
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  endpoints: publishEndpoints,
  fields: [
    {
      name: 'downloads',
      type: 'ui',
      admin: { components: { Field: '/src/publish/admin/PublicationDownloads#PublicationDownloads' } },
    },
    { name: 'title', type: 'text', admin: { readOnly: true } },
    { name: 'report', type: 'relationship', relationTo: 'reports', index: true },
    { name: 'reportSlug', type: 'text' },
    {
      name: 'version',
      type: 'text',
      admin: { description: 'The version published (or the current one when nothing changed).' },
    },
    { name: 'previousVersion', type: 'text' },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: [
        { label: 'Queued', value: 'queued' },
        { label: 'Running', value: 'running' },
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
    // Where the release lies on the server: for admins only.
    { name: 'directory', type: 'text', access: { read: adminFieldOnly } },
    { name: 'bump', type: 'text' },
    { name: 'changeCount', type: 'number' },
    { name: 'fallbacks', type: 'number' },
    { name: 'summary', type: 'textarea' },
    { name: 'problems', type: 'json', admin: { description: 'The validation report (failed publishes).' } },
    {
      name: 'requestedVersion',
      type: 'text',
      admin: { description: 'What was asked for from the admin: auto or X.Y.Z.' },
    },
    {
      name: 'allowIncomplete',
      type: 'checkbox',
      admin: { description: 'Published with English fallbacks for missing translations (admins only).' },
    },
    {
      name: 'job',
      type: 'text',
      admin: { description: 'The publishReport job (payload-jobs) that ran this publish.' },
    },
    {
      name: 'progress',
      type: 'json',
      admin: {
        hidden: true,
        description: 'Steps and per-locale PDF progress of a publish from the admin (see /admin/publish).',
      },
    },
  ],
}
