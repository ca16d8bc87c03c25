/**
 * The login throttle's rules, pure (tests/unit/login-throttle.test.ts): failures are counted per
 * account (the e-mail as typed, lower-cased, whether or not the account exists) and per client,
 * in fixed windows; past a free allowance each further failure blocks that subject for twice as
 * long as the one before, up to a ceiling.
 */

export const LOGIN_WINDOW_MS = 15 * 60 * 1000
/** Failures per window before backoff starts: one person mistyping vs. one client guessing many accounts. */
export const ACCOUNT_FREE_FAILURES = 5
export const CLIENT_FREE_FAILURES = 20
export const FIRST_BACKOFF_MS = 30_000
export const MAX_BACKOFF_MS = 15 * 60 * 1000

export type SubjectKind = 'account' | 'client'

export const subjectOf = (kind: SubjectKind, value: string): string =>
  `${kind}:${value.trim().toLowerCase().slice(0, 320)}`

/** The start of the window `now` falls in. */
export const windowStart = (now: number): Date => new Date(Math.floor(now / LOGIN_WINDOW_MS) * LOGIN_WINDOW_MS)

/** How long a subject is blocked after its `failures`-th failure in a window (0: not blocked). */
export function backoffAfter(kind: SubjectKind, failures: number): number {
  const free = kind === 'account' ? ACCOUNT_FREE_FAILURES : CLIENT_FREE_FAILURES
  if (failures < free) return 0
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(30, failures - free))
}

/**
 * The client a request comes from: behind a proxy the operator trusts (FOLIO_TRUST_PROXY=true), the
 * first address of X-Forwarded-For; otherwise the address Next's own server saw (the last one it
 * appended), since a client can write anything in front of it.
 */
export function clientOf(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const address = env.FOLIO_TRUST_PROXY === 'true' ? forwarded[0] : forwarded.at(-1)
  return address || headers.get('x-real-ip') || 'unknown'
}
