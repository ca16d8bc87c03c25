import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Why a password is too weak, or null. Length matters most; a few obvious choices are refused. */
export function passwordProblem(password: string, email?: string | null): string | null {
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
