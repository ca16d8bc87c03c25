import type { Payload, PayloadRequest } from 'payload'

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'trash',
  'restore',
  'delete',
  'transition',
  'translation-status',
  'consent-change',
  'login-failure',
  'publish',
  'import',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEventInput {
  action: AuditAction
  /** Collection slug of the document concerned (or 'users' for login failures). */
  collection?: string
  /** Id of the document concerned. */
  docId?: string | number | null
  /** The acting user (object or id); null for the system or anonymous. */
  user?: { id: string | number; email?: string | null } | string | number | null
  /** Email given at a failed login (there is no user), or the acting user's email. */
  email?: string | null
  locale?: string | null
  /** Names (paths) of changed fields. Never values. */
  fields?: string[]
  from?: string | null
  to?: string | null
  comment?: string | null
  /** Extra, non-confidential detail (e.g. publish: version, manifest checksum). No field values. */
  details?: Record<string, unknown>
}

/**
 * Appends one event to the `audit-events` collection. The only way events are created: the
 * collection refuses creates that do not come through here, and refuses every update and delete.
 * Pass `req` from a hook or endpoint to write inside the same transaction.
 *
 * The publishing pipeline records a publish with:
 * `recordAuditEvent(payload, { action: 'publish', collection: 'reports', docId, user, details: { version, manifestSha256, locales } })`.
 */
export async function recordAuditEvent(
  payload: Payload,
  event: AuditEventInput,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const userId = event.user && typeof event.user === 'object' ? event.user.id : (event.user ?? null)
  const email = event.email ?? (event.user && typeof event.user === 'object' ? (event.user.email ?? null) : null)
  const now = new Date().toISOString()
  // Straight to the database adapter: events are plain rows, written inside the caller's
  // transaction when `req` is given. (The collection's hooks refuse every write that comes through
  // an API, so this is the only way in.)
  await payload.db.create({
    collection: 'audit-events',
    data: {
      action: event.action,
      collection: event.collection ?? null,
      docId: event.docId === null || event.docId === undefined ? null : String(event.docId),
      user: userId ?? null,
      email,
      locale: event.locale ?? null,
      fields: event.fields ?? [],
      from: event.from ?? null,
      to: event.to ?? null,
      comment: event.comment ?? null,
      details: event.details ?? null,
      createdAt: now,
      updatedAt: now,
    },
    req: req?.transactionID !== undefined ? ({ transactionID: req.transactionID } as PayloadRequest) : undefined,
  })
}
