import type { Field, Payload } from 'payload'

import { fieldNodes, isPlainObject, mapLocalised, withoutRole } from '../model/walk'

import { DEFAULT_LOCALE } from '../locales'
import { TRANSLATION_LOCALES, type TranslationStatus, type WorkflowState } from './constants'
import { consentProblems, type ConsentInput } from './consent'
import { changedFields, combineHashes, fieldHashes } from './fingerprint'
import { normaliseRows } from './rows'

type Doc = Record<string, unknown>

/** What `getApprovedDocument` returns. */
export type ApprovedDocument =
  | {
      status: 'approved'
      collection: string
      id: string | number
      locale: string
      /** The approved content: default-locale + non-localised fields from the published (approved)
       * version; for a non-default locale its localised fields come from the approved translation.
       * Testimonies: the confidential part (legalName, contact, internalNotes, consent) is removed. */
      doc: Doc
      /** Version id (in the collection's versions) of the approved content / translation. */
      versionId: string | null
      approvedAt: string | null
      approvedBy: string | number | null
      /** Fingerprint of the default-locale text of the approved content. */
      sourceFingerprint: string
      /** Testimonies: problems with consent for the approved disclosure ([] = consent covers it). */
      consentProblems?: string[]
    }
  | {
      /** not-approved: the content has no approved version (never approved, un-approved, trashed or
       * unknown id). missing: no approved translation for the locale. stale: the approved
       * translation was made from different default-locale text than the approved one. */
      status: 'not-approved' | 'missing' | 'stale'
      collection: string
      id: string | number
      locale: string
      doc: null
      /** stale: the source fields that differ. */
      staleFields: string[]
      /** The translation's working status (latest version), for messages. */
      translationStatus?: TranslationStatus
    }

const fieldsOf = (payload: Payload, collection: string) =>
  (payload.collections as unknown as Record<string, { config: { fields: Field[] } }>)[collection].config.fields
const relId = (v: unknown) =>
  v && typeof v === 'object' && 'id' in v
    ? ((v as { id: string | number }).id ?? null)
    : ((v as string | number | null | undefined) ?? null)

/**
 * `base` (approved default-locale doc) with every localised value replaced by the value in
 * `localeDoc` (the same document read in another locale, without fallback). Array and block rows
 * are matched by their id.
 */
export const overlayLocalised = (fields: Field[], base: Doc, localeDoc: Doc): Doc =>
  mapLocalised(fieldNodes(fields), base, localeDoc, (_value, localeValue) => localeValue ?? null)

/** One locale's view of data read with `locale: 'all'`: each localised value replaced by its `locale` entry (no fallback). */
export const pickLocale = (fields: Field[], data: Doc, locale: string): Doc =>
  mapLocalised(fieldNodes(fields), data, undefined, (value) => (isPlainObject(value) ? (value[locale] ?? null) : null))

/** The document without its confidential fields (src/model: never leaves the CMS). */
const stripConfidential = (fields: Field[], doc: Doc): Doc => withoutRole(fieldNodes(fields), doc, 'confidential')

/**
 * THE API FOR THE PUBLISHING PIPELINE: the approved content of one document in one locale.
 *
 * - Reads with overrideAccess (server-side only). depth 0: relations are ids.
 * - `status: 'approved'`: `doc` is what may be published. For the default locale (en): the
 *   published version, which only approval can produce (editing an approved document saves new
 *   drafts; the published version stays until the new draft is approved). For another locale:
 *   the same document with its localised fields taken from the version whose text in that locale
 *   was approved (`versionId`), provided that translation was made from exactly the default-locale
 *   text that is approved now (fingerprints equal). No fallback to en is ever applied.
 * - `status: 'not-approved'` (doc null): the document has no approved version (never approved,
 *   approval withdrawn, consent withdrawn, trashed, or unknown id).
 * - `status: 'missing'` (doc null): no approved translation for this locale.
 * - `status: 'stale'` (doc null): the approved translation was made from other source text;
 *   `staleFields` lists the changed source fields.
 * - Testimonies: the confidential part is never in `doc`; `consentProblems` says whether consent
 *   (of the approved version) covers its disclosure ([] = fine).
 * - Never returns trashed documents. Translation metadata comes from the latest version.
 *
 * Several locales of one document: `getApprovedDocumentLocales` reads the shared parts once.
 */
export async function getApprovedDocument(
  payload: Payload,
  collection: string,
  id: string | number,
  locale: string = DEFAULT_LOCALE,
): Promise<ApprovedDocument> {
  return (await getApprovedDocumentLocales(payload, collection, id, [locale]))[locale]
}

/**
 * `getApprovedDocument` for several locales of one document at once (same results, fewer reads):
 * `{ [locale]: ApprovedDocument }`.
 */
export async function getApprovedDocumentLocales(
  payload: Payload,
  collection: string,
  id: string | number,
  locales: string[],
): Promise<Record<string, ApprovedDocument>> {
  const fields = fieldsOf(payload, collection)
  const out: Record<string, ApprovedDocument> = {}
  const notApproved = (
    locale: string,
    status: 'not-approved' | 'missing' | 'stale',
    staleFields: string[] = [],
    translationStatus?: TranslationStatus,
  ) =>
    ({
      status,
      collection,
      id,
      locale,
      doc: null,
      staleFields,
      ...(translationStatus ? { translationStatus } : {}),
    }) as ApprovedDocument
  let published: Doc | null = null
  try {
    published = (await payload.findByID({
      collection: collection as never,
      id,
      draft: false,
      locale: DEFAULT_LOCALE as never,
      fallbackLocale: false as never,
      depth: 0,
      overrideAccess: true,
    })) as Doc
  } catch {
    published = null
  }
  if (!published || published._status !== 'published' || published.deletedAt) {
    for (const l of locales) out[l] = notApproved(l, 'not-approved')
    return out
  }
  const wf = (published.workflow ?? {}) as Doc
  const enHashes = fieldHashes(fields, published)
  const sourceFingerprint = combineHashes(enHashes)
  const extra = collection === 'testimonies' ? { consentProblems: consentProblems(published as ConsentInput) } : {}
  const others = locales.filter((l) => l !== DEFAULT_LOCALE)
  if (locales.includes(DEFAULT_LOCALE)) {
    out[DEFAULT_LOCALE] = {
      status: 'approved',
      collection,
      id,
      locale: DEFAULT_LOCALE,
      doc: stripConfidential(fields, published),
      versionId: (wf.approvedVersion as string | undefined) ?? null,
      approvedAt: (wf.approvedAt as string | undefined) ?? null,
      approvedBy: relId(wf.approvedBy),
      sourceFingerprint,
      ...extra,
    }
  }
  if (others.length === 0) return out
  const latest = (await payload.findByID({
    collection: collection as never,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    locale: DEFAULT_LOCALE as never,
    select: { translations: true } as never,
  })) as Doc
  const rows = normaliseRows(latest.translations)
  const versions = new Map<string, Promise<Doc>>()
  const versionDoc = (versionId: string) => {
    if (!versions.has(versionId)) {
      versions.set(
        versionId,
        payload
          .findVersionByID({
            collection: collection as never,
            id: versionId,
            locale: 'all' as never,
            depth: 0,
            overrideAccess: true,
          })
          .then((v) => (v as unknown as { version: Doc }).version),
      )
    }
    return versions.get(versionId)!
  }
  for (const locale of others) {
    const row = rows.find((r) => r.locale === locale)
    if (!row || !row.approvedVersion || !row.sourceFingerprint) {
      out[locale] = notApproved(locale, 'missing', [], row?.status)
      continue
    }
    if (row.sourceFingerprint !== sourceFingerprint) {
      out[locale] = notApproved(locale, 'stale', changedFields(row.approvedSourceFields ?? {}, enHashes), row.status)
      continue
    }
    const all = await versionDoc(row.approvedVersion)
    const doc = overlayLocalised(fields, published, pickLocale(fields, all, locale))
    out[locale] = {
      status: 'approved',
      collection,
      id,
      locale,
      doc: stripConfidential(fields, doc),
      versionId: row.approvedVersion,
      approvedAt: row.approvedAt ?? null,
      approvedBy: relId(row.approvedBy),
      sourceFingerprint,
      ...extra,
    }
  }
  return out
}

export interface TranslationStatusEntry {
  locale: string
  status: TranslationStatus
  staleFields: string[]
  approvedAt: string | null
  approvedBy: string | number | null
  approvedVersion: string | null
}

export interface DocumentWorkflowStatus {
  collection: string
  id: string | number
  /** Editorial state of the latest version's default-locale content. */
  state: WorkflowState
  /** true when a published (approved) version exists. */
  hasApprovedVersion: boolean
  translations: TranslationStatusEntry[]
}

/**
 * Workflow state and per-locale translation status of a document, from its latest version
 * (what editors and translators work on). `locale` narrows `translations` to one locale.
 */
export async function translationStatus(
  payload: Payload,
  collection: string,
  id: string | number,
  locale?: string,
): Promise<DocumentWorkflowStatus> {
  const latest = (await payload.findByID({
    collection: collection as never,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    locale: DEFAULT_LOCALE as never,
  })) as Doc
  const published = (await payload.findByID({
    collection: collection as never,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    locale: DEFAULT_LOCALE as never,
  })) as Doc
  const rows = normaliseRows(latest.translations)
    .filter((r) => !locale || r.locale === locale)
    .filter((r) => (TRANSLATION_LOCALES as string[]).includes(r.locale))
  return {
    collection,
    id,
    state: (((latest.workflow ?? {}) as Doc).state as WorkflowState) ?? 'draft',
    hasApprovedVersion: published._status === 'published',
    translations: rows.map((r) => ({
      locale: r.locale,
      status: r.status,
      staleFields: r.staleFields ?? [],
      approvedAt: r.approvedAt ?? null,
      approvedBy: relId(r.approvedBy),
      approvedVersion: r.approvedVersion ?? null,
    })),
  }
}
