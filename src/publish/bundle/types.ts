/** What the bundle builder takes and gives (src/publish/bundle/build.ts). */
import type { TranslationStatus } from '../../workflow/constants'
import type { BundleCollection } from './model'
import type { Problem } from './problems'
import type { BundleLocale, LocaleBundle, MediaFile } from './schema'

export type { TranslationStatus }

/** A CMS document as Payload returns it at depth 0 (relations as ids). */
export type SourceDoc = Record<string, unknown> & { id: string | number }

/** Approval facts about one document (from the workflow). */
export interface ApprovalMeta {
  /** The approved version's id (Payload version id), or null (media are not versioned). */
  versionId: string | null
  /** When the default-locale content was approved. */
  approvedAt: string | null
  /** Per non-default locale: the translation's status (absent: not tracked, check content only). */
  translations?: Partial<
    Record<BundleLocale, { status: TranslationStatus; staleFields?: string[]; approvedAt?: string | null }>
  >
}

/** Why a referenced document could not be used. */
export type Unavailable = 'missing' | 'unapproved' | 'trashed'

/** Documents per collection, by id. */
export type DocsByCollection = Partial<Record<BundleCollection, Record<string, SourceDoc>>>

export interface BuildInput {
  /** Id of the report to publish. */
  reportId: string
  /** Locales to publish (default locale first is not required). */
  locales: BundleLocale[]
  defaultLocale?: BundleLocale
  /** Stamped into every content file; may be a placeholder before the version is decided. */
  bundleVersion: string
  /** Approved documents per locale (read without locale fallback), per collection, by id. */
  docs: Partial<Record<BundleLocale, DocsByCollection>>
  /** Approval facts by collection and id. Missing entries: versionId/approvedAt null. */
  meta?: Partial<Record<BundleCollection, Record<string, ApprovalMeta>>>
  /** Referenced documents that exist but cannot be published (no approved version, trashed). */
  unavailable?: Partial<Record<BundleCollection, Record<string, { reason: Unavailable; title?: string }>>>
  /** Publish items without an approved translation with the default-locale text (marked). */
  allowIncomplete?: boolean
  /**
   * Consent problems per testimony id, as the workflow computed them from the confidential part
   * (src/workflow consentProblems; [] = consent covers the disclosure). When absent for a
   * testimony, the builder reads `consent` from the document itself.
   */
  consentProblems?: Record<string, string[]>
  /** Processed media files by media id (from the writer); absent: `files` are null. */
  mediaFiles?: Record<string, { web: MediaFile | null; print: MediaFile | null }>
}

export interface SourceRecord {
  collection: BundleCollection
  id: string
  versionId: string | null
  approvedAt: string | null
}

export interface BuildResult {
  ok: boolean
  problems: Problem[]
  /** Per locale, in the order requested (empty when !ok). */
  bundles: Partial<Record<BundleLocale, LocaleBundle>>
  sources: SourceRecord[]
  /** Media ids the bundle uses (their files must be produced by the writer). */
  mediaIds: string[]
  generatedAt: string
  /** Problems tolerated because of allowIncomplete (as fallbacks). */
  fallbackCount: number
}

/** A reference from one document to another. */
export type Ref = { collection: BundleCollection; id: string; field: string }
