import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { adminOnly, authenticated, staffOnly } from '../src/access'
import { guardUpload, inspectImage } from '../src/uploads/guard'
import { requiredInSource } from '../src/fields/localized'
import { MEDIA_LICENCES, options } from '../src/model/enums'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const MEDIA_DIR = process.env.FOLIO_MEDIA_DIR || path.resolve(dirname, '../media')

/** Images of the report: cover, photos of defenders, illustrations. Processed with sharp. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', group: 'Content', defaultColumns: ['filename', 'alt', 'credit', 'licence'] },
  access: {
    read: authenticated,
    create: staffOnly,
    update: staffOnly,
    delete: adminOnly,
  },
  hooks: { beforeOperation: [guardUpload(inspectImage, { stripMetadata: true })] },
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, withoutEnlargement: true },
      { name: 'print', width: 2400, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: requiredInSource,
      admin: { description: 'What the image shows, for readers who cannot see it (screen readers, the PDF).' },
    },
    { name: 'caption', type: 'textarea', localized: true },
    { name: 'credit', type: 'text' },
    {
      name: 'licence',
      type: 'select',
      defaultValue: 'all-rights-reserved',
      options: options(MEDIA_LICENCES),
    },
  ],
}
