import type { Payload, PayloadRequest } from 'payload'

import { contentApi } from '../model/local'
import { DEFAULT_LOCALE } from '../model/locales'
import { recordAuditEvent } from './audit'
import { WORKFLOW_CONTEXT } from './constants'
import { subRequest } from './request'
import { relId } from './rows'
import type { WorkflowUser } from './rules'

/**
 * Takes a document out of the approved state at once (used when a testimony's consent is
 * withdrawn): the main document stops being published and the state goes back to draft, with an
 * audit event, in the caller's transaction. No-op when it is neither published nor approved.
 */
export async function revokeApproval(
  payload: Payload,
  args: {
    collection: string
    id: string | number
    reason: string
    user?: WorkflowUser | { id: string | number; email?: string | null } | null
    req?: Partial<PayloadRequest>
  },
): Promise<boolean> {
  const api = contentApi(payload)
  const read = { collection: args.collection, id: args.id, depth: 0, overrideAccess: true } as const
  const published = await api.findByID({ ...read, draft: false, req: subRequest(args.req ?? { payload }) })
  const latest = await api.findByID({ ...read, draft: true, locale: 'all', req: subRequest(args.req ?? { payload }) })
  const wf = (latest.workflow ?? {}) as Record<string, unknown>
  if (published._status !== 'published' && wf.state !== 'approved') return false
  const req = subRequest(args.req ?? { payload }, { [WORKFLOW_CONTEXT]: true })
  const workflow = {
    ...wf,
    submittedBy: relId(wf.submittedBy),
    approvedBy: relId(wf.approvedBy),
    state: 'draft',
    comment: args.reason,
  }
  await api.update({
    ...read,
    data: { _status: 'draft', workflow },
    draft: false,
    locale: DEFAULT_LOCALE,
    context: { [WORKFLOW_CONTEXT]: true },
    req,
  })
  const user = args.user ? { id: args.user.id, email: args.user.email ?? null } : null
  const from = String(wf.state ?? 'approved')
  await recordAuditEvent(
    payload,
    {
      action: 'transition',
      collection: args.collection,
      docId: args.id,
      user,
      from,
      to: 'draft',
      comment: args.reason,
    },
    req,
  )
  return true
}
