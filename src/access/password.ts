import crypto from 'node:crypto'

import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

/** Why a password is too weak, or null. Length matters most; a few obvious choices are refused. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length > MAX_PASSWORD_LENGTH)
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`
  if (password.length < MIN_PASSWORD_LENGTH)
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`
  if (new Set(password).size < 5) return 'The password repeats too few characters.'
  const local = email?.split('@')[0]?.toLowerCase()
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    return 'The password must not contain the e-mail address.'
  if (/^(password|passw0rd|123456|qwerty|letmein|welcome)/i.test(password)) return 'The password is a well-known one.'
  return null
}

/** Users: refuses a weak password on create, on a password change and on reset. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(
    password,
    (data as { email?: string }).email ?? (originalDoc as { email?: string } | undefined)?.email,
  )
  if (problem) {
    throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'password' }], req })
  }
  return data
}

const HASH_PREFIX = 'pbkdf2-sha256-v1:'

/**
 * Whether `password` matches a stored Payload hash and salt (Payload 3.90's local strategy:
 * pbkdf2-sha256, 600 000 iterations and 32 bytes for `pbkdf2-sha256-v1:` hashes, 25 000 and 512
 * for older ones), compared in constant time.
 */
export async function passwordMatches(password: string, salt: unknown, hash: unknown): Promise<boolean> {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const current = hash.startsWith(HASH_PREFIX)
  const stored = Buffer.from(current ? hash.slice(HASH_PREFIX.length) : hash, 'hex')
  const [iterations, keyLength] = current ? [600_000, 32] : [25_000, 512]
  const derived = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (e, b) => (e ? reject(e) : resolve(b))),
  )
  return derived.length === stored.length && crypto.timingSafeEqual(derived, stored)
}

interface StoredUser {
  id: number | string
  salt?: string
  hash?: string
  sessions?: { id: string }[] | null
}

const storedUser = (req: PayloadRequest, slug: CollectionSlug, id: number | string) =>
  req.payload.db.findOne({ collection: slug, where: { id: { equals: id } }, req }) as Promise<StoredUser | null>

/**
 * Users `beforeChange`: changing one's own password needs the current one (`currentPassword`
 * beside `password`), so a stolen session cannot take the account over. An admin setting someone
 * else's password, and server code (no signed-in user), do not.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || typeof data?.password !== 'string' || data.password === '' || !originalDoc) return data
  const given =
    (data as { currentPassword?: unknown }).currentPassword ??
    (req.data as { currentPassword?: unknown } | undefined)?.currentPassword
  delete (data as { currentPassword?: unknown }).currentPassword
  if (!req.user || String(req.user.id) !== String(originalDoc.id)) return data
  const stored = await storedUser(req, collection.slug, originalDoc.id)
  if (typeof given !== 'string' || !(await passwordMatches(given, stored?.salt, stored?.hash))) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        { message: 'To change your password, give your current password (currentPassword).', path: 'currentPassword' },
      ],
      req,
    })
  }
  return data
}

/**
 * Users `afterChange`: a new password ends every other session of that user (Payload sessions:
 * their tokens stop working at once). The session that changed its own password stays; an admin's
 * reset ends them all.
 */
export const endOtherSessions: CollectionAfterChangeHook = async ({ doc, operation, req, collection, data }) => {
  if (operation !== 'update' || typeof data?.password !== 'string' || data.password === '') return doc
  const stored = await storedUser(req, collection.slug, doc.id)
  const own = req.user && String(req.user.id) === String(doc.id) ? (req.user as { _sid?: string })._sid : undefined
  const kept = (stored?.sessions ?? []).filter((s) => own && s.id === own)
  await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: { sessions: kept }, req })
  return doc
}
