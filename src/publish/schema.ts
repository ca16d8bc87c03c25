/**
 * The public bundle's shape: the single source of truth for everything a published Folio bundle
 * may contain. It is an ALLOW-LIST: every object is strict (unknown keys are an error), so a field
 * that is not declared here can never be written, whatever the CMS documents contain.
 *
 * Stability contract (consumers: the website, partners, the PDF edition in src/publish/pdf/):
 * fields are only ever ADDED; nothing is renamed or removed without a major `SCHEMA_VERSION` bump.
 *
 * Conventions used throughout
 * - Ids are strings (the CMS id as text: "12"), so the bundle does not depend on the database.
 * - Calendar dates ("as of", "status since", period bounds, event dates) are ISO 8601 `YYYY-MM-DD`.
 * - Instants (the bundle date) are ISO 8601 UTC `YYYY-MM-DDTHH:mm:ss.sssZ`.
 * - Absent optional values are `null`, never missing keys: every key is always present.
 * - Localised text is already in the bundle's locale (one file per locale: `content/<locale>.json`).
 *   When an item had no approved translation and the bundle was published with
 *   `--allow-incomplete`, the default-locale (en) text is used and the item is listed in `fallbacks`.
 * - Rich text uses the portable tree below (`RichText`), never Lexical's internal JSON.
 * - Media are referenced by id; `media[]` describes each file (content-hashed paths under `media/`).
 *
 * Files of a bundle (releases/<report-slug>/<version>/):
 *   manifest.json          ManifestSchema (below): versions, sources, every file with size + sha256
 *   manifest.sig           optional Ed25519 signature of manifest.json's exact bytes (base64)
 *   content/<locale>.json  LocaleBundleSchema, one per published locale
 *   media/<sha256>.<size>.<ext>  re-encoded images, all metadata stripped (size: web | print)
 *   schema/bundle.schema.json    JSON Schema of content/<locale>.json (generated from this file)
 *   schema/manifest.schema.json  JSON Schema of manifest.json
 *   changes.json           ChangesSchema: what changed since the previous version
 *   CHANGELOG.md           the same, readable
 *   README.md              how to read and verify the bundle
 */
import { z } from 'zod'

/** Version of THIS schema (the shape), not of the content. Bumped major on incompatible change. */
export const SCHEMA_VERSION = '1.1.0'

// ---------------------------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------------------------

/** A CMS document id, as a string. */
export const Id = z.string().min(1).describe('CMS document id, as a string')
/** ISO 8601 calendar date. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('ISO 8601 calendar date YYYY-MM-DD')
/** ISO 8601 UTC instant. */
export const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/)
  .describe('ISO 8601 UTC instant')
/** A link readers may follow: http, https or mailto only (checked again by the validator). */
export const PublicUrl = z
  .string()
  .regex(/^(https?:\/\/|mailto:)/i)
  .describe('http(s) or mailto URL')
export const SemVer = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/)
  .describe('semantic version MAJOR.MINOR.PATCH')
export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('SHA-256, lower-case hex')
export const LocaleCode = z.enum(['en', 'fr', 'es', 'ru', 'ar']).describe('Locale code')
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code')
export const Direction = z.enum(['ltr', 'rtl'])

// ---------------------------------------------------------------------------------------------
// Portable rich text
// ---------------------------------------------------------------------------------------------
/*
 * RichText = { type: 'root', children: Block[] }
 *
 * Block (what a layout stacks vertically):
 *   { type: 'paragraph', children: Inline[] }
 *   { type: 'heading', level: 2 | 3 | 4, children: Inline[] }       (h1 is the document title)
 *   { type: 'list', ordered: boolean, items: ListItem[] }
 *   { type: 'quote', children: Inline[] }                          (block quotation)
 *   { type: 'embed', kind: 'statistic' | 'testimony' | 'defender', id, excerpt }
 *       an embedded reference to an item of the same bundle: `statistics[]`, `testimonies[]`,
 *       `defenders[]` hold it. `excerpt` (testimony only, else null) is the witness's words the
 *       editors chose to quote; only these may be shown as a quotation. null: nothing to quote;
 *       a layout may show the testimony's summary as the editors' text, never in quotation marks
 *       nor attributed to the witness.
 *   { type: 'video', url, title, caption, poster }                 poster: media id or null
 *   { type: 'callToAction', label, url, kind: 'read' | 'support' | 'signup' | 'act' }
 *
 * ListItem = { type: 'listItem', children: Inline[], lists: List[] }
 *   `lists` holds lists nested under this item (usually zero or one).
 *
 * Inline:
 *   { type: 'text', text, marks: Mark[] }   marks sorted alphabetically, no duplicates
 *   { type: 'linebreak' }
 *   { type: 'link', url, newTab: boolean, children: (text | linebreak)[] }
 *
 * Mark: 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code' | 'subscript' | 'superscript'
 *   (the editor offers bold and italic; the others are mapped from Lexical's format bits so that
 *   pasted formatting is kept explicitly rather than silently lost; 'highlight' is dropped as it
 *   has no meaning in print.)
 */

export const Mark = z.enum(['bold', 'code', 'italic', 'strikethrough', 'subscript', 'superscript', 'underline'])

export const TextNode = z
  .strictObject({
    type: z.literal('text'),
    text: z.string(),
    marks: z.array(Mark),
  })
  .meta({ id: 'TextNode', description: 'A run of text with its marks' })

export const LineBreakNode = z
  .strictObject({ type: z.literal('linebreak') })
  .meta({ id: 'LineBreakNode', description: 'A line break within a block' })

export const LinkNode = z
  .strictObject({
    type: z.literal('link'),
    url: PublicUrl,
    newTab: z.boolean(),
    children: z.array(z.discriminatedUnion('type', [TextNode, LineBreakNode])),
  })
  .meta({ id: 'LinkNode', description: 'A hyperlink around text' })

export const InlineNode = z.discriminatedUnion('type', [TextNode, LineBreakNode, LinkNode]).meta({ id: 'InlineNode' })

export const ParagraphNode = z
  .strictObject({ type: z.literal('paragraph'), children: z.array(InlineNode) })
  .meta({ id: 'ParagraphNode' })
export const HeadingNode = z
  .strictObject({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    children: z.array(InlineNode),
  })
  .meta({ id: 'HeadingNode' })
export const QuoteNode = z
  .strictObject({ type: z.literal('quote'), children: z.array(InlineNode) })
  .meta({ id: 'QuoteNode' })

export interface ListNodeT {
  type: 'list'
  ordered: boolean
  items: ListItemNodeT[]
}
export interface ListItemNodeT {
  type: 'listItem'
  children: z.infer<typeof InlineNode>[]
  lists: ListNodeT[]
}

export const ListItemNode: z.ZodType<ListItemNodeT> = z
  .strictObject({
    type: z.literal('listItem'),
    children: z.array(InlineNode),
    get lists(): z.ZodArray<z.ZodType<ListNodeT>> {
      return z.array(ListNode)
    },
  })
  .meta({ id: 'ListItemNode', description: 'A list item: inline content, then the lists nested under it' })
export const ListNode: z.ZodType<ListNodeT> = z
  .strictObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    get items(): z.ZodArray<z.ZodType<ListItemNodeT>> {
      return z.array(ListItemNode)
    },
  })
  .meta({ id: 'ListNode', description: 'An ordered or unordered list' })

export const EmbedKind = z.enum(['statistic', 'testimony', 'defender'])
export const EmbedNode = z
  .strictObject({
    type: z.literal('embed'),
    kind: EmbedKind,
    id: Id,
    excerpt: z
      .string()
      .nullable()
      .describe(
        "The witness's words to quote (testimony only); null: nothing to quote (the summary is the editors' text, never a quotation)",
      ),
  })
  .meta({ id: 'EmbedNode', description: 'Embedded reference to a statistic, testimony or defender of this bundle' })

export const VideoNode = z
  .strictObject({
    type: z.literal('video'),
    url: PublicUrl,
    title: z.string(),
    caption: z.string().nullable(),
    poster: Id.nullable().describe('media id of the poster image, or null'),
  })
  .meta({ id: 'VideoNode' })

export const CallToActionKind = z.enum(['read', 'support', 'signup', 'act'])
export const CallToActionNode = z
  .strictObject({
    type: z.literal('callToAction'),
    label: z.string(),
    url: PublicUrl,
    kind: CallToActionKind,
  })
  .meta({ id: 'CallToActionNode' })

export const BlockNode = z
  .union([ParagraphNode, HeadingNode, ListNode, QuoteNode, EmbedNode, VideoNode, CallToActionNode])
  .meta({ id: 'BlockNode' })

export const RichText = z
  .strictObject({ type: z.literal('root'), children: z.array(BlockNode) })
  .meta({ id: 'RichText', description: 'Portable rich text (see src/publish/schema.ts for the node list)' })

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

export const ReportSchema = z.strictObject({
  id: Id,
  slug: z.string(),
  year: z.number().int(),
  title: z.string(),
  subtitle: z.string().nullable(),
  introduction: RichText.nullable(),
  coverImage: Id.nullable().describe('media id'),
  organisation: Id.nullable().describe('organisation id of the publisher'),
  licence: z.string().nullable().describe('licence printed in the colophon, e.g. "CC BY-NC-ND 4.0"'),
  // Added in 1.1.0; bundles written before it have no such key and read as null.
  publicationDate: CalendarDate.nullable()
    .default(null)
    .describe('the date the report is published (its editors set it), or null when not yet known'),
  publicationDateDisplay: z
    .string()
    .nullable()
    .default(null)
    .describe('publicationDate formatted for the locale ("15 March 2021"), or null'),
})

export const FurtherReadingKind = z.enum(['briefing', 'report', 'article', 'video', 'campaign'])

export const ChapterSchema = z.strictObject({
  id: Id,
  slug: z.string(),
  order: z.number().describe('position in the report; chapters[] is already sorted by it'),
  kind: z.enum(['foreword', 'country', 'thematic', 'annex']),
  country: Country.nullable(),
  title: z.string(),
  lead: z.string().nullable(),
  body: RichText.nullable(),
  headlineStatistics: z.array(Id).describe("statistic ids, in the editor's order"),
  testimonies: z.array(Id).describe("testimony ids, in the editor's order"),
  defenders: z.array(Id).describe("defender ids, in the editor's order"),
  partners: z.array(Id).describe("organisation ids, in the editor's order"),
  furtherReading: z.array(z.strictObject({ title: z.string(), url: PublicUrl, kind: FurtherReadingKind })),
})

export const Qualifier = z.enum(['exact', 'approximately', 'more-than', 'at-least', 'estimated', 'up-to'])

export const StatisticSchema = z.strictObject({
  id: Id,
  label: z.string().describe('what is counted, e.g. "documented cases of torture"'),
  value: z.number().describe('the number itself; never text'),
  qualifier: Qualifier,
  unit: z.string().nullable(),
  period: z
    .strictObject({ from: CalendarDate.nullable(), to: CalendarDate.nullable() })
    .describe('period the figure covers; both null when not given'),
  asOf: CalendarDate.describe('the date the figure was true'),
  country: Country.nullable(),
  chapter: Id.nullable().describe('chapter of this bundle the figure belongs to, or null'),
  source: z.strictObject({
    organisation: Id.nullable().describe('organisation id'),
    title: z.string().nullable(),
    url: PublicUrl.nullable(),
  }),
  methodology: z.string().nullable(),
  headline: z.boolean().describe("one of the report's headline figures"),
  display: z
    .string()
    .describe('qualifier + number formatted for the locale, e.g. "more than 30,000", "plus de 30 000"'),
  displayParts: z
    .strictObject({
      before: z.string().describe('words printed before the number, with their trailing space ("more than ")'),
      value: z.string().describe('the formatted number alone ("30,000")'),
      after: z.string().describe('words printed after the number, with their leading space'),
    })
    .describe('display = before + value + after; lets a layout print the number big and the words small'),
  asOfDisplay: z.string().describe('the as-of date formatted for the locale ("31 December 2020")'),
  periodDisplay: z.string().nullable().describe('the period formatted for the locale, or null'),
})

export const Disclosure = z.enum(['named', 'pseudonym', 'anonymous'])
export const Theme = z.enum([
  'torture',
  'arbitrary-detention',
  'ill-treatment-in-custody',
  'police-violence',
  'enforced-disappearance',
  'sexual-violence',
  'harassment-of-defenders',
  'judicial-harassment',
])

/** Public part of a testimony only. Legal name, contact, internal notes and consent never appear. */
export const TestimonySchema = z.strictObject({
  id: Id,
  title: z.string(),
  summary: z.string(),
  body: RichText.nullable(),
  eventDate: CalendarDate.nullable(),
  eventDateDisplay: z.string().nullable().describe('eventDate formatted for the locale'),
  place: z.string().nullable(),
  country: Country.nullable(),
  themes: z.array(Theme),
  chapter: Id.nullable().describe('chapter of this bundle, or null'),
  media: z.array(Id).describe('media ids'),
  contentWarning: z.string().nullable(),
  disclosure: Disclosure,
  publicName: z
    .string()
    .nullable()
    .describe('name or pseudonym shown to readers; null for anonymous testimonies without one'),
})

export const DefenderStatus = z.enum([
  'detained',
  'house-arrest',
  'deprived-of-liberty',
  'convicted',
  'released',
  'in-exile',
  'travel-ban',
  'witness',
])

/** Public defender profiles only (confidential profiles are never published). */
export const DefenderSchema = z.strictObject({
  id: Id,
  name: z.string(),
  photo: Id.nullable().describe('media id'),
  organisation: Id.nullable().describe('organisation id'),
  role: z.string().nullable(),
  country: Country.nullable(),
  status: DefenderStatus,
  statusSince: CalendarDate.nullable(),
  statusSinceDisplay: z.string().nullable().describe('statusSince formatted for the locale'),
  charges: z.string().nullable(),
  timeline: z
    .array(z.strictObject({ date: CalendarDate, dateDisplay: z.string(), event: z.string() }))
    .describe('sorted by date'),
  biography: RichText.nullable(),
})

export const OrganisationSchema = z.strictObject({
  id: Id,
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(['partner', 'source', 'institution']),
  country: Country.nullable(),
  website: PublicUrl.nullable(),
  description: z.string().nullable(),
})

export const MediaLicence = z.enum([
  'all-rights-reserved',
  'cc-by-4.0',
  'cc-by-sa-4.0',
  'cc-by-nc-4.0',
  'cc0',
  'permission',
])

export const MediaFile = z.strictObject({
  path: z
    .string()
    .regex(/^media\/[0-9a-f]{64}\.(web|print)\.(jpg|png|webp)$/)
    .describe('bundle-relative path, named by the SHA-256 of its bytes'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
})

export const MediaSchema = z.strictObject({
  id: Id,
  alt: z.string().min(1).describe('text alternative, required in every published locale'),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  licence: MediaLicence.nullable(),
  width: z.number().int().positive().nullable().describe('of the original'),
  height: z.number().int().positive().nullable().describe('of the original'),
  files: z
    .strictObject({
      web: MediaFile.nullable().describe('max 1600 px wide'),
      print: MediaFile.nullable().describe('max 3000 px wide'),
    })
    .describe('null when the bundle was built without media files (dry run, tests)'),
})

export const FallbackCollection = z.enum([
  'reports',
  'chapters',
  'testimonies',
  'defenders',
  'statistics',
  'organisations',
  'media',
])

export const FallbackSchema = z
  .strictObject({
    collection: FallbackCollection,
    id: Id,
    fields: z.array(z.string()).describe('fields shown in the default locale (en) instead of this locale'),
  })
  .describe('an item published with default-locale text (--allow-incomplete)')

/** content/<locale>.json */
export const LocaleBundleSchema = z
  .strictObject({
    schemaVersion: SemVer.describe('version of this schema'),
    bundleVersion: SemVer.describe('version of the content (the release)'),
    locale: LocaleCode,
    defaultLocale: LocaleCode.describe('source language of translations (en)'),
    dir: Direction.describe('text direction of the locale'),
    generatedAt: Instant.describe('bundle date = the latest approval time of its documents (not wall clock)'),
    generatedAtDisplay: z.string().describe('generatedAt as a date formatted for the locale'),
    report: ReportSchema,
    chapters: z.array(ChapterSchema).describe('sorted by order'),
    statistics: z.array(StatisticSchema).describe('sorted by id'),
    testimonies: z.array(TestimonySchema).describe('sorted by id'),
    defenders: z.array(DefenderSchema).describe('sorted by id'),
    organisations: z.array(OrganisationSchema).describe('sorted by id'),
    media: z.array(MediaSchema).describe('sorted by id'),
    fallbacks: z.array(FallbackSchema).describe('sorted by collection then id; empty when complete'),
  })
  .describe('Folio public bundle: one report in one locale')

// ---------------------------------------------------------------------------------------------
// Manifest and changes
// ---------------------------------------------------------------------------------------------

export const SourceCollection = z.enum([
  'reports',
  'chapters',
  'testimonies',
  'defenders',
  'statistics',
  'organisations',
  'media',
])

export const ManifestSchema = z
  .strictObject({
    schemaVersion: SemVer,
    bundleVersion: SemVer,
    generator: z.strictObject({ name: z.literal('folio'), version: z.string() }),
    generatedAt: Instant.describe('bundle date = the latest approval time'),
    report: z.strictObject({ id: Id, slug: z.string(), year: z.number().int() }),
    locales: z.array(LocaleCode).describe('published locales, en first then alphabetical'),
    previousVersion: SemVer.nullable().describe('the version this one was compared with'),
    sources: z
      .array(
        z.strictObject({
          collection: SourceCollection,
          id: Id,
          versionId: z
            .string()
            .nullable()
            .describe('the approved version id in the CMS (null: not versioned, e.g. media)'),
          approvedAt: Instant.nullable(),
        }),
      )
      .describe('every CMS document the bundle was built from, sorted by collection then id'),
    files: z
      .array(z.strictObject({ path: z.string(), size: z.number().int().nonnegative(), sha256: Sha256 }))
      .describe('every file of the bundle except manifest.json and manifest.sig, sorted by path'),
    contentChecksum: Sha256.describe(
      'SHA-256 of the lines "<sha256>  <path>\\n" (sorted by path) of every file NOT under pdf/: identifies the data a PDF was rendered from, so a PDF can print it',
    ),
    signature: z
      .strictObject({
        algorithm: z.literal('ed25519'),
        publicKey: z.string().describe('SPKI DER, base64'),
        file: z.literal('manifest.sig'),
      })
      .nullable()
      .describe('where the detached signature of manifest.json is, and the key that made it'),
  })
  .describe('Folio bundle manifest')

export const ChangeKind = z.enum(['added', 'removed', 'changed'])
export const ChangesSchema = z.strictObject({
  from: SemVer.nullable(),
  to: SemVer,
  bump: z.enum(['major', 'minor', 'patch', 'initial']),
  locales: z.strictObject({ added: z.array(LocaleCode), removed: z.array(LocaleCode) }),
  items: z
    .array(
      z.strictObject({
        collection: SourceCollection,
        id: Id,
        title: z.string().describe('title/name/label in the locale'),
        locale: LocaleCode,
        change: ChangeKind,
        fields: z.array(z.string()).describe('changed fields (change = changed), else empty'),
      }),
    )
    .describe('sorted by locale, collection, id'),
})

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type Mark = z.infer<typeof Mark>
export type TextNode = z.infer<typeof TextNode>
export type LinkNode = z.infer<typeof LinkNode>
export type InlineNode = z.infer<typeof InlineNode>
export type BlockNode = z.infer<typeof BlockNode>
export type ListNode = ListNodeT
export type ListItemNode = ListItemNodeT
export type EmbedNode = z.infer<typeof EmbedNode>
export type RichText = z.infer<typeof RichText>
export type Report = z.infer<typeof ReportSchema>
export type Chapter = z.infer<typeof ChapterSchema>
export type Statistic = z.infer<typeof StatisticSchema>
export type Testimony = z.infer<typeof TestimonySchema>
export type Defender = z.infer<typeof DefenderSchema>
export type Organisation = z.infer<typeof OrganisationSchema>
export type Media = z.infer<typeof MediaSchema>
export type MediaFile = z.infer<typeof MediaFile>
export type Fallback = z.infer<typeof FallbackSchema>
export type LocaleBundle = z.infer<typeof LocaleBundleSchema>
export type Manifest = z.infer<typeof ManifestSchema>
export type Changes = z.infer<typeof ChangesSchema>
export type Qualifier = z.infer<typeof Qualifier>
export type BundleLocale = z.infer<typeof LocaleCode>

/** JSON Schemas written to `schema/` in every bundle (draft 2020-12). */
export function bundleJsonSchemas(): {
  'bundle.schema.json': object
  'manifest.schema.json': object
  'changes.schema.json': object
} {
  const opts = { target: 'draft-2020-12', unrepresentable: 'throw', cycles: 'ref', reused: 'inline' } as const
  return {
    'bundle.schema.json': {
      $id: 'https://folio.invalid/schema/bundle.schema.json',
      ...z.toJSONSchema(LocaleBundleSchema, opts),
    },
    'manifest.schema.json': {
      $id: 'https://folio.invalid/schema/manifest.schema.json',
      ...z.toJSONSchema(ManifestSchema, opts),
    },
    'changes.schema.json': {
      $id: 'https://folio.invalid/schema/changes.schema.json',
      ...z.toJSONSchema(ChangesSchema, opts),
    },
  }
}
