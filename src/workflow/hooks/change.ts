/**
 * beforeChange of every workflow collection: keeps `workflow.state` and the `translations` rows up
 * to date, and works out what the write changes for the audit trail and four-eyes (hooks/audit.ts
 * records it after the write).
 * - An edit of content in review withdraws the submission; an edit of approved content starts a new
 *   draft (the approved version stays published).
 * - An edit of the source text makes translations stale, naming the fields; a translator's edit
 *   moves their locale to in-progress.
 */
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'

import { changedFields as changedValues, mergeDeep } from '../../model/changes'
import { DEFAULT_LOCALE } from '../../model/locales'
import { fieldNodes } from '../../model/walk'
import { TRANSLATION_LOCALES, WORKFLOW_FIELD_NAMES } from '../constants'
import { changedFields, fieldHashes } from '../fingerprint'
import { subRequest } from '../request'
import { normaliseRows, relId } from '../rows'
import { type PendingChange, rememberChange } from './pending'
import { isWorkflowWrite, PUBLISH_REFUSED } from './publishing'

type Doc = Record<string, unknown>

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
  // What remains after beforeOperation is a copy (duplicate) of a published document, which starts
  // as a draft, or an update that would publish: refused.
  if (data?._status === 'published' && operation === 'create') data._status = 'draft'
  if (data?._status === 'published' && !trashing) throw new APIError(PUBLISH_REFUSED, 403)
  const locale = req.locale ?? DEFAULT_LOCALE
  const pending: PendingChange = {
    operation,
    fields: [],
    locale,
    contentChanged: false,
    localesChanged: [],
    translationChanges: [],
  }
  rememberChange(req, collection.slug, originalDoc?.id, pending)
  if (trashing) {
    pending.operation = data.deletedAt ? 'trash' : 'restore'
    return data
  }
  const fields = collection.fields as Field[]
  const before: Doc = operation === 'create' ? {} : (originalDoc ?? {})
  const merged: Doc = operation === 'create' ? data : mergeDeep(originalDoc ?? {}, data)
  noteChanges(pending, fields, before, merged, collection.slug)
  data.workflow = editorialState(pending, originalDoc)
  data.translations = await translationRows(pending, {
    fields,
    before,
    merged,
    originalDoc,
    req,
    slug: collection.slug,
  })
  return data
}

/**
 * Which fields changed (names only). Four-eyes: a change to anything shared by every locale
 * (non-localised leaves wherever they sit, the rows of non-localised arrays) or to the source
 * language is a content change.
 */
function noteChanges(pending: PendingChange, fields: Field[], before: Doc, merged: Doc, slug: string): void {
  const { locale, operation } = pending
  const allLocales = locale === 'all'
  const sel = allLocales ? { locale, allLocales } : undefined
  const changes = changedValues(fieldNodes(fields), before, merged, { ignore: WORKFLOW_FIELD_NAMES, sel })
  pending.fields = [...new Set(changes.map((c) => c.field))]
  pending.contentChanged =
    operation === 'create' || changes.some((c) => !c.localized || locale === DEFAULT_LOCALE || allLocales)
  const consentBefore = (before.consent as { status?: unknown } | undefined)?.status
  const consentAfter = (merged.consent as { status?: unknown } | undefined)?.status
  if (slug === 'testimonies' && consentBefore !== consentAfter && operation === 'update')
    pending.consent = { from: consentBefore ?? null, to: consentAfter ?? null }
}

/** The editorial state after the write: a new document is a draft; editing reviewed content starts one. */
function editorialState(pending: PendingChange, originalDoc: Doc | undefined): Doc {
  const wfBefore = (originalDoc?.workflow ?? {}) as Doc
  if (pending.operation === 'create') return { state: 'draft' }
  const kept = {
    ...wfBefore,
    submittedBy: relId(wfBefore.submittedBy) ?? null,
    approvedBy: relId(wfBefore.approvedBy) ?? null,
  }
  const reviewed = wfBefore.state === 'approved' || wfBefore.state === 'in-review'
  if (!pending.contentChanged || pending.fields.length === 0 || !reviewed) return kept
  // What gets approved is what was submitted: editing content in review withdraws the submission,
  // editing approved content starts a new draft (the approved version stays published).
  pending.workflow = { from: String(wfBefore.state), to: 'draft' }
  return { ...kept, state: 'draft', comment: null }
}

interface RowsInput {
  fields: Field[]
  before: Doc
  merged: Doc
  originalDoc: Doc | undefined
  req: PayloadRequest
  slug: string
}

/** The source (default-locale) text the translations are compared with, as per-field hashes. */
async function sourceHashes({ fields, merged, originalDoc, req, slug }: RowsInput, locale: string) {
  const allLocales = locale === 'all'
  if (allLocales || locale === DEFAULT_LOCALE)
    return fieldHashes(fields, merged, { locale: DEFAULT_LOCALE, allLocales })
  if (!originalDoc?.id) return fieldHashes(fields, {})
  const en = await req.payload.findByID({
    collection: slug as CollectionSlug,
    id: originalDoc.id as string | number,
    locale: DEFAULT_LOCALE,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req: subRequest(req),
  })
  return fieldHashes(fields, en)
}

/** The translation rows after the write: edited locales in progress, stale ones named. */
async function translationRows(pending: PendingChange, input: RowsInput) {
  const { fields, before, merged, originalDoc } = input
  const { locale } = pending
  const allLocales = locale === 'all'
  const enHashes = await sourceHashes(input, locale)
  const rows = normaliseRows(originalDoc?.translations)
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
  return rows
}
