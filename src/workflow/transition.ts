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
 * Edits (hooks/change.ts): an edit of the content in review or approved sends it back to draft; an edit
 * of a locale's text in review or approved makes that translation in-progress.
 *
 * Four-eyes: a reviewer cannot approve (content, or one locale's translation) when they authored
 * any version of it since its last approval: i.e. there is an audit `create` event by them, or an
 * `update` event by them that changed the content (default locale or non-localised fields) or
 * that locale's text, after the last approval (never approved: since creation).
 *
 * Approval rules: a testimony needs consent `given` covering its disclosure (consentProblems);
 * a confidential defender profile cannot be approved.
 *
 * A transition and its audit event are one transaction: both are written, or neither.
 */
import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Field,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { contentApi, fieldsOf, type Doc } from '../model/local'
import { DEFAULT_LOCALE } from '../model/locales'
import { recordAuditEvent } from './audit'
import { consentProblems } from '../model/consent'
import {
  isWorkflowCollection,
  TRANSLATION_LOCALES,
  type TranslationStatus,
  WORKFLOW_ACTIONS,
  WORKFLOW_CONTEXT,
  type WorkflowAction,
  type WorkflowCollection,
  type WorkflowState,
} from './constants'
import { combineHashes, fieldHashes, fingerprint } from './fingerprint'
import { authoredSince, latestVersionId } from './history'
import { subRequest } from './request'
import { normaliseRows, relId, type TranslationRow } from './rows'
import { CONTENT_RULES, type Rule, TRANSLATION_RULES, type WorkflowUser } from './rules'

export type { WorkflowUser }
export { authoredSince, latestVersionId }

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

/** Everything a transition needs, once its input is checked and its document loaded. */
interface Move {
  payload: Payload
  collection: string
  id: string | number
  action: WorkflowAction
  locale: string | null
  comment: string | null
  user: WorkflowUser
  doc: Doc
  fields: Field[]
  rows: TranslationRow[]
  workflow: Record<string, unknown>
  from: string
  rule: Rule
  what: string
  /** The transaction every write and the audit event share. */
  req: Partial<PayloadRequest>
}

const userRef = (user: WorkflowUser | null | undefined) => (user ? { id: user.id, email: user.email ?? null } : null)

/** The latest version of a document in every locale (what a transition moves). */
async function loadLatest(payload: Payload, collection: string, id: string | number, req: Partial<PayloadRequest>) {
  try {
    return await contentApi(payload).findByID({
      collection,
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      req: subRequest(req),
    })
  } catch {
    throw new APIError(`No ${collection} document with id ${id}.`, 404)
  }
}

/** The checked input: the locale (null for content), the comment, and who acts. */
function checkInput(input: TransitionInput): { locale: string | null; comment: string | null; user: WorkflowUser } {
  const { collection, action, user } = input
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
  if (action === 'request-changes' && !comment) {
    throw new APIError('Say what needs to change: request-changes needs a comment.', 400)
  }
  return { locale, comment, user }
}

async function prepare(payload: Payload, input: TransitionInput, req: Partial<PayloadRequest>): Promise<Move> {
  const { locale, comment, user } = checkInput(input)
  const { collection, id, action } = input
  const doc = await loadLatest(payload, collection, id, req)
  const rows = normaliseRows(doc.translations)
  const workflow = (doc.workflow ?? {}) as Record<string, unknown>
  const from = locale ? rows.find((r) => r.locale === locale)!.status : String(workflow.state ?? 'draft')
  const what = locale ? `the ${locale} translation of ${collection} ${id}` : `${collection} ${id}`
  const rules = (locale ? TRANSLATION_RULES : CONTENT_RULES)[action]
  const rule = rules.find((r) => r.from.includes(from))
  if (!rule) {
    const legal = rules.map((r) => r.from.join(' or ')).join(' or ')
    throw new APIError(`Cannot ${action} ${what}: it is "${from}" (${action} is only possible from ${legal}).`, 400)
  }
  if (!rule.who(user, locale)) throw new APIError(`You may not ${action} ${what}: only ${rule.whoText} can.`, 403)
  const fields = fieldsOf(payload, collection)
  return { payload, collection, id, action, locale, comment, user, doc, fields, rows, workflow, from, rule, what, req }
}

/** Approval rules: four-eyes; consent for testimonies; no confidential defender profile. */
async function checkApproval(m: Move): Promise<void> {
  const row = m.locale ? m.rows.find((r) => r.locale === m.locale)! : null
  const since = (row ? row.approvedAt : (m.workflow.approvedAt as string | undefined)) ?? null
  const scope = m.locale ?? 'content'
  const args = { collection: m.collection, id: m.id, userId: m.user.id, since, scope, req: m.req }
  if (await authoredSince(m.payload, args)) {
    throw new APIError(
      `Four-eyes rule: you changed ${m.what} since its last approval, so someone else must approve it.`,
      403,
    )
  }
  if (m.locale) return
  if (m.collection === 'testimonies') {
    const problems = consentProblems(m.doc)
    if (problems.length) throw new APIError(`This testimony cannot be approved: ${problems.join('; ')}.`, 403)
  }
  if (m.collection === 'defenders' && m.doc.visibility !== 'public') {
    throw new APIError('A confidential defender profile cannot be approved for publication: make it public first.', 403)
  }
}

/** Writes the workflow's own fields of the document (never a content change). */
const write = (m: Move, data: Record<string, unknown>, draft: boolean) =>
  contentApi(m.payload).update({
    collection: m.collection,
    id: m.id,
    data,
    draft,
    locale: DEFAULT_LOCALE,
    depth: 0,
    overrideAccess: true,
    context: { [WORKFLOW_CONTEXT]: true },
    req: m.req,
  })

async function moveContent(m: Move, versionId: string | null): Promise<WorkflowState> {
  const to = m.rule.to as WorkflowState
  const now = new Date().toISOString()
  const wf = m.workflow
  const next: Record<string, unknown> = {
    ...wf,
    submittedBy: relId(wf.submittedBy),
    approvedBy: relId(wf.approvedBy),
    state: to,
    comment: m.comment,
  }
  if (m.action === 'submit') Object.assign(next, { submittedBy: m.user.id, submittedAt: now })
  if (m.action === 'approve') {
    const sourceFingerprint = fingerprint(m.fields, m.doc, { locale: DEFAULT_LOCALE, allLocales: true })
    Object.assign(next, { approvedBy: m.user.id, approvedAt: now, approvedVersion: versionId, sourceFingerprint })
    await write(m, { _status: 'published', workflow: next }, false)
  } else if (m.action === 'reopen' && m.from === 'approved') {
    await write(m, { _status: 'draft', workflow: next }, false)
  } else {
    await write(m, { workflow: next }, true)
  }
  return to
}

async function moveTranslation(m: Move, versionId: string | null): Promise<TranslationStatus> {
  const locale = m.locale!
  const to = m.rule.to as TranslationStatus
  const r: TranslationRow = { ...m.rows.find((x) => x.locale === locale)!, status: to, comment: m.comment }
  if (m.action === 'submit') r.submittedBy = m.user.id
  if (m.action === 'approve') {
    const text = fieldHashes(m.fields, m.doc, { locale, allLocales: true })
    if (Object.keys(text).length === 0)
      throw new APIError(`Cannot approve ${m.what}: it has no text in ${locale}.`, 400)
    const enHashes = fieldHashes(m.fields, m.doc, { locale: DEFAULT_LOCALE, allLocales: true })
    Object.assign(r, {
      staleFields: [],
      sourceFields: enHashes,
      approvedSourceFields: enHashes,
      sourceFingerprint: combineHashes(enHashes),
      approvedBy: m.user.id,
      approvedAt: new Date().toISOString(),
      approvedVersion: versionId,
      approvedTextHash: combineHashes(text),
    })
  }
  if (m.action === 'reopen') {
    const cleared = { approvedVersion: null, approvedAt: null, approvedBy: null, sourceFingerprint: null }
    Object.assign(r, { ...cleared, approvedSourceFields: null })
  }
  await write(m, { translations: m.rows.map((x) => (x.locale === locale ? r : x)) }, true)
  return to
}

/**
 * Runs one workflow transition. Throws an APIError (400 illegal transition or bad input, 401 no
 * user, 403 role / four-eyes / consent / confidential rules, 404 unknown document) and changes
 * nothing when refused. The write and its audit event are one transaction (the caller's, when
 * `input.req` has one).
 */
export async function transition(payload: Payload, input: TransitionInput): Promise<TransitionResult> {
  const req = subRequest(input.req ?? { payload }, { [WORKFLOW_CONTEXT]: true })
  const own = await initTransaction(req as PayloadRequest)
  try {
    const m = await prepare(payload, input, req)
    if (m.action === 'approve') await checkApproval(m)
    const versionId = m.action === 'approve' ? await latestVersionId(payload, m.collection, m.id, req) : null
    const to = m.locale ? await moveTranslation(m, versionId) : await moveContent(m, versionId)
    await recordAuditEvent(
      payload,
      {
        action: m.locale ? 'translation-status' : 'transition',
        collection: m.collection,
        docId: m.id,
        user: userRef(m.user),
        ...(m.locale ? { locale: m.locale } : {}),
        from: m.from,
        to,
        comment: m.comment,
      },
      req,
    )
    if (own) await commitTransaction(req as PayloadRequest)
    return {
      collection: m.collection,
      id: m.id,
      action: m.action,
      locale: m.locale,
      from: m.from as WorkflowState | TranslationStatus,
      to,
    }
  } catch (error) {
    if (own) await killTransaction(req as PayloadRequest)
    throw error
  }
}
