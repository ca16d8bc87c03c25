/**
 * Login, the same for every account (src/security/login/policy.ts for the numbers):
 * - before Payload's login operation (REST, GraphQL and the Local API alike): a subject (the
 *   account's e-mail, the client) still blocked by its backoff gets 429, whether or not the account
 *   exists; an unknown e-mail costs the same password hashing as a wrong password, so the answer
 *   and its timing do not tell which accounts exist;
 * - every attempt is counted as a failure for the account and the client before the password is
 *   checked (aggregated rows in `login-failures`, the state every instance shares), and taken back
 *   after a successful login (`afterLogin`): no API path, REST, GraphQL or Local API, skips the count.
 * Payload's own lockout is off (collections/Users.ts): it answered "locked" for existing accounts
 * only and let anyone lock anyone out.
 */
import crypto from 'node:crypto'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { clientOf, subjectOf } from './policy'
import { blockedUntil, countFailure, forgiveFailure } from './store'

export class TooManyLogins extends APIError {
  constructor(seconds: number) {
    super(`Too many failed logins. Wait ${seconds} seconds before trying again.`, 429, null, true)
  }
}

interface Attempt {
  email: string
  client: string
}

const attemptOf = (context: Record<string, unknown>) => context.folioLoginAttempt as Attempt | undefined

/** The work of checking one password (Payload 3.90: pbkdf2-sha256, 600 000 iterations, 32 bytes). */
const hashLikeAPassword = (password: string) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(password, 'folio-no-such-account', 600_000, 32, 'sha256', () => resolve()),
  )

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = typeof data.email === 'string' ? data.email : ''
  const client = clientOf(req.headers ?? new Headers())
  req.context.folioLoginAttempt = { email, client } satisfies Attempt
  const until = await blockedUntil(req.payload, [subjectOf('account', email), subjectOf('client', client)])
  if (until > Date.now()) throw new TooManyLogins(Math.ceil((until - Date.now()) / 1000))
  const exists = email
    ? await req.payload.db.findOne({
        collection: collection.slug,
        where: { email: { equals: email.toLowerCase() } },
        req,
      })
    : null
  await countFailure(req.payload, 'account', email)
  await countFailure(req.payload, 'client', client)
  if (!exists) await hashLikeAPassword(typeof data.password === 'string' ? data.password : '')
  return args
}

/** Users `afterLogin`: the attempt succeeded, its provisional failure is taken back. */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = attemptOf(req.context ?? {})
  if (!attempt) return user
  await forgiveFailure(req.payload, 'account', attempt.email)
  await forgiveFailure(req.payload, 'client', attempt.client)
  return user
}
