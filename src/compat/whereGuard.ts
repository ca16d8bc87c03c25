/**
 * Guard against an unhandled promise rejection in Payload 3.90.2's where-clause validation.
 *
 * The bug (node_modules/payload/dist/database/queryValidation/validateSearchParams.js): for a
 * where path that hops two relationships or more (`chapter.testimonies.legalName`, i.e. the
 * third segment onwards), validateSearchParam pushes the validation of the deepest collection
 * into its `promises` list only after `await getEntityPermissions(...)`, i.e. after
 * `Promise.all(promises)` has already taken its snapshot. That validation is never awaited: when
 * the where clause has any error (a field the user may not read, an unknown field elsewhere in the
 * same clause), it throws a QueryError nobody catches. The request itself is answered correctly
 * (400), but the rejection is unhandled: it ends a jest or `payload run` process, and `next start`
 * logs it. It happens with overrideAccess: false only (REST, GraphQL, Local API with a user).
 *
 * The guard, a `beforeOperation` hook on every collection: when a where clause holds a path of
 * three segments or more, it validates the clause itself first with Payload's own
 * validateQueryPaths, but with the read permissions of every collection computed beforehand.
 * With nothing left to await before that push, every nested validation is part of the awaited
 * list; a refused clause becomes an ordinary QueryError (HTTP 400) naming the paths as the client
 * wrote them, and Payload's own (buggy) validation never runs on it. Clauses without such paths
 * are left to Payload untouched.
 *
 * Registered for every collection at start by `installWhereGuard` (src/startup.ts, onInit).
 */
import {
  buildVersionCollectionFields,
  QueryError,
  validateQueryPaths,
  type CollectionBeforeOperationHook,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'
import { getEntityPermissions } from 'payload/internal'

type Policies = NonNullable<Parameters<typeof validateQueryPaths>[0]['policies']>

/** A where clause's leaf constraints, each as `{ path, constraint }` (through and/or, any depth). */
export function whereLeaves(where: unknown): Array<{ path: string; constraint: unknown }> {
  const out: Array<{ path: string; constraint: unknown }> = []
  const walk = (w: unknown) => {
    if (!w || typeof w !== 'object' || Array.isArray(w)) return
    for (const [key, value] of Object.entries(w as Record<string, unknown>)) {
      if ((key.toLowerCase() === 'and' || key.toLowerCase() === 'or') && Array.isArray(value)) value.forEach(walk)
      else out.push({ path: key, constraint: value })
    }
  }
  walk(where)
  return out
}

/** Segments of a where path as Payload reads it (GraphQL writes `a__b` for `a.b`). */
export const pathSegments = (path: string): string[] => path.replace(/__/g, '.').split('.').filter(Boolean)

/** true when the clause has a path that may hop two relationships (where the Payload bug lives). */
export const needsGuard = (where: unknown): boolean => whereLeaves(where).some((l) => pathSegments(l.path).length >= 3)

/** The read permissions of every collection, as validateQueryPaths caches them. */
async function allReadPolicies(req: PayloadRequest): Promise<Policies> {
  const policies: Policies = { collections: {}, globals: {} }
  for (const config of req.payload.config.collections) {
    policies.collections![config.slug] = (await getEntityPermissions({
      blockReferencesPermissions: {},
      entity: config,
      entityType: 'collection',
      fetchData: false,
      operations: ['read'],
      req,
    })) as never
  }
  return policies
}

/**
 * A path into a collection's version documents (`version.title`, `parent`: a findVersions or
 * countVersions query), which Payload validates against the version fields.
 */
export const isVersionPath = (collection: SanitizedCollectionConfig, path: string): boolean => {
  const first = pathSegments(path)[0]
  return (
    Boolean(collection.versions) &&
    (first === 'version' || first === 'parent') &&
    !collection.flattenedFields.some((f) => f.name === first)
  )
}

/**
 * The paths of `where` (as written by the client) that Payload refuses for this request, every
 * nested validation awaited. Empty when the clause is valid. Never mutates `where`.
 */
export async function refusedWherePaths(
  collection: SanitizedCollectionConfig,
  where: Where,
  req: PayloadRequest,
): Promise<string[]> {
  const policies = await allReadPolicies(req)
  let versionFields: ReturnType<typeof buildVersionCollectionFields<true>> | undefined
  const refused: string[] = []
  for (const leaf of whereLeaves(where)) {
    const versions = isVersionPath(collection, leaf.path)
    if (versions) versionFields ??= buildVersionCollectionFields(req.payload.config, collection, true)
    try {
      await validateQueryPaths({
        collectionConfig: collection,
        errors: [],
        overrideAccess: false,
        policies,
        req,
        versionFields: versions ? versionFields : undefined,
        where: structuredClone({ [leaf.path]: leaf.constraint }) as Where,
      })
    } catch (error) {
      if (!(error instanceof QueryError)) throw error
      if (!refused.includes(leaf.path)) refused.push(leaf.path)
    }
  }
  return refused
}

export const guardNestedWhere: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  const where = (args as { where?: Where }).where
  if (overrideAccess || !where || !needsGuard(where)) return args
  const refused = await refusedWherePaths(collection, where, req)
  if (refused.length) throw new QueryError(refused.map((path) => ({ path })))
  return args
}

/** Adds guardNestedWhere to every collection's beforeOperation hooks (once). */
export function installWhereGuard(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    config.hooks.beforeOperation ??= []
    const hooks = config.hooks.beforeOperation
    if (!hooks.includes(guardNestedWhere)) hooks.unshift(guardNestedWhere)
  }
}
