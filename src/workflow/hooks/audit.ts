/**
 * afterChange / afterDelete of every workflow collection: the audit events of a write (create or
 * update with the changed field names, editorial state changes, translation status changes,
 * consent changes), in the write's transaction; and a consent withdrawal revokes the approval at once.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { recordAuditEvent, type AuditEventInput } from '../audit'
import { subRequest } from '../request'
import { revokeApproval } from '../revoke'
import { type PendingChange, takeChange } from './pending'
import { isWorkflowWrite } from './publishing'

const actor = (req: PayloadRequest) =>
  req.user ? { id: req.user.id, email: (req.user as { email?: string }).email ?? null } : null

/** The audit events a write's pending change stands for. */
export function changeEvents(pending: PendingChange, base: Omit<AuditEventInput, 'action'>): AuditEventInput[] {
  if (pending.operation === 'trash' || pending.operation === 'restore') return [{ ...base, action: pending.operation }]
  const events: AuditEventInput[] = []
  if (pending.operation === 'create' || pending.fields.length > 0) {
    events.push({
      ...base,
      action: pending.operation === 'create' ? 'create' : 'update',
      fields: pending.fields,
      details: { contentChanged: pending.contentChanged, localesChanged: pending.localesChanged },
    })
  }
  if (pending.workflow) {
    events.push({
      ...base,
      action: 'transition',
      from: pending.workflow.from,
      to: pending.workflow.to,
      comment:
        pending.workflow.from === 'approved'
          ? 'Approved content edited: a new draft starts (the approved version stays published).'
          : 'Content edited during review: the submission is withdrawn; submit again.',
    })
  }
  for (const t of pending.translationChanges) {
    const fields = t.to === 'stale' ? t.staleFields : []
    events.push({ ...base, action: 'translation-status', locale: t.locale, from: t.from, to: t.to, fields })
  }
  if (pending.consent) events.push({ ...base, action: 'consent-change', fields: ['consent.status'] })
  return events
}

export const workflowAfterChange: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
  previousDoc,
  operation,
}) => {
  if (isWorkflowWrite(req)) return doc
  const pending = takeChange(req, collection.slug, operation === 'create' ? undefined : (previousDoc?.id ?? doc.id))
  if (!pending) return doc
  const sub = subRequest(req)
  const user = actor(req)
  for (const event of changeEvents(pending, {
    collection: collection.slug,
    docId: doc.id,
    user,
    locale: pending.locale,
  })) {
    await recordAuditEvent(req.payload, event, sub)
  }
  if (pending.consent?.to === 'withdrawn') {
    await revokeApproval(req.payload, {
      collection: collection.slug,
      id: doc.id,
      reason: 'Consent withdrawn: the testimony left the approved state.',
      user,
      req: sub,
    })
  }
  return doc
}

/** A (never published) document was deleted: record who deleted what. */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await recordAuditEvent(
    req.payload,
    { action: 'delete', collection: collection.slug, docId: id, user: actor(req) },
    subRequest(req),
  )
}
