import { type CollectionBeforeOperationHook, NotFound } from 'payload'

/**
 * A malformed document id (`/api/chapters/abc` on a database with numeric ids) reaches the SQL
 * query in Payload 3.90.2 and ends as a 500. It is no document: 404, before any query.
 */
export const malformedIdIsNotFound: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null || id === '') return args
  const text = String(id)
  const valid = req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(text) : /^[\w-]{1,64}$/.test(text)
  if (!valid) throw new NotFound(req.t)
  return args
}
