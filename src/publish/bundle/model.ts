/**
 * What the publishing pipeline knows about the CMS content model, in one place: the collections a
 * bundle is made of, their localised fields (for translation checks and fallbacks), the
 * relationships it follows, and the admin URL of a document.
 *
 * tests/publish/model.test.ts checks these lists against the collection configs, so a field added
 * to the CMS without being considered here fails the tests.
 */
import type { BundleLocale } from './schema'
import { TITLE_FIELD as WORKFLOW_TITLE_FIELD } from '../../workflow/constants'

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

/** Versioned collections (drafts + approval); media are not versioned. */
export const VERSIONED: ReadonlySet<BundleCollection> = new Set([
  'reports',
  'chapters',
  'testimonies',
  'defenders',
  'statistics',
  'organisations',
])

/**
 * Localised fields per collection, as paths: `a.b` for groups, `a[].b` for a field of array rows.
 * Rich-text fields are marked with `richText`.
 */
export const LOCALIZED_FIELDS: Record<BundleCollection, ReadonlyArray<{ path: string; richText?: true }>> = {
  reports: [{ path: 'title' }, { path: 'subtitle' }, { path: 'introduction', richText: true }],
  chapters: [{ path: 'title' }, { path: 'lead' }, { path: 'body', richText: true }, { path: 'furtherReading[].title' }],
  testimonies: [
    { path: 'title' },
    { path: 'summary' },
    { path: 'body', richText: true },
    { path: 'place' },
    { path: 'contentWarning' },
    { path: 'publicName' },
  ],
  defenders: [
    { path: 'name' },
    { path: 'role' },
    { path: 'charges' },
    { path: 'timeline[].event' },
    { path: 'biography', richText: true },
  ],
  statistics: [{ path: 'label' }, { path: 'unit' }, { path: 'source.title' }, { path: 'methodology' }],
  organisations: [{ path: 'name' }, { path: 'description' }],
  media: [{ path: 'alt' }, { path: 'caption' }],
}

/** The field holding a document's human title. */
export const TITLE_FIELD: Record<BundleCollection, string> = { ...WORKFLOW_TITLE_FIELD, media: 'alt' }

export const adminUrl = (collection: string, id: string, locale: BundleLocale | string = 'en'): string =>
  `/admin/collections/${collection}/${encodeURIComponent(id)}?locale=${locale}`
