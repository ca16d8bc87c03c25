/** What the versions and the audit trail say about a document: its newest version, who changed it. */
import type { Payload, PayloadRequest, Where } from 'payload'

import { contentApi } from '../model/local'
import { subRequest } from './request'

/** Id of the newest version of a document (the one a reviewer is looking at). */
export async function latestVersionId(
  payload: Payload,
  collection: string,
  id: string | number,
  req?: Partial<PayloadRequest>,
): Promise<string | null> {
  const res = await contentApi(payload).findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: subRequest(req ?? { payload }),
  })
  return res.docs[0] ? String(res.docs[0].id) : null
}

/** What the workflow records in an update event's details (hooks/audit.ts). */
interface AuditDetails {
  contentChanged?: boolean
  localesChanged?: string[]
}

/**
 * Did `userId` author a version of this document after `since` — for `scope` 'content' (the source
 * language or anything shared by every locale) or one locale? The four-eyes rule asks this.
 */
export async function authoredSince(
  payload: Payload,
  args: {
    collection: string
    id: string | number
    userId: string | number
    since?: string | null
    scope: string
    req?: Partial<PayloadRequest>
  },
): Promise<boolean> {
  const and: Where[] = [
    { collection: { equals: args.collection } },
    { docId: { equals: String(args.id) } },
    { user: { equals: args.userId } },
    { action: { in: ['create', 'update'] } },
    ...(args.since ? [{ createdAt: { greater_than: args.since } }] : []),
  ]
  const res = await payload.find({
    collection: 'audit-events',
    where: { and },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: subRequest(args.req ?? { payload }),
  })
  return res.docs.some((e) => {
    if (e.action === 'create') return true
    const details = e.details as AuditDetails | null | undefined
    return args.scope === 'content'
      ? Boolean(details?.contentChanged)
      : (details?.localesChanged ?? []).includes(args.scope)
  })
}
