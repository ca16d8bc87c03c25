import type { CollectionConfig } from 'payload'

import { adminOnly, nobody } from '../../access'

/**
 * The `publish-leases` collection: one row per held lease (see lease.ts). Written only by lease.ts,
 * with single SQL statements (an insert that takes over an expired row, an update or delete that
 * names the holder's token), never through the API; admins can read it to see who is publishing.
 */
export const PublishLeases: CollectionConfig = {
  slug: 'publish-leases',
  labels: { singular: 'Publish lease', plural: 'Publish leases' },
  admin: {
    group: 'Administration',
    useAsTitle: 'key',
    defaultColumns: ['key', 'holder', 'since', 'expiresAt'],
    description: 'Who is publishing now (one row per running publish). Kept by the publishing pipeline.',
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'token', type: 'text', required: true, access: { read: () => false } },
    { name: 'since', type: 'text', required: true, admin: { description: 'ISO time the holder took it.' } },
    {
      name: 'expiresAt',
      type: 'number',
      required: true,
      admin: { description: 'Milliseconds since 1970: after this, a holder that stopped renewing loses it.' },
    },
  ],
}
