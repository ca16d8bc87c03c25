/**
 * Who translates what, by when: one assignment per document per locale, to a translator of that
 * locale, with an optional due date. Staff (admins, editors, reviewers) assign; a translator reads
 * their own. Written through POST /api/translation-assignments/assign, which checks the document,
 * the locale and the translator and says what is wrong.
 */
import { APIError, type Access, type CollectionConfig, type Payload, type PayloadHandler } from 'payload'

import { hasRole, isStaff } from '../access/roles'
import { contentApi, type Doc } from '../model/local'
import { isWorkflowCollection, TRANSLATION_LOCALES } from './constants'

export const ASSIGNMENTS = 'translation-assignments'

export interface Assignment {
  id: string | number
  collection: string
  docId: string
  locale: string
  assignee: { id: string | number; name: string }
  due: string | null
}

const staffReadsAllTranslatorsTheirs: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  if (req.user && hasRole(req.user, 'translator')) return { assignee: { equals: req.user.id } }
  return false
}
const staffWrites: Access = ({ req }) => isStaff(req.user)

const relId = (v: unknown) => (v && typeof v === 'object' ? (v as Doc).id : (v as string | number))

async function assign(payload: Payload, body: Record<string, unknown>, user: { id: string | number }) {
  const collection = String(body.collection ?? '')
  const docId = String(body.docId ?? '')
  const locale = String(body.locale ?? '')
  if (!isWorkflowCollection(collection)) throw new APIError(`"collection": no content collection "${collection}".`, 400)
  if (!(TRANSLATION_LOCALES as string[]).includes(locale))
    throw new APIError(`"locale": "${locale}" is not a translation locale (${TRANSLATION_LOCALES.join(', ')}).`, 400)
  const doc = await contentApi(payload)
    .findByID({ collection, id: docId, depth: 0, draft: true, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!doc) throw new APIError(`"docId": no ${collection} document ${docId}.`, 404)
  const due = body.due === null || body.due === '' || body.due === undefined ? null : String(body.due)
  if (due !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(due))))
    throw new APIError(`"due": ${JSON.stringify(body.due)} is not a date (YYYY-MM-DD).`, 400)
  const existing = await payload.find({
    collection: ASSIGNMENTS as never,
    where: {
      and: [{ collection: { equals: collection } }, { docId: { equals: docId } }, { locale: { equals: locale } }],
    },
    limit: 1,
    overrideAccess: true,
    depth: 0,
  })
  const current = existing.docs[0] as Doc | undefined
  if (body.assignee === null || body.assignee === '' || body.assignee === undefined) {
    if (current) await payload.delete({ collection: ASSIGNMENTS as never, id: current.id, overrideAccess: true })
    return null
  }
  const assignee = await payload
    .findByID({ collection: 'users', id: String(body.assignee), depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  const locales = (assignee?.locales ?? []) as string[]
  if (!assignee || !hasRole(assignee, 'translator') || !locales.includes(locale))
    throw new APIError(`"assignee": user ${String(body.assignee)} is not a translator into ${locale}.`, 400)
  const data = {
    collection,
    docId,
    locale,
    assignee: assignee.id,
    due,
    report: reportOf(collection, doc),
    assignedBy: user.id,
  }
  return current
    ? payload.update({ collection: ASSIGNMENTS as never, id: current.id, data: data as never, overrideAccess: true })
    : payload.create({ collection: ASSIGNMENTS as never, data: data as never, overrideAccess: true })
}

const reportOf = (collection: string, doc: Doc) =>
  collection === 'reports' ? doc.id : collection === 'chapters' ? (relId(doc.report) ?? null) : null

const assignHandler: PayloadHandler = async (req) => {
  if (!isStaff(req.user)) throw new APIError('Only admins, editors and reviewers assign translations.', 403)
  let body: Record<string, unknown>
  try {
    body = ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    throw new APIError('The body must be JSON: { collection, docId, locale, assignee, due? }.', 400)
  }
  const doc = await assign(req.payload, body, req.user!)
  return Response.json({ assignment: doc })
}

export const TranslationAssignments: CollectionConfig = {
  slug: ASSIGNMENTS,
  labels: { singular: 'Translation assignment', plural: 'Translation assignments' },
  admin: {
    group: 'Administration',
    defaultColumns: ['collection', 'docId', 'locale', 'assignee', 'due'],
    description: 'Who translates which document into which language, by when. Assign from the Translations view.',
  },
  access: { read: staffReadsAllTranslatorsTheirs, create: staffWrites, update: staffWrites, delete: staffWrites },
  indexes: [{ fields: ['collection', 'docId', 'locale'], unique: true }],
  endpoints: [{ path: '/assign', method: 'post', handler: assignHandler }],
  fields: [
    { name: 'collection', type: 'text', required: true, index: true },
    { name: 'docId', type: 'text', required: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: TRANSLATION_LOCALES.map((l) => ({ label: l, value: l })),
    },
    { name: 'assignee', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'due', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'report', type: 'relationship', relationTo: 'reports', index: true },
    { name: 'assignedBy', type: 'relationship', relationTo: 'users' },
  ],
  timestamps: true,
}

/** Every assignment (or a translator's), with the assignee's name, keyed `collection:docId:locale`. One read. */
export async function assignmentsFor(
  payload: Payload,
  opts: { assignee?: string | number } = {},
): Promise<Map<string, Assignment>> {
  const res = await payload.find({
    collection: ASSIGNMENTS as never,
    ...(opts.assignee !== undefined ? { where: { assignee: { equals: opts.assignee } } } : {}),
    limit: 0,
    pagination: false,
    depth: 1,
    overrideAccess: true,
    select: { collection: true, docId: true, locale: true, assignee: true, due: true } as never,
    populate: { users: { name: true } } as never,
  })
  const out = new Map<string, Assignment>()
  for (const d of res.docs as unknown as Array<Doc & { assignee: unknown }>) {
    const a = d.assignee as { id?: string | number; name?: string } | number | string
    const assignee =
      typeof a === 'object' && a ? { id: a.id!, name: String(a.name ?? `user ${a.id}`) } : { id: a, name: `user ${a}` }
    const item: Assignment = {
      id: d.id,
      collection: String(d.collection),
      docId: String(d.docId),
      locale: String(d.locale),
      assignee,
      due: typeof d.due === 'string' ? d.due.slice(0, 10) : null,
    }
    out.set(`${item.collection}:${item.docId}:${item.locale}`, item)
  }
  return out
}
