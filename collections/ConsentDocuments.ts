import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { adminOnly, adminOrEditor } from '../src/access'
import { guardUpload, inspectDocument } from '../src/uploads/guard'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Signed consent forms. Confidential: only admins and editors can see or download them, they are
 * never part of a published bundle, and they are stored apart from the public media.
 */
export const ConsentDocuments: CollectionConfig = {
  slug: 'consent-documents',
  admin: { group: 'Confidential', useAsTitle: 'filename' },
  access: { read: adminOrEditor, create: adminOrEditor, update: adminOrEditor, delete: adminOnly },
  hooks: { beforeOperation: [guardUpload(inspectDocument)] },
  upload: {
    staticDir: process.env.FOLIO_CONSENT_DIR || path.resolve(dirname, '../consent-documents'),
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  },
  fields: [{ name: 'note', type: 'text' }],
}
