/**
 * The bundle's view of the content model, derived from the declared collections (src/model): the
 * collections a bundle is made of, their translatable fields (translation checks and fallbacks),
 * the relationships it follows, the title field, and the admin URL of a document. Nothing here
 * restates a field: a field added to a collection is seen here at once. (What each collection
 * publishes is mapping.ts, checked by the strict schema.)
 */
import { LOCALE_CODES, type LocaleCode as BundleLocale } from '../../model/locales'
import { everyNode, titleField } from '../../model/registry'
import { isTranslatable, type FieldNode } from '../../model/walk'

export const BUNDLE_COLLECTIONS = [
  'reports',
  'chapters',
  'testimonies',
  'defenders',
  'statistics',
  'organisations',
  'media',
] as const
export type BundleCollection = (typeof BUNDLE_COLLECTIONS)[number]

/** A node's path in the bundle's notation: `a.b` for groups, `a[].b` for a member of array rows. */
function bundlePath(node: FieldNode, nodes: FieldNode[]): string {
  const parts = node.path.split('.')
  return parts
    .map((part, i) => {
      const prefix = parts.slice(0, i + 1).join('.')
      const container = nodes.find((n) => n.path === prefix)
      return i < parts.length - 1 && container?.field.type === 'array' ? `${part}[]` : part
    })
    .join('.')
}

const perCollection = <T>(fn: (c: BundleCollection) => T): Record<BundleCollection, T> =>
  Object.fromEntries(BUNDLE_COLLECTIONS.map((c) => [c, fn(c)])) as Record<BundleCollection, T>

/** Translatable fields per collection, in declaration order. Rich-text fields are marked `richText`. */
export const LOCALIZED_FIELDS: Record<
  BundleCollection,
  ReadonlyArray<{ path: string; richText?: true }>
> = perCollection((c) => {
  const nodes = everyNode(c)
  return nodes
    .filter((n) => isTranslatable(n) && !n.children && !n.blocks)
    .map((n) =>
      n.field.type === 'richText'
        ? { path: bundlePath(n, nodes), richText: true as const }
        : { path: bundlePath(n, nodes) },
    )
})

const isBundleCollection = (slug: unknown): slug is BundleCollection =>
  typeof slug === 'string' && (BUNDLE_COLLECTIONS as readonly string[]).includes(slug)

/**
 * The relationship fields a bundle follows from each collection, in declaration order (then the
 * embeds of its rich-text fields): whatever they point to is part of the bundle. Every public
 * relationship or upload to a bundle collection, except to reports and chapters: those are the
 * containers the bundle is walked from (a chapter's `report`, a testimony's or statistic's
 * `chapter` attach them; they are not references to follow).
 */
export const RELATIONSHIPS: Record<
  BundleCollection,
  ReadonlyArray<{ path: string; to: BundleCollection; hasMany?: true }>
> = perCollection((c) => {
  const nodes = everyNode(c)
  const out: Array<{ path: string; to: BundleCollection; hasMany?: true }> = []
  for (const n of nodes) {
    if (n.role !== 'public' || (n.field.type !== 'relationship' && n.field.type !== 'upload')) continue
    const to = n.field.relationTo
    if (!isBundleCollection(to) || to === 'reports' || to === 'chapters') continue
    out.push(n.field.hasMany ? { path: bundlePath(n, nodes), to, hasMany: true } : { path: bundlePath(n, nodes), to })
  }
  return out
})

/** The field holding a document's human title (the collection's `admin.useAsTitle`). */
export const TITLE_FIELD: Record<BundleCollection, string> = perCollection(titleField)

export const adminUrl = (collection: string, id: string, locale: BundleLocale | string = 'en'): string =>
  `/admin/collections/${collection}/${encodeURIComponent(id)}?locale=${locale}`

/** Locales in the configured order (en first), each once. */
export const sortLocales = (ls: BundleLocale[]): BundleLocale[] =>
  [...new Set(ls)].sort((a, b) => LOCALE_CODES.indexOf(a) - LOCALE_CODES.indexOf(b))
