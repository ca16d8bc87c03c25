import type { CollectionConfig } from 'payload'

/**
 * What every editorial collection shares: versions with drafts (autosave off: editors save on
 * purpose), and the trash, so that nothing is hard-deleted by accident.
 */
export const contentCollectionDefaults = {
  versions: { drafts: true, maxPerDoc: 100 },
  trash: true,
} satisfies Partial<CollectionConfig>
