/**
 * Hooks every content collection gets from withWorkflow():
 * - beforeOperation: approval is the only way to publish. Every edit from any client is saved as a
 *   draft (so the approved, published version stays what the main document holds), an explicit
 *   `_status: 'published'` is refused, and versions can only be restored as drafts.
 * - beforeChange: keeps `workflow.state` and the `translations` rows up to date (an edit of approved
 *   content starts a new draft; an edit of the source text makes translations stale, naming the
 *   fields; a translator's edit moves their locale to in-progress).
 * - afterChange: audit events (create/update with changed field names, translation status changes,
 *   consent changes), and consent withdrawal revokes the approval at once.
 * - beforeDelete: published content is never hard-deleted (use the trash).
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type Field,
  type PayloadRequest,
} from 'payload'

import { DEFAULT_LOCALE } from '../locales'
import { recordAuditEvent } from './audit'
import { PENDING_CONTEXT, TRANSLATION_LOCALES, WORKFLOW_CONTEXT, type TranslationStatus } from './constants'
import { changedFieldNames, mergeDeep } from './diff'
import { changedFields, fieldHashes } from './fingerprint'
import { revokeApproval } from './transition'
import { subRequest } from './request'

export const PUBLISH_REFUSED =
  'Publishing happens only through approval: submit the document for review and have a reviewer approve it (POST /api/<collection>/<id>/workflow { "action": "approve" }).'

export const isWorkflowWrite = (req: Partial<PayloadRequest> | undefined): boolean =>
  Boolean(req?.context?.[WORKFLOW_CONTEXT])

export const guardPublishing: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isWorkflowWrite(req)) return args
  const a = args as { data?: Record<string, unknown>; draft?: boolean }
  if (operation === 'create' || operation === 'update') {
    if (a.data?._status === 'published') throw new APIError(PUBLISH_REFUSED, 403)
    // Moving to or restoring from the trash sends only deletedAt (and _status: 'draft' on restore);
    // anything else is an edit, and every edit is a draft.
    const trashing =
      operation === 'update' &&
      a.data &&
      'deletedAt' in a.data &&
      Object.keys(a.data).every((k) => k === 'deletedAt' || k === '_status')
    if (operation === 'update' && !trashing) a.draft = true
  }
  if ((operation as string) === 'restoreVersion' && !a.draft) {
    throw new APIError('Versions are restored as drafts only (restore as draft, then submit for review).', 403)
  }
  return args
}

export interface TranslationRow {
  id?: string
  locale: string
  status: TranslationStatus
  staleFields?: string[] | null
  comment?: string | null
  submittedBy?: unknown
  sourceFields?: Record<string, string> | null
  sourceFingerprint?: string | null
  approvedSourceFields?: Record<string, string> | null
  approvedBy?: unknown
  approvedAt?: string | null
  approvedVersion?: string | null
  approvedTextHash?: string | null
}

const relId = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)

/** One row per translation locale, in a fixed order, keeping existing rows (and their ids). */
export function normaliseRows(rows: unknown): TranslationRow[] {
  const existing = Array.isArray(rows) ? (rows as TranslationRow[]) : []
  return TRANSLATION_LOCALES.map((locale) => {
    const row = existing.find((r) => r?.locale === locale)
    return row
      ? {
          ...row,
          submittedBy: relId(row.submittedBy) ?? null,
          approvedBy: relId(row.approvedBy) ?? null,
          staleFields: row.staleFields ?? [],
        }
      : { locale, status: 'missing' as TranslationStatus, staleFields: [] }
  })
}

export interface PendingChange {
  operation: 'create' | 'update' | 'trash' | 'restore'
  fields: string[]
  locale: string
  /** The default-locale content or a non-localised field changed (four-eyes scope 'content'). */
  contentChanged: boolean
  /** Translation locales whose text changed (four-eyes scope per locale). */
  localesChanged: string[]
  translationChanges: Array<{ locale: string; from: string; to: string; staleFields: string[] }>
  consent?: { from: unknown; to: unknown }
  workflow?: { from: string; to: string }
}

const pendingKey = (slug: string, id: unknown) => `${slug}:${id ?? 'new'}`

export const workflowBeforeChange: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  if (isWorkflowWrite(req)) return data
  // Trashing or restoring keeps the status it had (explicit publishing was refused in beforeOperation).
  const trashing =
    operation === 'update' &&
    data &&
    'deletedAt' in data &&
    Boolean(data.deletedAt) !== Boolean((originalDoc as { deletedAt?: unknown })?.deletedAt)
  // Explicit attempts were refused in beforeOperation; what remains is a copy (duplicate) of a
  // published document, which starts as a draft, or an update that would publish: refused.
  if (data?._status === 'published' && operation === 'create') data._status = 'draft'
  if (data?._status === 'published' && !trashing) throw new APIError(PUBLISH_REFUSED, 403)
  const slug = collection.slug
  const fields = collection.fields as Field[]
  const locale = req.locale ?? DEFAULT_LOCALE
  const allLocales = locale === 'all'
  const pending: PendingChange = {
    operation,
    fields: [],
    locale,
    contentChanged: false,
    localesChanged: [],
    translationChanges: [],
  }
  req.context[PENDING_CONTEXT] = {
    ...((req.context[PENDING_CONTEXT] as object) ?? {}),
    [pendingKey(slug, originalDoc?.id)]: pending,
  }

  if (trashing) {
    pending.operation = data.deletedAt ? 'trash' : 'restore'
    return data
  }

  const before = operation === 'create' ? {} : (originalDoc ?? {})
  const merged = operation === 'create' ? data : mergeDeep(originalDoc ?? {}, data)

  // Audit: which fields changed (names only).
  const changes = changedFieldNames(fields, before, merged)
  pending.fields = changes.map((c) => c.path)
  pending.contentChanged =
    operation === 'create' || changes.some((c) => !c.localized || locale === DEFAULT_LOCALE || allLocales)
  const consentBefore = (before as { consent?: { status?: unknown } }).consent?.status
  const consentAfter = (merged as { consent?: { status?: unknown } }).consent?.status
  if (slug === 'testimonies' && consentBefore !== consentAfter && operation === 'update')
    pending.consent = { from: consentBefore ?? null, to: consentAfter ?? null }

  // Editorial state: a new document is a draft; editing approved content starts a new draft.
  const wfBefore = ((originalDoc as { workflow?: Record<string, unknown> })?.workflow ?? {}) as Record<string, unknown>
  if (operation === 'create') {
    data.workflow = { state: 'draft' }
  } else if (
    pending.contentChanged &&
    pending.fields.length > 0 &&
    (wfBefore.state === 'approved' || wfBefore.state === 'in-review')
  ) {
    // What gets approved is what was submitted: editing content in review withdraws the
    // submission, editing approved content starts a new draft (the approved version stays published).
    data.workflow = {
      ...wfBefore,
      submittedBy: relId(wfBefore.submittedBy) ?? null,
      approvedBy: relId(wfBefore.approvedBy) ?? null,
      state: 'draft',
      comment: null,
    }
    pending.workflow = { from: String(wfBefore.state), to: 'draft' }
  } else {
    data.workflow = {
      ...wfBefore,
      submittedBy: relId(wfBefore.submittedBy) ?? null,
      approvedBy: relId(wfBefore.approvedBy) ?? null,
    }
  }

  // Translations.
  let enData: unknown = merged
  let enSel = { locale: DEFAULT_LOCALE, allLocales }
  if (!allLocales && locale !== DEFAULT_LOCALE) {
    if (operation === 'create' || !originalDoc?.id) enData = {}
    else {
      enData = await req.payload.findByID({
        collection: slug as never,
        id: originalDoc.id,
        locale: DEFAULT_LOCALE as never,
        fallbackLocale: false as never,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req: subRequest(req),
      })
      enSel = { locale: DEFAULT_LOCALE, allLocales: false }
    }
  }
  const enHashes = fieldHashes(fields, enData, enSel)
  const rows = normaliseRows((originalDoc as { translations?: unknown })?.translations)
  const statusBefore = new Map(rows.map((r) => [r.locale, r.status]))
  const edited = allLocales
    ? [...TRANSLATION_LOCALES]
    : (TRANSLATION_LOCALES as string[]).includes(locale)
      ? [locale]
      : []
  for (const l of edited) {
    const sel = { locale: l, allLocales }
    const changed = changedFields(fieldHashes(fields, before, sel), fieldHashes(fields, merged, sel))
    if (changed.length === 0) continue
    pending.localesChanged.push(l)
    const row = rows.find((r) => r.locale === l)!
    if (row.status === 'missing' || !row.sourceFields) row.sourceFields = { ...enHashes }
    else {
      const sf = { ...row.sourceFields }
      for (const f of changed) {
        if (enHashes[f] === undefined) delete sf[f]
        else sf[f] = enHashes[f]
      }
      row.sourceFields = sf
    }
    // Editing a translation in review withdraws it from review; editing an approved one starts a new
    // version of it (the approved one stays what is published until this one is approved).
    if (row.status === 'missing' || row.status === 'approved' || row.status === 'ready-for-review')
      row.status = 'in-progress'
  }
  for (const row of rows) {
    if (row.status === 'missing' || !row.sourceFields) continue
    const stale = changedFields(row.sourceFields, enHashes)
    row.staleFields = stale
    if (stale.length > 0) row.status = 'stale'
    else if (row.status === 'stale') row.status = 'in-progress'
  }
  for (const row of rows) {
    const from = statusBefore.get(row.locale) ?? 'missing'
    if (from !== row.status)
      pending.translationChanges.push({ locale: row.locale, from, to: row.status, staleFields: row.staleFields ?? [] })
  }
  data.translations = rows
  return data
}

export const workflowAfterChange: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
  previousDoc,
  operation,
}) => {
  if (isWorkflowWrite(req)) return doc
  const slug = collection.slug
  const store = (req.context[PENDING_CONTEXT] ?? {}) as Record<string, PendingChange>
  const key = pendingKey(slug, operation === 'create' ? undefined : (previousDoc?.id ?? doc.id))
  const pending = store[key]
  delete store[key]
  if (!pending) return doc
  const sub = subRequest(req)
  const user = req.user ? { id: req.user.id, email: (req.user as { email?: string }).email } : null
  const base = { collection: slug, docId: doc.id, user, locale: pending.locale }
  if (pending.operation === 'trash' || pending.operation === 'restore') {
    await recordAuditEvent(req.payload, { ...base, action: pending.operation }, sub)
    return doc
  }
  if (pending.operation === 'create' || pending.fields.length > 0) {
    await recordAuditEvent(
      req.payload,
      {
        ...base,
        action: pending.operation === 'create' ? 'create' : 'update',
        fields: pending.fields,
        details: { contentChanged: pending.contentChanged, localesChanged: pending.localesChanged },
      },
      sub,
    )
  }
  if (pending.workflow) {
    await recordAuditEvent(
      req.payload,
      {
        ...base,
        action: 'transition',
        from: pending.workflow.from,
        to: pending.workflow.to,
        comment:
          pending.workflow.from === 'approved'
            ? 'Approved content edited: a new draft starts (the approved version stays published).'
            : 'Content edited during review: the submission is withdrawn; submit again.',
      },
      sub,
    )
  }
  for (const t of pending.translationChanges) {
    await recordAuditEvent(
      req.payload,
      {
        ...base,
        action: 'translation-status',
        locale: t.locale,
        from: t.from,
        to: t.to,
        fields: t.to === 'stale' ? t.staleFields : [],
      },
      sub,
    )
  }
  if (pending.consent) {
    await recordAuditEvent(req.payload, { ...base, action: 'consent-change', fields: ['consent.status'] }, sub)
    if (pending.consent.to === 'withdrawn') {
      await revokeApproval(req.payload, {
        collection: slug,
        id: doc.id,
        reason: 'Consent withdrawn: the testimony left the approved state.',
        user,
        req: sub,
      })
    }
  }
  return doc
}

/** Published content is never hard-deleted: it goes to the trash (and can be restored). */
export const preventHardDeleteOfPublished: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const versions = await req.payload.findVersions({
    collection: collection.slug as never,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    trash: true,
    req: subRequest(req),
  } as never)
  if ((versions as { totalDocs: number }).totalDocs > 0) {
    throw new APIError('This document has been published: it cannot be deleted, only moved to the trash.', 403)
  }
}

/** A (never published) document was deleted: record who deleted what. */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const user = req.user ? { id: req.user.id, email: (req.user as { email?: string }).email } : null
  await recordAuditEvent(
    req.payload,
    { action: 'delete', collection: collection.slug, docId: id, user },
    subRequest(req),
  )
}
