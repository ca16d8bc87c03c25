/**
 * The readiness check of the editor's home page, kept until what it reads changes. The check is a
 * dry-run publish of the whole report (seconds on a large one); the page is visited far more often
 * than content is approved. What the check reads is the content collections, the media, the
 * glossary and the publications: their state is stamped by a count and the newest `updatedAt` of
 * each (a couple of indexed reads apiece), and a check is reused while the stamp is the same, in
 * this process, whichever instance wrote the content.
 */
import type { Payload } from 'payload'

import { CONTENT_COLLECTIONS } from '../../model/content'
import type { LocaleCode } from '../../model/locales'
import { type CheckResponse, checkReadiness } from './api/check'

const READ_BY_THE_CHECK = [...CONTENT_COLLECTIONS, 'media', 'glossary', 'publications'] as const

/** Count and newest `updatedAt` (latest drafts included) of every collection the check reads. */
export async function contentStamp(payload: Payload): Promise<string> {
  const parts: string[] = []
  for (const collection of READ_BY_THE_CHECK) {
    if (!payload.collections[collection as never]) continue
    const c = collection as 'reports'
    const [{ totalDocs }, newest] = await Promise.all([
      payload.count({ collection: c, overrideAccess: true }),
      payload.find({
        collection: c,
        draft: true,
        sort: '-updatedAt',
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { updatedAt: true } as never,
      }),
    ])
    parts.push(`${collection}:${totalDocs}:${(newest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`)
  }
  return parts.join('|')
}

export interface KeptCheck {
  check: CheckResponse
  /** When the check ran (ISO). */
  checkedAt: string
  /** true: the content has not changed since; the check was not run again. */
  reused: boolean
}

const kept = new WeakMap<Payload, Map<string, { stamp: string; check: CheckResponse; checkedAt: string }>>()

/** The readiness of a report in every given locale, run again only when the content changed. */
export async function keptReadiness(
  payload: Payload,
  report: string | number,
  locales: LocaleCode[],
): Promise<KeptCheck> {
  const stamp = await contentStamp(payload)
  const byReport = kept.get(payload) ?? new Map()
  kept.set(payload, byReport)
  const key = `${report}:${locales.join(',')}`
  const before = byReport.get(key)
  if (before && before.stamp === stamp) return { check: before.check, checkedAt: before.checkedAt, reused: true }
  const checkedAt = new Date().toISOString()
  const check = await checkReadiness(payload, { report, locales, version: 'auto', allowIncomplete: false })
  byReport.set(key, { stamp, check, checkedAt })
  return { check, checkedAt, reused: false }
}
