/**
 * What a write changed, worked out before it (beforeChange) and recorded after it (afterChange),
 * carried in req.context between the two.
 */
import type { PayloadRequest } from 'payload'

import { PENDING_CONTEXT } from '../constants'

export interface PendingChange {
  operation: 'create' | 'update' | 'trash' | 'restore'
  /** Schema paths of the changed fields (names only, never values). */
  fields: string[]
  locale: string
  /** The default-locale content or anything shared by every locale changed (four-eyes scope 'content'). */
  contentChanged: boolean
  /** Translation locales whose text changed (four-eyes scope per locale). */
  localesChanged: string[]
  translationChanges: Array<{ locale: string; from: string; to: string; staleFields: string[] }>
  consent?: { from: unknown; to: unknown }
  workflow?: { from: string; to: string }
}

const keyOf = (slug: string, id: unknown) => `${slug}:${id ?? 'new'}`
function store(req: Partial<PayloadRequest>): Record<string, PendingChange> {
  req.context ??= {}
  req.context[PENDING_CONTEXT] ??= {}
  return req.context[PENDING_CONTEXT] as Record<string, PendingChange>
}

export function rememberChange(req: Partial<PayloadRequest>, slug: string, id: unknown, change: PendingChange): void {
  store(req)[keyOf(slug, id)] = change
}

/** The change beforeChange worked out for this document, taken out of the request (once). */
export function takeChange(req: Partial<PayloadRequest>, slug: string, id: unknown): PendingChange | undefined {
  const s = store(req)
  const key = keyOf(slug, id)
  const change = s[key]
  delete s[key]
  return change
}
