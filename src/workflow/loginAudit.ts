import { AuthenticationError, LockedAuth, type CollectionAfterChangeHook, type CollectionAfterErrorHook } from 'payload'

import { recordAuditEvent } from './audit'
import { subRequest } from './request'

/**
 * Users collection `afterError` hook: records failed logins (wrong email or password, locked
 * account) in the audit trail. In Payload 3.90 a failed login throws inside the login operation
 * and no collection hook sees it except `afterError`, which runs for REST requests (the admin's
 * login form posts to POST /api/users/login). GraphQL and Local API login failures are not seen.
 */
export const auditLoginFailure: CollectionAfterErrorHook = async ({ error, req }) => {
  // By class, not by `error.name`: the production build (next build) minifies class names, so
  // there an AuthenticationError is named e.g. "th" (found by tests/http/operations.test.ts).
  const locked = error instanceof LockedAuth
  if (!locked && !(error instanceof AuthenticationError)) return
  const url = (req as { url?: string }).url ?? ''
  if (!/\/login\/?(\?|$)/.test(url)) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 320) : null
  try {
    await recordAuditEvent(req.payload, {
      action: 'login-failure',
      collection: 'users',
      email,
      comment: locked ? 'account locked' : 'wrong email or password',
    })
  } catch (e) {
    req.payload.logger.error({ err: e, msg: 'Could not record a failed login in the audit trail' })
  }
}

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
