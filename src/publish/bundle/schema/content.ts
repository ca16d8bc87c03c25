/** The documents of the public bundle, and content/<locale>.json. */
import { z } from 'zod'

import {
  CHAPTER_KINDS,
  DEFENDER_STATUSES,
  DISCLOSURES,
  FURTHER_READING_KINDS,
  MEDIA_LICENCES,
  ORGANISATION_KINDS,
  QUALIFIERS,
  THEMES,
  values,
} from '../../../model/enums'
import { BUNDLE_COLLECTIONS } from '../model'
import { RichText } from './portable-text'
import { CalendarDate, Country, Direction, Id, Instant, LocaleCode, PublicUrl, SemVer } from './scalars'

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

export const FurtherReadingKind = z.enum(values(FURTHER_READING_KINDS))

export const ChapterSchema = z.strictObject({
  id: Id,
  slug: z.string(),
  order: z.number().describe('position in the report; chapters[] is already sorted by it'),
  kind: z.enum(values(CHAPTER_KINDS)),
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

export const Qualifier = z.enum(values(QUALIFIERS))

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

export const Disclosure = z.enum(values(DISCLOSURES))
export const Theme = z.enum(values(THEMES))

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

export const DefenderStatus = z.enum(values(DEFENDER_STATUSES))

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
  kind: z.enum(values(ORGANISATION_KINDS)),
  country: Country.nullable(),
  website: PublicUrl.nullable(),
  description: z.string().nullable(),
})

export const MediaLicence = z.enum(values(MEDIA_LICENCES))

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

export const FallbackCollection = z.enum(BUNDLE_COLLECTIONS)

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
export type Qualifier = z.infer<typeof Qualifier>
