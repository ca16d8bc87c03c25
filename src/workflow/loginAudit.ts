import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from './audit'
import { subRequest } from './request'

// Failed logins are counted, aggregated per account, client and window, by the login throttle
// (src/security/login/): one audit row per failure let anyone flood the database.

const USER_FIELDS = ['name', 'email', 'roles', 'locales'] as const

/**
 * Users collection `afterChange` hook: records user creation and changes to who someone is and
 * what they may do (name, email, roles, locales, password), by field name only.
 */
export const auditUserChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, data }) => {
  const fields: string[] =
    operation === 'create'
      ? [...USER_FIELDS]
      : USER_FIELDS.filter((k) => JSON.stringify(previousDoc?.[k] ?? null) !== JSON.stringify(doc?.[k] ?? null))
  if (operation === 'update' && typeof data?.password === 'string' && data.password) fields.push('password')
  if (operation === 'update' && fields.length === 0) return doc
  const user = req.user ? { id: req.user.id, email: (req.user as { email?: string }).email ?? null } : null
  await recordAuditEvent(
    req.payload,
    { action: operation === 'create' ? 'create' : 'update', collection: 'users', docId: doc.id, user, fields },
    subRequest(req),
  )
  return doc
}
