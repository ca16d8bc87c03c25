/**
 * What the publishing pipeline knows about the CMS content model, in one place: the collections a
 * bundle is made of, their localised fields (for translation checks and fallbacks), the title
 * field, the order of locales, and the admin URL of a document. (The relationships the bundle
 * follows are in include.ts; what each collection publishes is in mapping.ts.)
 *
 * tests/publish/model.test.ts checks these lists against the collection configs, so a field added
 * to the CMS without being considered here fails the tests.
 */
import { LOCALE_CODES, type LocaleCode as BundleLocale } from '../../locales'
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

/**
 * The relationship fields a bundle follows from each collection, in the order they are followed
 * (then the embeds of its rich-text fields): whatever they point to is part of the bundle.
 * `path` as in LOCALIZED_FIELDS; `hasMany`: a list of ids.
 */
export const RELATIONSHIPS: Record<
  BundleCollection,
  ReadonlyArray<{ path: string; to: BundleCollection; hasMany?: true }>
> = {
  reports: [
    { path: 'coverImage', to: 'media' },
    { path: 'organisation', to: 'organisations' },
  ],
  chapters: [
    { path: 'headlineStatistics', to: 'statistics', hasMany: true },
    { path: 'testimonies', to: 'testimonies', hasMany: true },
    { path: 'defenders', to: 'defenders', hasMany: true },
    { path: 'partners', to: 'organisations', hasMany: true },
  ],
  testimonies: [{ path: 'media', to: 'media', hasMany: true }],
  defenders: [
    { path: 'photo', to: 'media' },
    { path: 'organisation', to: 'organisations' },
  ],
  statistics: [{ path: 'source.organisation', to: 'organisations' }],
  organisations: [],
  media: [],
}

/** The field holding a document's human title. */
export const TITLE_FIELD: Record<BundleCollection, string> = { ...WORKFLOW_TITLE_FIELD, media: 'alt' }

export const adminUrl = (collection: string, id: string, locale: BundleLocale | string = 'en'): string =>
  `/admin/collections/${collection}/${encodeURIComponent(id)}?locale=${locale}`

/** Locales in the configured order (en first), each once. */
export const sortLocales = (ls: BundleLocale[]): BundleLocale[] =>
  [...new Set(ls)].sort((a, b) => LOCALE_CODES.indexOf(a) - LOCALE_CODES.indexOf(b))
