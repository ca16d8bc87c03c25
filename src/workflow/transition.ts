/**
 * Workflow transitions: the one server-side function that moves a document (or one locale's
 * translation of it) through the editorial workflow. Reachable from the Local API (this
 * function), REST (POST /api/<collection>/<id>/workflow) and so the admin.
 *
 * Content (no locale, or the default locale):
 *   submit           draft | changes-requested → in-review     admin, editor, reviewer
 *   approve          in-review → approved (= publish)           admin, reviewer; four-eyes
 *   request-changes  in-review → changes-requested (comment)    admin, reviewer
 *   reopen           in-review | changes-requested → draft      admin, editor, reviewer
 *   reopen           approved → draft (withdraws the approval: unpublishes)   admin, reviewer
 * Translation (locale = fr, es, ru, ar):
 *   submit           in-progress | stale → ready-for-review     admin, editor, reviewer, translator of that locale
 *   approve          ready-for-review → approved                admin, reviewer; four-eyes for that locale
 *   request-changes  ready-for-review → in-progress (comment)   admin, reviewer
 *   reopen           approved → in-progress (withdraws the approval)           admin, reviewer
 *
 * Edits (hooks.ts): an edit of the content in review or approved sends it back to draft; an edit
 * of a locale's text in review or approved makes that translation in-progress.
 *
 * Four-eyes: a reviewer cannot approve (content, or one locale's translation) when they authored
 * any version of it since its last approval: i.e. there is an audit `create` event by them, or an
 * `update` event by them that changed the content (default locale or non-localised fields) or
 * that locale's text, after the last approval (never approved: since creation).
 *
 * Approval rules: a testimony needs consent `given` covering its disclosure (consentProblems);
 * a confidential defender profile cannot be approved.
 */
import { APIError, type Field, type Payload, type PayloadRequest } from 'payload'

import { DEFAULT_LOCALE } from '../locales'
import { recordAuditEvent } from './audit'
import { consentProblems, type ConsentInput } from './consent'
import {
  TRANSLATION_LOCALES,
  WORKFLOW_ACTIONS,
  WORKFLOW_CONTEXT,
  isWorkflowCollection,
  type TranslationStatus,
  type WorkflowAction,
  type WorkflowCollection,
  type WorkflowState,
} from './constants'
import { combineHashes, fieldHashes, fingerprint } from './fingerprint'
import { normaliseRows, relId, type TranslationRow } from './rows'
import { subRequest } from './request'
import { CONTENT_RULES, TRANSLATION_RULES, type WorkflowUser } from './rules'

export type { WorkflowUser }

export interface TransitionInput {
  collection: WorkflowCollection | string
  id: string | number
  action: WorkflowAction
  /** A non-default locale makes this a translation transition for that locale. */
  locale?: string | null
  comment?: string | null
  /** Who acts. Required: roles and four-eyes are checked against this user. */
  user: WorkflowUser | null | undefined
  /** The incoming request, to run inside its transaction. */
  req?: Partial<PayloadRequest>
}

export interface TransitionResult {
  collection: string
  id: string | number
  action: WorkflowAction
  /** null for content transitions. */
  locale: string | null
  from: WorkflowState | TranslationStatus
  to: WorkflowState | TranslationStatus
}

const fieldsOf = (payload: Payload, collection: string) =>
  (payload.collections as unknown as Record<string, { config: { fields: Field[] } }>)[collection].config.fields

/** Id of the newest version of a document (the one a reviewer is looking at). */
export async function latestVersionId(
  payload: Payload,
  collection: string,
  id: string | number,
  req?: Partial<PayloadRequest>,
): Promise<string | null> {
  const res = await payload.findVersions({
    collection: collection as never,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: subRequest(req ?? { payload }),
  } as never)
  const doc = (res as { docs: Array<{ id: string | number }> }).docs[0]
  return doc ? String(doc.id) : null
}

/** Did `userId` author a version of this document (for `scope`: 'content' or a locale) after `since`? */
export async function authoredSince(
  payload: Payload,
  args: {
    collection: string
    id: string | number
    userId: string | number
    since?: string | null
    scope: string
    req?: Partial<PayloadRequest>
  },
): Promise<boolean> {
  const and: Record<string, unknown>[] = [
    { collection: { equals: args.collection } },
    { docId: { equals: String(args.id) } },
    { user: { equals: args.userId } },
    { action: { in: ['create', 'update'] } },
  ]
  if (args.since) and.push({ createdAt: { greater_than: args.since } })
  const res = await payload.find({
    collection: 'audit-events',
    where: { and } as never,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: subRequest(args.req ?? { payload }),
  })
  return res.docs.some((e) => {
    const ev = e as unknown as {
      action: string
      details?: { contentChanged?: boolean; localesChanged?: string[] } | null
    }
    if (ev.action === 'create') return true
    return args.scope === 'content'
      ? Boolean(ev.details?.contentChanged)
      : (ev.details?.localesChanged ?? []).includes(args.scope)
  })
}

type Doc = Record<string, unknown> & {
  _status?: string
  workflow?: Record<string, unknown> | null
  translations?: unknown
}

async function loadLatest(
  payload: Payload,
  collection: string,
  id: string | number,
  req?: Partial<PayloadRequest>,
): Promise<Doc> {
  try {
    return (await payload.findByID({
      collection: collection as never,
      id,
      draft: true,
      locale: 'all' as never,
      depth: 0,
      overrideAccess: true,
      req: subRequest(req ?? { payload }),
    })) as Doc
  } catch {
    throw new APIError(`No ${collection} document with id ${id}.`, 404)
  }
}

const userRef = (user: WorkflowUser | null | undefined) => (user ? { id: user.id, email: user.email ?? null } : null)

/**
 * Runs one workflow transition. Throws an APIError (400 illegal transition or bad input, 401 no
 * user, 403 role / four-eyes / consent / confidential rules, 404 unknown document) and changes
 * nothing when refused. Records an audit event when it succeeds.
 */
export async function transition(payload: Payload, input: TransitionInput): Promise<TransitionResult> {
  const { collection, id, action, user } = input
  if (!isWorkflowCollection(collection))
    throw new APIError(`"${collection}" does not go through the editorial workflow.`, 400)
  if (!(WORKFLOW_ACTIONS as readonly string[]).includes(action)) {
    throw new APIError(`Unknown workflow action "${String(action)}": use ${WORKFLOW_ACTIONS.join(', ')}.`, 400)
  }
  if (!user) throw new APIError('Sign in to change the workflow state.', 401)
  const locale = input.locale && input.locale !== DEFAULT_LOCALE ? input.locale : null
  if (locale && !(TRANSLATION_LOCALES as string[]).includes(locale)) {
    throw new APIError(`"${locale}" is not a translation locale (use ${TRANSLATION_LOCALES.join(', ')}).`, 400)
  }
  const comment = typeof input.comment === 'string' && input.comment.trim() !== '' ? input.comment.trim() : null
  const doc = await loadLatest(payload, collection, id, input.req)
  const fields = fieldsOf(payload, collection)
  const now = new Date().toISOString()
  const what = locale ? `the ${locale} translation of ${collection} ${id}` : `${collection} ${id}`

  const rows = normaliseRows(doc.translations)
  const row = locale ? rows.find((r) => r.locale === locale)! : null
  const wf = (doc.workflow ?? {}) as Record<string, unknown>
  const from = (locale ? row!.status : ((wf.state as WorkflowState | undefined) ?? 'draft')) as string
  const rules = (locale ? TRANSLATION_RULES : CONTENT_RULES)[action]
  const rule = rules.find((r) => r.from.includes(from))
  if (!rule) {
    const legal = rules.map((r) => r.from.join(' or ')).join(' or ')
    throw new APIError(`Cannot ${action} ${what}: it is "${from}" (${action} is only possible from ${legal}).`, 400)
  }
  if (!rule.who(user, locale)) {
    throw new APIError(`You may not ${action} ${what}: only ${rule.whoText} can.`, 403)
  }
  if (action === 'request-changes' && !comment) {
    throw new APIError('Say what needs to change: request-changes needs a comment.', 400)
  }

  const req = subRequest(input.req ?? { payload }, { [WORKFLOW_CONTEXT]: true })
  const write = (data: Record<string, unknown>, draft: boolean) =>
    payload.update({
      collection: collection as never,
      id,
      data: data as never,
      draft,
      locale: DEFAULT_LOCALE as never,
      depth: 0,
      overrideAccess: true,
      context: { [WORKFLOW_CONTEXT]: true },
      req,
    })

  const wfOut = { ...wf, submittedBy: relId(wf.submittedBy), approvedBy: relId(wf.approvedBy) }

  if (action === 'approve') {
    const scope = locale ?? 'content'
    const since = (locale ? row!.approvedAt : (wf.approvedAt as string | undefined)) ?? null
    if (await authoredSince(payload, { collection, id, userId: user.id, since, scope, req: input.req })) {
      throw new APIError(
        `Four-eyes rule: you changed ${what} since its last approval, so someone else must approve it.`,
        403,
      )
    }
    if (!locale && collection === 'testimonies') {
      const problems = consentProblems(doc as ConsentInput)
      if (problems.length) throw new APIError(`This testimony cannot be approved: ${problems.join('; ')}.`, 403)
    }
    if (!locale && collection === 'defenders' && doc.visibility !== 'public') {
      throw new APIError(
        'A confidential defender profile cannot be approved for publication: make it public first.',
        403,
      )
    }
  }

  const versionId = action === 'approve' ? await latestVersionId(payload, collection, id, input.req) : null

  if (!locale) {
    const to = rule.to as WorkflowState
    const next: Record<string, unknown> = { ...wfOut, state: to, comment }
    if (action === 'submit') Object.assign(next, { submittedBy: user.id, submittedAt: now })
    if (action === 'approve') {
      Object.assign(next, {
        approvedBy: user.id,
        approvedAt: now,
        approvedVersion: versionId,
        sourceFingerprint: fingerprint(fields, doc, { locale: DEFAULT_LOCALE, allLocales: true }),
      })
      await write({ _status: 'published', workflow: next }, false)
    } else if (action === 'reopen' && from === 'approved') {
      await write({ _status: 'draft', workflow: next }, false)
    } else {
      await write({ workflow: next }, true)
    }
    await recordAuditEvent(
      payload,
      { action: 'transition', collection, docId: id, user: userRef(user), from, to, comment },
      req,
    )
    return { collection, id, action, locale: null, from: from as WorkflowState, to }
  }

  // Translation transitions.
  const to = rule.to as TranslationStatus
  const r: TranslationRow = { ...row!, status: to, comment }
  if (action === 'submit') r.submittedBy = user.id
  if (action === 'approve') {
    const text = fieldHashes(fields, doc, { locale, allLocales: true })
    if (Object.keys(text).length === 0) throw new APIError(`Cannot approve ${what}: it has no text in ${locale}.`, 400)
    const enHashes = fieldHashes(fields, doc, { locale: DEFAULT_LOCALE, allLocales: true })
    Object.assign(r, {
      staleFields: [],
      sourceFields: enHashes,
      approvedSourceFields: enHashes,
      sourceFingerprint: combineHashes(enHashes),
      approvedBy: user.id,
      approvedAt: now,
      approvedVersion: versionId,
      approvedTextHash: combineHashes(text),
    })
  }
  if (action === 'reopen')
    Object.assign(r, {
      approvedVersion: null,
      approvedAt: null,
      approvedBy: null,
      sourceFingerprint: null,
      approvedSourceFields: null,
    })
  const nextRows = rows.map((x) => (x.locale === locale ? r : x))
  await write({ translations: nextRows }, true)
  await recordAuditEvent(
    payload,
    { action: 'translation-status', collection, docId: id, user: userRef(user), locale, from, to, comment },
    req,
  )
  return { collection, id, action, locale, from: from as TranslationStatus, to }
}

/**
 * Takes a document out of the approved state at once (used when a testimony's consent is
 * withdrawn): the main document stops being published and the state goes back to draft.
 * No-op when it is neither published nor approved.
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
  const published = (await payload.findByID({
    collection: args.collection as never,
    id: args.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req: subRequest(args.req ?? { payload }),
  })) as Doc
  const latest = await loadLatest(payload, args.collection, args.id, args.req)
  const wf = (latest.workflow ?? {}) as Record<string, unknown>
  if (published._status !== 'published' && wf.state !== 'approved') return false
  const req = subRequest(args.req ?? { payload }, { [WORKFLOW_CONTEXT]: true })
  await payload.update({
    collection: args.collection as never,
    id: args.id,
    data: {
      _status: 'draft',
      workflow: {
        ...wf,
        submittedBy: relId(wf.submittedBy),
        approvedBy: relId(wf.approvedBy),
        state: 'draft',
        comment: args.reason,
      },
    } as never,
    draft: false,
    locale: DEFAULT_LOCALE as never,
    depth: 0,
    overrideAccess: true,
    context: { [WORKFLOW_CONTEXT]: true },
    req,
  })
  await recordAuditEvent(
    payload,
    {
      action: 'transition',
      collection: args.collection,
      docId: args.id,
      user: args.user ? { id: args.user.id, email: args.user.email ?? null } : null,
      from: String(wf.state ?? 'approved'),
      to: 'draft',
      comment: args.reason,
    },
    req,
  )
  return true
}
