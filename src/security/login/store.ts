import type { Payload, PayloadRequest } from 'payload'

import { backoffAfter, subjectOf, windowStart, type SubjectKind } from './policy'

const SLUG = 'login-failures'

interface Row {
  id: number | string
  count: number
  blockedUntil?: string | null
}

/** When the latest block of any of `subjects` ends (ms since epoch), or 0. */
export async function blockedUntil(payload: Payload, subjects: string[], now = Date.now()): Promise<number> {
  const found = await payload.db.find<Row>({
    collection: SLUG,
    where: { and: [{ subject: { in: subjects } }, { blockedUntil: { greater_than: new Date(now).toISOString() } }] },
    limit: 10,
    pagination: false,
  })
  return Math.max(0, ...found.docs.map((d) => (d.blockedUntil ? Date.parse(d.blockedUntil) : 0)))
}

/** Counts one failure for a subject in the current window (one row per subject and window). */
export async function countFailure(payload: Payload, kind: SubjectKind, value: string, now = Date.now()) {
  const subject = subjectOf(kind, value)
  const start = windowStart(now)
  const key = `${subject}@${start.toISOString()}`
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await payload.db.findOne<Row>({ collection: SLUG, where: { key: { equals: key } } })
    const count = (existing?.count ?? 0) + 1
    const backoff = backoffAfter(kind, count)
    const data = {
      count,
      lastAt: new Date(now).toISOString(),
      ...(backoff ? { blockedUntil: new Date(now + backoff).toISOString() } : {}),
    }
    try {
      if (existing) await payload.db.updateOne({ collection: SLUG, id: existing.id, data })
      else
        await payload.db.create({
          collection: SLUG,
          data: { key, subject, windowStart: start.toISOString(), ...data },
        })
      return
    } catch (e) {
      // Another instance created the row first (unique key): count again on it.
      if (attempt === 2) throw e
    }
  }
}

/**
 * Takes back a failure counted for a login that then succeeded (the throttle counts every attempt
 * before the password is checked, so that no API path can skip the count), with the block it set.
 */
export async function forgiveFailure(payload: Payload, kind: SubjectKind, value: string, now = Date.now()) {
  const key = `${subjectOf(kind, value)}@${windowStart(now).toISOString()}`
  const existing = await payload.db.findOne<Row>({ collection: SLUG, where: { key: { equals: key } } })
  if (!existing || existing.count < 1) return
  const count = existing.count - 1
  await payload.db.updateOne({
    collection: SLUG,
    id: existing.id,
    data: { count, ...(backoffAfter(kind, count) ? {} : { blockedUntil: null }) },
  })
}

export type { PayloadRequest }
