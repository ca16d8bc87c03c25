/**
 * The content collections: what editors write, reviewers approve, translators localise and the
 * pipeline publishes (media are published too, but are not under the editorial workflow).
 */
export const CONTENT_COLLECTIONS = [
  'reports',
  'chapters',
  'testimonies',
  'defenders',
  'statistics',
  'organisations',
] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

export const isContentCollection = (slug: unknown): slug is ContentCollection =>
  typeof slug === 'string' && (CONTENT_COLLECTIONS as readonly string[]).includes(slug)

/** The field holding a document's human title: the collection's `admin.useAsTitle`. */
export const titleFieldOf = (config: { admin?: { useAsTitle?: string } }): string => config.admin?.useAsTitle ?? 'id'
