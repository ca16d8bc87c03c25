/**
 * Approval is the only way to publish (beforeOperation of every workflow collection). Every edit
 * from any client is saved as a draft, so the approved, published version stays what the main
 * document holds; an explicit `_status: 'published'` is refused; versions are restored as drafts.
 */
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { WORKFLOW_CONTEXT } from '../constants'

export const PUBLISH_REFUSED =
  'Publishing happens only through approval: submit the document for review and have a reviewer approve it (POST /api/<collection>/<id>/workflow { "action": "approve" }).'

/** A write made by the workflow itself (a transition, an un-approval), not by a client. */
export const isWorkflowWrite = (req: Partial<PayloadRequest> | undefined): boolean =>
  Boolean(req?.context?.[WORKFLOW_CONTEXT])

/** Moving to or restoring from the trash sends only deletedAt (and _status: 'draft' on restore). */
export const isTrashMove = (data: Record<string, unknown> | undefined): boolean =>
  Boolean(data && 'deletedAt' in data && Object.keys(data).every((k) => k === 'deletedAt' || k === '_status'))

export const guardPublishing: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isWorkflowWrite(req)) return args
  const a = args as { data?: Record<string, unknown>; draft?: boolean }
  if (operation === 'create' || operation === 'update') {
    if (a.data?._status === 'published') throw new APIError(PUBLISH_REFUSED, 403)
    // Anything but a move to or from the trash is an edit, and every edit is a draft.
    if (operation === 'update' && !isTrashMove(a.data)) a.draft = true
  }
  if ((operation as string) === 'restoreVersion' && !a.draft) {
    throw new APIError('Versions are restored as drafts only (restore as draft, then submit for review).', 403)
  }
  return args
}
