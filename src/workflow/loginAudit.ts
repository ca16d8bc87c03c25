import type { CollectionAfterErrorHook } from 'payload'

import { recordAuditEvent } from './audit'

/**
 * Users collection `afterError` hook: records failed logins (wrong email or password, locked
 * account) in the audit trail. In Payload 3.90 a failed login throws inside the login operation
 * and no collection hook sees it except `afterError`, which runs for REST requests (the admin's
 * login form posts to POST /api/users/login). GraphQL and Local API login failures are not seen.
 */
export const auditLoginFailure: CollectionAfterErrorHook = async ({ error, req }) => {
  const name = (error as { name?: string })?.name
  if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
  const url = (req as { url?: string }).url ?? ''
  if (!/\/login\/?(\?|$)/.test(url)) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 320) : null
  try {
    await recordAuditEvent(req.payload, {
      action: 'login-failure',
      collection: 'users',
      email,
      comment: name === 'LockedAuth' ? 'account locked' : 'wrong email or password',
    })
  } catch (e) {
    req.payload.logger.error({ err: e, msg: 'Could not record a failed login in the audit trail' })
  }
}
