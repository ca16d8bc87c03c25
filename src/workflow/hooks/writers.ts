/**
 * Who may change what, checked where every write passes (beforeOperation of every workflow
 * collection: REST, GraphQL, the admin and the Local API without overrideAccess, for create,
 * update by id and by where, bulk edits, autosave, duplicate and version restores).
 *
 * - A translator changes only localised text, in their own locales. Anything shared by every
 *   locale — a non-localised field wherever it sits, or the rows of a non-localised array (adding,
 *   removing, reordering) — is refused with a 403 naming the fields, before anything is written.
 * - Restoring a version is for editors and admins: it rewrites every field and every locale.
 *
 * And in beforeChange, for every restore: confidential fields keep their current values.
 */
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
  type Where,
} from 'payload'

import { hasRole, isStaff } from '../../access/roles'
import { changedFields, mergeDeep } from '../../model/changes'
import { fieldNodes, type FieldNode } from '../../model/walk'
import { WORKFLOW_FIELD_NAMES } from '../constants'
import { subRequest } from '../request'
import { isWorkflowWrite } from './publishing'

type Doc = Record<string, unknown>

const isTranslatorOnly = (user: unknown) => hasRole(user, 'translator') && !isStaff(user)

/**
 * Not content: the workflow's bookkeeping, and `_status`, which the admin's Save Draft sends as
 * 'draft' (every edit is saved as a draft; publishing is refused by guardPublishing).
 */
const NOT_SHARED_CONTENT: ReadonlySet<string> = new Set([...WORKFLOW_FIELD_NAMES, '_status'])

/** The shared fields (schema paths) an update of `doc` with `data` would change. */
export function sharedChanges(nodes: FieldNode[], doc: Doc, data: Doc): string[] {
  const changes = changedFields(nodes, doc, mergeDeep(doc, data), { ignore: NOT_SHARED_CONTENT })
  return [...new Set(changes.filter((c) => !c.localized).map((c) => c.field))]
}

async function targets(req: PayloadRequest, slug: string, args: { id?: unknown; where?: Where }): Promise<Doc[]> {
  const common = { draft: true, depth: 0, overrideAccess: true, req: subRequest(req) } as const
  const collection = slug as CollectionSlug
  if (args.id !== undefined && args.id !== null) {
    const doc = await req.payload
      .findByID({ ...common, collection, id: args.id as string | number, disableErrors: true })
      .catch(() => null)
    return doc ? [{ ...doc }] : []
  }
  const found = await req.payload.find({ ...common, collection, where: args.where ?? {}, limit: 0, pagination: false })
  return found.docs.map((d) => ({ ...d }))
}

export const guardWriters: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const a = args as { id?: unknown; where?: Where; data?: Doc; overrideAccess?: boolean }
  if (isWorkflowWrite(req) || a.overrideAccess || !req.user) return args
  if ((operation as string) === 'restoreVersion' && !hasRole(req.user, 'admin', 'editor')) {
    throw new APIError('Restoring a version is for editors and admins: it rewrites every field in every language.', 403)
  }
  if (operation !== 'update' || !isTranslatorOnly(req.user) || !a.data) return args
  const nodes = fieldNodes(collection.fields as Field[])
  for (const doc of await targets(req, collection.slug, a)) {
    const shared = sharedChanges(nodes, doc, a.data)
    if (shared.length) {
      throw new APIError(
        `A translator changes only the text of their own languages (${req.locale}): ${shared.join(', ')} ${
          shared.length === 1 ? 'is' : 'are'
        } shared by every language, so only an editor can change ${shared.length === 1 ? 'it' : 'them'}. Nothing was saved.`,
        403,
      )
    }
  }
  return args
}

/**
 * A restore never changes a confidential field: the legal name, contact, notes and consent record
 * are records of the witness, not drafts of the text, so they keep their current values (a restore
 * can neither erase them nor bring back a consent that was withdrawn since).
 */
export const keepConfidentialOnRestore: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  if (!req.context?.isRestoringVersion || !originalDoc) return data
  for (const node of fieldNodes(collection.fields as Field[])) {
    if (node.role === 'confidential') data[node.name] = originalDoc[node.name] ?? null
  }
  return data
}
