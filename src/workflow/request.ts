import type { PayloadRequest } from 'payload'

/**
 * A request for a nested Local API call that shares the outer request's transaction but not its
 * mutable state (Local API calls overwrite req.locale, req.fallbackLocale and req.context).
 */
export function subRequest(
  req: Partial<PayloadRequest>,
  context: Record<string, unknown> = {},
): Partial<PayloadRequest> {
  return {
    transactionID: req.transactionID,
    payload: req.payload,
    i18n: req.i18n,
    t: req.t,
    user: req.user,
    context: { ...(req.context ?? {}), ...context },
  } as Partial<PayloadRequest>
}
