import { APIError, type Endpoint, type PayloadHandler } from 'payload'

import { transition } from './transition'
import { translationStatus } from './approved'
import type { WorkflowAction } from './constants'

/**
 * POST /api/<collection>/:id/workflow  { action, locale?, comment? }  → 200 { result, status }
 * GET  /api/<collection>/:id/workflow  → 200 { status }
 * Errors: { errors: [{ message }] } with 400/401/403/404.
 */
export const workflowEndpoints = (collection: string): Endpoint[] => {
  const post: PayloadHandler = async (req) => {
    const id = req.routeParams?.id as string | undefined
    if (!id) throw new APIError('Missing document id.', 400)
    let body: Record<string, unknown> = {}
    try {
      body = req.json ? ((await req.json()) as Record<string, unknown>) : {}
    } catch {
      throw new APIError(
        'The body must be JSON: { "action": "submit" | "approve" | "request-changes" | "reopen", "locale"?, "comment"? }.',
        400,
      )
    }
    const result = await transition(req.payload, {
      collection,
      id,
      action: body.action as WorkflowAction,
      locale: typeof body.locale === 'string' ? body.locale : null,
      comment: typeof body.comment === 'string' ? body.comment : null,
      user: req.user,
      req,
    })
    return Response.json({ result, status: await translationStatus(req.payload, collection, id) })
  }
  const get: PayloadHandler = async (req) => {
    const id = req.routeParams?.id as string | undefined
    if (!req.user) throw new APIError('Sign in to see the workflow state.', 401)
    if (!id) throw new APIError('Missing document id.', 400)
    return Response.json({ status: await translationStatus(req.payload, collection, id) })
  }
  return [
    { path: '/:id/workflow', method: 'post', handler: post },
    { path: '/:id/workflow', method: 'get', handler: get },
  ]
}
