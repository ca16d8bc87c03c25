import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isAdmin } from '../access/roles'
import { LIST_DEPTH, LIST_LIMIT } from './limits'

/** A list request a non-admin may not make (400). */
export class ListRequestRefused extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
  }
}

interface ListArgs {
  id?: unknown
  limit?: number
  depth?: number
  pagination?: boolean
  overrideAccess?: boolean
}

/**
 * Lists (`find`) for everyone but admins: at most LIST_LIMIT documents a page (a larger `limit`,
 * `limit=0` and `pagination=false` get LIST_LIMIT), populated at most LIST_DEPTH deep, and never
 * `locale=all` (every language of every document at once: one language per request, or one
 * document by id). Server code (the Local API with its own trust) is not limited.
 */
export const capLists: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const a = args as ListArgs
  if (operation !== 'read' || a.id !== undefined || a.overrideAccess === true || isAdmin(req.user)) return args
  // A document asked for by id (its route has one) may populate its joins, which are lists read
  // in the request's locale: only a request for a list is refused in every locale.
  if (req.locale === 'all' && req.routeParams?.id === undefined) {
    throw new ListRequestRefused(
      `locale=all is not available for lists: ask for one language (e.g. locale=en), or for one document by its id.`,
    )
  }
  const limit = typeof a.limit === 'number' && a.limit > 0 ? Math.min(a.limit, LIST_LIMIT) : LIST_LIMIT
  const depth = typeof a.depth === 'number' ? Math.min(a.depth, LIST_DEPTH) : a.depth
  return { ...args, limit, depth, pagination: true }
}
