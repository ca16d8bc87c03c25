/**
 * Import of a translated XLIFF file: checks every unit (reconcile.ts), then applies the accepted
 * ones in ONE transaction, as drafts of the locale, through the normal write path (the uploading
 * user's access rules, the workflow hooks: translation rows move, audit events are written). A
 * document whose units are all translated afterwards is submitted for review (ready-for-review);
 * otherwise its translation is in progress. Idempotent: a unit equal to the current translation is
 * "unchanged" and nothing is written for it. A bad file, a locale that is not the report's, or a
 * user who may not translate into it change nothing.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { isStaff, translatorMayWriteLocale } from '../../access'
import { localeDir, TRANSLATION_LOCALES, type LocaleCode } from '../../model/locales'
import { isWorkflowCollection } from '../../workflow/constants'
import { subRequest } from '../../workflow/request'
import { transition, type WorkflowUser } from '../../workflow/transition'
import { parseXliff } from '../parse'
import { classifyUnit, parseUnitId, type UnitOutcome } from '../reconcile'
import type { Seg } from '../types'
import { applyTargets, currentTargets, updateData } from '../units'
import { loadDocument, loadDocuments, leftOutReason, reportDocuments, type LoadedDocument } from './documents'
import { XliffRequestError } from './export'
import { staleUnits } from './stale'

export interface ImportUser extends WorkflowUser {
  name?: string | null
}

export interface ImportOptions {
  file: Buffer | string
  user: ImportUser
  dryRun?: boolean
  /** Prefix of document links (the server's URL + admin route). */
  adminUrl?: string
}

export interface UnitResult {
  id: string
  line: number
  outcome: UnitOutcome
  reason?: string
}

export interface DocumentResult {
  collection: string
  id: string
  title: string
  url: string
  counts: Record<UnitOutcome, number>
  /** The translation's status before and after the import. */
  statusBefore: string
  statusAfter: string
  notes: string[]
}

export interface ImportReport {
  dryRun: boolean
  locale: string
  report: { id: string; slug: string; title: string } | null
  counts: Record<UnitOutcome, number>
  documents: DocumentResult[]
  units: UnitResult[]
  /** One line: what happened. */
  summary: string
}

const zero = (): Record<UnitOutcome, number> => ({ applied: 0, unchanged: 0, stale: 0, rejected: 0, untranslated: 0 })

/** `fr`, or `fr-FR` when the report has fr (CAT tools sometimes add a region). */
export function resolveLocale(lang: string | null): LocaleCode {
  if (!lang) throw new XliffRequestError('The file names no target language (target-language / trgLang).')
  const exact = TRANSLATION_LOCALES.find((l) => l === lang)
  const primary = TRANSLATION_LOCALES.find((l) => l === lang.toLowerCase().split(/[-_]/)[0])
  const locale = exact ?? primary
  if (!locale)
    throw new XliffRequestError(
      `The file's target language "${lang}" is not a locale of the report (${TRANSLATION_LOCALES.join(', ')}).`,
    )
  return locale
}

/** The server-side rule of src/access/content.ts: staff, or a translator of that locale. */
export const mayTranslate = (user: unknown, locale: string) => isStaff(user) || translatorMayWriteLocale(user, locale)

interface Plan {
  doc: LoadedDocument
  result: DocumentResult
  accepted: Map<string, Seg>
  data: Record<string, unknown> | null
  /** Units that must be translated (and, if stale, applied or confirmed) for the document to be submitted. */
  unitIds: string[]
  staleIds: Set<string>
  confirmed: Set<string>
}

async function planDocument(
  payload: Payload,
  d: LoadedDocument,
  units: Array<{ id: string; line: number } & Parameters<typeof classifyUnit>[0]>,
  locale: string,
  adminUrl: string,
  results: UnitResult[],
): Promise<Plan> {
  const ref = { collection: d.collection, id: d.id }
  const { units: current, targets } = currentTargets(ref, d.fields, d.source, d.target)
  const stale = await staleUnits(payload, d, current)
  const byId = new Map(current.map((u) => [u.id, u]))
  const result: DocumentResult = {
    collection: d.collection,
    id: d.id,
    title: d.title,
    url: `${adminUrl}/collections/${d.collection}/${d.id}?locale=${locale}`,
    counts: zero(),
    statusBefore: d.row.status,
    statusAfter: d.row.status,
    notes: [],
  }
  const accepted = new Map<string, Seg>()
  const confirmed = new Set<string>()
  for (const p of units) {
    const verdict = classifyUnit(p, byId.get(p.id), targets.get(p.id), stale.has(p.id))
    if (verdict.outcome === 'applied') accepted.set(p.id, p.target!)
    if (verdict.confirmed) confirmed.add(p.id)
    result.counts[verdict.outcome]++
    results.push({
      id: p.id,
      line: p.line,
      outcome: verdict.outcome,
      ...(verdict.reason ? { reason: verdict.reason } : {}),
    })
  }
  let data: Record<string, unknown> | null = null
  if (accepted.size) {
    const { values, restructured } = applyTargets({
      collection: d.collection,
      fields: d.fields,
      source: d.source,
      target: d.target,
      units: current,
      accepted,
      rtl: localeDir(locale as LocaleCode) === 'rtl',
    })
    for (const f of restructured)
      result.notes.push(
        `“${f}” had a structure of its own in ${locale}: it was rebuilt on the source's structure (the earlier text is in the document's versions).`,
      )
    if (values.size) data = updateData(d.target, values)
    else {
      // Accepted, but the rebuilt text is what the translation holds already.
      for (const r of results) {
        if (!accepted.has(r.id) || r.outcome !== 'applied') continue
        r.outcome = 'unchanged'
        result.counts.applied--
        result.counts.unchanged++
      }
      accepted.clear()
    }
  }
  return {
    doc: d,
    result,
    accepted,
    data,
    unitIds: current.map((u) => u.id),
    staleIds: new Set(stale.keys()),
    confirmed,
  }
}

/** After the writes (inside the transaction): is every unit translated, and every stale one dealt with? */
function complete(plan: Plan, now: LoadedDocument): boolean {
  const { units, targets } = currentTargets(
    { collection: now.collection, id: now.id },
    now.fields,
    now.source,
    now.target,
  )
  const translated = units.every((u) => targets.has(u.id))
  const staleDone = [...plan.staleIds].every((id) => plan.accepted.has(id) || plan.confirmed.has(id))
  return translated && staleDone && units.length > 0
}

/** The documents of `plans` as they are now, read inside the transaction, by `collection:id`. */
async function reread(payload: Payload, plans: Plan[], locale: string, req: PayloadRequest) {
  const byCollection = new Map<string, string[]>()
  for (const p of plans) byCollection.set(p.doc.collection, [...(byCollection.get(p.doc.collection) ?? []), p.doc.id])
  const out = new Map<string, LoadedDocument>()
  for (const [c, ids] of byCollection)
    for (const d of await loadDocuments(payload, c as never, ids, locale, req)) out.set(`${d.collection}:${d.id}`, d)
  return out
}

function summaryOf(r: Omit<ImportReport, 'summary'>): string {
  const c = r.counts
  const what = `${c.applied} applied, ${c.unchanged} unchanged, ${c.stale} stale (not applied), ${c.rejected} rejected, ${c.untranslated} untranslated`
  const submitted = r.documents.filter(
    (d) => d.statusAfter === 'ready-for-review' && d.statusBefore !== 'ready-for-review',
  ).length
  return `${r.dryRun ? 'Dry run (nothing was written): ' : ''}${r.locale}: ${what}; ${r.documents.length} document${r.documents.length === 1 ? '' : 's'}${submitted ? `, ${submitted} submitted for review` : ''}.`
}

/**
 * Writes the plans in ONE transaction (rolled back for a dry run): each document's new text as a
 * draft of the locale, as the user, then the submit of every document now fully translated.
 */
async function applyPlans(payload: Payload, plans: Plan[], locale: string, user: ImportUser, dryRun: boolean) {
  const options = { dryRun }
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const tx = await payload.db.beginTransaction()
  if (tx !== null && tx !== undefined) req.transactionID = tx as never
  // Without transactions (MongoDB without a replica set), a dry run writes nothing at all.
  const write = !(options.dryRun && (tx === null || tx === undefined))
  try {
    for (const plan of write ? plans : []) {
      if (!plan.data) continue
      await payload.update({
        collection: plan.doc.collection as never,
        id: plan.doc.id,
        locale: locale as never,
        data: plan.data as never,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req: subRequest(req) as PayloadRequest,
      })
    }
    const touched = (write ? plans : []).filter((p) => p.accepted.size || p.confirmed.size)
    const now = await reread(payload, touched, locale, req)
    for (const plan of touched) {
      const d = now.get(`${plan.doc.collection}:${plan.doc.id}`)
      if (!d) continue
      const status = d.row.status
      plan.result.statusAfter = status
      if (complete(plan, d) && (status === 'in-progress' || status === 'stale')) {
        await transition(payload, {
          collection: plan.doc.collection,
          id: plan.doc.id,
          action: 'submit',
          locale,
          user,
          req,
        })
        plan.result.statusAfter = 'ready-for-review'
      }
    }
    if (tx !== null && tx !== undefined) {
      if (options.dryRun) await payload.db.rollbackTransaction(tx)
      else await payload.db.commitTransaction(tx)
    }
  } catch (e) {
    if (tx !== null && tx !== undefined) await payload.db.rollbackTransaction(tx)
    throw e
  }
}

/** Imports an XLIFF file. Throws XliffFileError (bad file) or XliffRequestError (locale, user); nothing changes then. */
export async function importXliff(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const parsed = parseXliff(options.file)
  const locale = resolveLocale(parsed.targetLang)
  const user = options.user
  if (!user) throw new XliffRequestError('Sign in to import translations.', 401)
  if (!mayTranslate(user, locale))
    throw new XliffRequestError(
      `You may not translate into ${locale}${user.locales?.length ? ` (your languages: ${user.locales.join(', ')})` : ''}: nothing was imported.`,
      403,
    )
  if (parsed.sourceLang && parsed.sourceLang.toLowerCase().split(/[-_]/)[0] !== 'en')
    throw new XliffRequestError(`The file's source language is "${parsed.sourceLang}"; Folio's source language is en.`)
  const adminUrl = options.adminUrl ?? `${payload.config.serverURL ?? ''}${payload.config.routes?.admin ?? '/admin'}`
  const found = parsed.report ? await reportDocuments(payload, parsed.report, locale) : null
  if (parsed.report && !found)
    throw new XliffRequestError(`The file is for the report "${parsed.report}", which does not exist here.`, 404)
  const inReport = new Map(found?.documents.map((d) => [`${d.collection}:${d.id}`, d]) ?? [])
  const leftOut = new Map(found?.leftOut.map((d) => [`${d.collection}:${d.id}`, d.reason]) ?? [])

  const results: UnitResult[] = []
  const groups = new Map<string, typeof parsed.units>()
  for (const u of parsed.units) {
    const id = parseUnitId(u.id)
    if (!id || !isWorkflowCollection(id.collection)) {
      results.push({ id: u.id, line: u.line, outcome: 'rejected', reason: 'not a unit Folio exported (unknown id)' })
      continue
    }
    const key = `${id.collection}:${id.docId}`
    groups.set(key, [...(groups.get(key) ?? []), u])
  }
  const plans: Plan[] = []
  for (const [key, units] of groups) {
    const [collection, docId] = key.split(':')
    const reason = leftOut.get(key)
    let d = found ? inReport.get(key) : await loadDocument(payload, collection as never, docId, locale)
    if (d && !found && leftOutReason(d)) d = undefined
    if (!d) {
      const why = reason
        ? `not exported: ${reason}`
        : found
          ? `the document ${key} is not part of the report “${found.report.title}” (moved or deleted?)`
          : `the document ${key} does not exist`
      for (const u of units) results.push({ id: u.id, line: u.line, outcome: 'rejected', reason: why })
      continue
    }
    plans.push(await planDocument(payload, d, units, locale, adminUrl, results))
  }

  await applyPlans(payload, plans, locale, user, Boolean(options.dryRun))
  const counts = zero()
  for (const r of results) counts[r.outcome]++
  const report: Omit<ImportReport, 'summary'> = {
    dryRun: Boolean(options.dryRun),
    locale,
    report: found ? { id: found.report.id, slug: found.report.slug, title: found.report.title } : null,
    counts,
    documents: plans.map((p) => p.result),
    units: results,
  }
  return { ...report, summary: summaryOf(report) }
}
