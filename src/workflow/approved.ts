import type { Field, Payload } from 'payload'

import { consentProblems } from '../model/consent'
import { contentApi, type Doc, fieldsOf } from '../model/local'
import { DEFAULT_LOCALE } from '../model/locales'
import { fieldNodes, isPlainObject, mapLocalised, withoutRole } from '../model/walk'
import { TRANSLATION_LOCALES, type TranslationStatus, type WorkflowState } from './constants'
import { changedFields, combineHashes, fieldHashes } from './fingerprint'
import { normaliseRows, relId, type TranslationRow } from './rows'

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

/**
 * `base` (approved default-locale doc) with every localised value replaced by the value in
 * `localeDoc` (the same document read in another locale, without fallback). Array and block rows
 * are matched by their id.
 */
export const overlayLocalised = (fields: Field[], base: Doc, localeDoc: Record<string, unknown>): Doc => ({
  ...mapLocalised(fieldNodes(fields), base, localeDoc, (_value, localeValue) => localeValue ?? null),
  id: base.id,
})

/** One locale's view of data read with `locale: 'all'`: each localised value replaced by its `locale` entry (no fallback). */
export const pickLocale = (fields: Field[], data: Record<string, unknown>, locale: string): Record<string, unknown> =>
  mapLocalised(fieldNodes(fields), data, undefined, (value) => (isPlainObject(value) ? (value[locale] ?? null) : null))

/** The document without its confidential fields (src/model: never leaves the CMS). */
const stripConfidential = (fields: Field[], doc: Doc): Doc => ({
  ...withoutRole(fieldNodes(fields), doc, 'confidential'),
  id: doc.id,
})

const idOrNull = (v: unknown): string | number | null => {
  const id = relId(v)
  return typeof id === 'string' || typeof id === 'number' ? id : null
}

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

/** The published (approved) versions in the default locale of some documents (one read), by id. */
async function publishedDocs(
  payload: Payload,
  collection: string,
  ids: Array<string | number>,
): Promise<Map<string, Doc>> {
  const found = await contentApi(payload).find({
    collection,
    where: { id: { in: ids } },
    draft: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: false,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const out = new Map<string, Doc>()
  for (const doc of found.docs) if (doc._status === 'published' && !doc.deletedAt) out.set(String(doc.id), doc)
  return out
}

interface Source {
  payload: Payload
  collection: string
  id: string | number
  fields: Field[]
  published: Doc
  enHashes: Record<string, string>
  sourceFingerprint: string
  extra: { consentProblems?: string[] }
}

/** One locale's approved translation, from the version it was approved in. */
async function approvedTranslation(
  s: Source,
  locale: string,
  row: TranslationRow | undefined,
  versionDoc: (versionId: string) => Promise<Record<string, unknown>>,
): Promise<ApprovedDocument> {
  const { collection, id } = s
  const missing = (status: 'missing' | 'stale', staleFields: string[] = []): ApprovedDocument => ({
    status,
    collection,
    id,
    locale,
    doc: null,
    staleFields,
    ...(row?.status ? { translationStatus: row.status } : {}),
  })
  if (!row?.approvedVersion || !row.sourceFingerprint) return missing('missing')
  if (row.sourceFingerprint !== s.sourceFingerprint) {
    return missing('stale', changedFields(row.approvedSourceFields ?? {}, s.enHashes))
  }
  const all = await versionDoc(row.approvedVersion)
  const doc = overlayLocalised(s.fields, s.published, pickLocale(s.fields, all, locale))
  return {
    status: 'approved',
    collection,
    id,
    locale,
    doc: stripConfidential(s.fields, doc),
    versionId: row.approvedVersion,
    approvedAt: row.approvedAt ?? null,
    approvedBy: idOrNull(row.approvedBy),
    sourceFingerprint: s.sourceFingerprint,
    ...s.extra,
  }
}

/** The default locale's entry and what the translations are checked against, for one published document. */
function sourceOf(
  payload: Payload,
  collection: string,
  fields: Field[],
  published: Doc,
): { source: Source; en: ApprovedDocument } {
  const wf = (published.workflow ?? {}) as Record<string, unknown>
  const enHashes = fieldHashes(fields, published)
  const source: Source = {
    payload,
    collection,
    id: published.id,
    fields,
    published,
    enHashes,
    sourceFingerprint: combineHashes(enHashes),
    extra: collection === 'testimonies' ? { consentProblems: consentProblems(published) } : {},
  }
  const en: ApprovedDocument = {
    status: 'approved',
    collection,
    id: published.id,
    locale: DEFAULT_LOCALE,
    doc: stripConfidential(fields, published),
    versionId: typeof wf.approvedVersion === 'string' ? wf.approvedVersion : null,
    approvedAt: typeof wf.approvedAt === 'string' ? wf.approvedAt : null,
    approvedBy: idOrNull(wf.approvedBy),
    sourceFingerprint: source.sourceFingerprint,
    ...source.extra,
  }
  return { source, en }
}

/** Translation rows of the latest versions of some documents (one read), by id. */
async function latestRows(payload: Payload, collection: string, ids: Array<string | number>) {
  const latest = await contentApi(payload).find({
    collection,
    where: { id: { in: ids } },
    draft: true,
    locale: DEFAULT_LOCALE,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { translations: true },
  })
  return new Map(latest.docs.map((d) => [String(d.id), normaliseRows(d.translations)]))
}

/** The versions translations were approved in, every locale, read together (one read), by id. */
async function approvedVersions(payload: Payload, collection: string, versionIds: string[]) {
  const out = new Map<string, Record<string, unknown>>()
  if (versionIds.length === 0) return out
  const found = await contentApi(payload).findVersions({
    collection,
    where: { id: { in: versionIds } },
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const v of found.docs) out.set(String(v.id), v.version)
  return out
}

/**
 * `getApprovedDocumentLocales` for many documents of one collection at once: the same results,
 * from three reads in all (published versions, latest translation rows, approved versions) instead
 * of three per document. `{ [id]: { [locale]: ApprovedDocument } }`.
 */
export async function getApprovedDocumentsLocales(
  payload: Payload,
  collection: string,
  ids: Array<string | number>,
  locales: string[],
): Promise<Map<string, Record<string, ApprovedDocument>>> {
  const out = new Map<string, Record<string, ApprovedDocument>>()
  if (ids.length === 0) return out
  const published = await publishedDocs(payload, collection, ids)
  const fields = fieldsOf(payload, collection)
  const others = locales.filter((l) => l !== DEFAULT_LOCALE)
  const rows =
    others.length && published.size ? await latestRows(payload, collection, [...published.keys()]) : new Map()
  const wanted = [...rows.values()].flatMap((rs: TranslationRow[]) =>
    rs.filter((r) => others.includes(r.locale) && r.approvedVersion).map((r) => String(r.approvedVersion)),
  )
  const versions = await approvedVersions(payload, collection, [...new Set(wanted)])
  const versionDoc = async (versionId: string) => {
    const v = versions.get(versionId)
    if (!v) throw new Error(`${collection}: approved version ${versionId} not found`)
    return v
  }
  for (const id of ids) {
    const entry: Record<string, ApprovedDocument> = {}
    out.set(String(id), entry)
    const doc = published.get(String(id))
    if (!doc) {
      for (const locale of locales)
        entry[locale] = { status: 'not-approved', collection, id, locale, doc: null, staleFields: [] }
      continue
    }
    const { source, en } = sourceOf(payload, collection, fields, doc)
    if (locales.includes(DEFAULT_LOCALE)) entry[DEFAULT_LOCALE] = en
    const docRows: TranslationRow[] = rows.get(String(id)) ?? []
    for (const locale of others)
      entry[locale] = await approvedTranslation(
        source,
        locale,
        docRows.find((r) => r.locale === locale),
        versionDoc,
      )
  }
  return out
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
  return (await getApprovedDocumentsLocales(payload, collection, [id], locales)).get(String(id))!
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
  const read = { collection, id, depth: 0, overrideAccess: true, locale: DEFAULT_LOCALE } as const
  const latest = await contentApi(payload).findByID({ ...read, draft: true })
  const published = await contentApi(payload).findByID({ ...read, draft: false })
  const rows = normaliseRows(latest.translations)
    .filter((r) => !locale || r.locale === locale)
    .filter((r) => (TRANSLATION_LOCALES as string[]).includes(r.locale))
  return {
    collection,
    id,
    state: ((latest.workflow as { state?: WorkflowState } | null)?.state ?? 'draft') as WorkflowState,
    hasApprovedVersion: published._status === 'published',
    translations: rows.map((r) => ({
      locale: r.locale,
      status: r.status,
      staleFields: r.staleFields ?? [],
      approvedAt: r.approvedAt ?? null,
      approvedBy: idOrNull(r.approvedBy),
      approvedVersion: r.approvedVersion ?? null,
    })),
  }
}
