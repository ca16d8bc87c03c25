import { type CollectionBeforeOperationHook, NotFound } from 'payload'

/**
 * A malformed document id (`/api/chapters/abc` on a database with numeric ids) reaches the SQL
 * query in Payload 3.90.2 and ends as a 500; one with a numeric prefix (`/api/chapters/1' or 1=1`)
 * is read as its prefix and answers document 1. Neither is a document: 404, before any query. The
 * id is checked as the client wrote it (the REST route's parameter) and as the operation got it.
 */
export const malformedIdIsNotFound: CollectionBeforeOperationHook = ({ args, req }) => {
  const numeric = req.payload.db.defaultIDType === 'number'
  const valid = (text: string) => (numeric ? /^\d{1,15}$/.test(text) : /^[\w-]{1,64}$/.test(text))
  for (const id of [(args as { id?: unknown }).id, req.routeParams?.id]) {
    if (id === undefined || id === null || id === '') continue
    if (!valid(String(id))) throw new NotFound(req.t)
  }
  return args
}
