/**
 * Writing an opened bundle into the CMS as approved content, in batched transactions.
 *
 * Each document is written straight through the database adapter (the way a transition's hooks
 * would leave it, without re-running them per locale): every locale at once, `_status: published`,
 * one version, the workflow group `approved` and an approved translation row per locale the bundle
 * holds (its fingerprints computed by the workflow's own functions, so later edits stale it as
 * usual), and an `import` audit event in the same transaction naming the bundle (manifest SHA-256)
 * and the item's bundle id. Resuming is reading those events back: a rerun of the same bundle skips
 * what a committed batch wrote and goes on. Media go through the Local API (their files are
 * uploads, resized as usual), one transaction each.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { fieldsOf, type Doc } from '../model/local'
import type { BundleCollection } from '../publish/bundle/model'
import { recordAuditEvent } from '../workflow/audit'
import { TRANSLATION_LOCALES } from '../workflow/constants'
import { combineHashes, fieldHashes, fingerprint } from '../workflow/fingerprint'
import type { TranslationRow } from '../workflow/rows'
import * as map from './documents'
import { ImportError, type OpenedBundle } from './source'

type Data = Record<string, unknown>
type Id = string | number
type Step = 'draft' | 'approved'

export interface ImportOptions {
  /** The admin the approvals are recorded under. */
  user: Doc
  /** Documents per transaction. */
  batchSize?: number
  log?: (line: string) => void
  /** Called after each committed batch (fault tests interrupt the import here). */
  afterBatch?: (committed: number) => void
}

export interface ImportResult {
  reportId: Id
  written: number
  skipped: number
  counts: Record<string, number>
  seconds: number
}

interface Ctx {
  payload: Payload
  bundle: OpenedBundle
  ix: map.BundleIndex
  user: Doc
  done: Map<string, { id: Id; step: Step }>
  now: string
}

const key = (c: string, sourceId: string) => `${c}:${sourceId}`

/** What earlier runs of this same bundle committed: bundle id → database id and step. */
async function previousRuns(payload: Payload, manifestSha256: string): Promise<Map<string, { id: Id; step: Step }>> {
  const done = new Map<string, { id: Id; step: Step }>()
  const events = await payload.db.find({
    collection: 'audit-events',
    where: { action: { equals: 'import' } },
    limit: 0,
    pagination: false,
    sort: 'createdAt',
  })
  for (const e of events.docs as Doc[]) {
    const d = (e.details ?? {}) as { bundle?: string; sourceId?: string; step?: Step }
    if (d.bundle !== manifestSha256 || !d.sourceId || !e.collection || !e.docId) continue
    const id = Number.isNaN(Number(e.docId)) ? String(e.docId) : Number(e.docId)
    done.set(key(String(e.collection), d.sourceId), { id, step: d.step ?? 'approved' })
  }
  return done
}

function refOf(ctx: Ctx): map.Ref {
  return (c, sourceId) => {
    const hit = ctx.done.get(key(c, sourceId))
    if (!hit) throw new ImportError(`The bundle refers to ${c} ${sourceId}, which it does not hold.`)
    return hit.id
  }
}

/** The workflow group and translation rows of a document approved by the import. */
function approval(ctx: Ctx, c: string, data: Data, versionId: string | null): Data {
  const fields = fieldsOf(ctx.payload, c)
  const def = ctx.ix.def
  const enHashes = fieldHashes(fields, data, { locale: def, allLocales: true })
  const userId = ctx.user.id
  const bundleLocales = new Set(ctx.ix.locales.map((l) => l.locale))
  const translations: TranslationRow[] = TRANSLATION_LOCALES.map((locale) => {
    const text = fieldHashes(fields, data, { locale, allLocales: true })
    const complete = bundleLocales.has(locale) && !ctx.ix.fellBack.get(locale)?.size
    if (!complete || Object.keys(text).length === 0)
      return { locale, status: Object.keys(text).length ? 'in-progress' : 'missing', staleFields: [] }
    return {
      locale,
      status: 'approved',
      staleFields: [],
      comment: null,
      submittedBy: userId,
      sourceFields: enHashes,
      approvedSourceFields: enHashes,
      sourceFingerprint: combineHashes(enHashes),
      approvedBy: userId,
      approvedAt: ctx.now,
      approvedVersion: versionId,
      approvedTextHash: combineHashes(text),
    }
  })
  const workflow = {
    state: 'approved',
    comment: `Imported from ${provenance(ctx)}`,
    submittedBy: userId,
    submittedAt: ctx.now,
    approvedBy: userId,
    approvedAt: ctx.now,
    approvedVersion: versionId,
    sourceFingerprint: fingerprint(fields, data, { locale: def, allLocales: true }),
  }
  return { workflow, translations }
}

const provenance = (ctx: Ctx) =>
  `bundle ${ctx.bundle.manifest.report.slug} ${ctx.bundle.manifest.bundleVersion} (manifest ${ctx.bundle.manifestSha256.slice(0, 12)})`

async function event(ctx: Ctx, c: string, id: Id, sourceId: string, step: Step, req: Partial<PayloadRequest>) {
  const m = ctx.bundle.manifest
  await recordAuditEvent(
    ctx.payload,
    {
      action: 'import',
      collection: c,
      docId: id,
      user: { id: ctx.user.id, email: (ctx.user.email as string) ?? null },
      to: step,
      details: { bundle: ctx.bundle.manifestSha256, version: m.bundleVersion, report: m.report.slug, sourceId, step },
    },
    req,
  )
  ctx.done.set(key(c, sourceId), { id, step })
}

/** Writes (or, for a chapter written as a draft first, completes) one approved document. */
async function writeApproved(ctx: Ctx, c: BundleCollection, sourceId: string, data: Data, req: PayloadRequest) {
  const db = ctx.payload.db
  const stamps = { createdAt: ctx.now, updatedAt: ctx.now }
  const doc = { ...data, ...approval(ctx, c, data, null), _status: 'published', ...stamps }
  const stub = ctx.done.get(key(c, sourceId))
  let id: Id
  if (stub) {
    await db.updateOne({ collection: c, id: stub.id, data: doc, req, returning: false })
    id = stub.id
  } else id = ((await db.create({ collection: c, data: doc, req, select: { id: true } })) as Doc).id
  const version = (await db.createVersion({
    collectionSlug: c,
    parent: id,
    versionData: { ...doc, id } as never,
    autosave: false,
    ...stamps,
    req,
    select: { id: true },
  })) as unknown as Doc
  // The approval names the version it approved, in the document and in that version alike.
  const named = approval(ctx, c, data, String(version.id))
  await db.updateOne({ collection: c, id, data: named, req, returning: false })
  await db.updateVersion({
    collection: c,
    id: version.id,
    versionData: { version: named } as never,
    req,
    returning: false,
  })
  await event(ctx, c, id, sourceId, 'approved', req)
}

/** A chapter as a draft, so statistics and testimonies can point to it before its body can. */
async function writeStub(ctx: Ctx, sourceId: string, data: Data, req: PayloadRequest) {
  const fields = { workflow: { state: 'draft' }, _status: 'draft', createdAt: ctx.now, updatedAt: ctx.now }
  const doc = (await ctx.payload.db.create({
    collection: 'chapters',
    data: { ...data, ...fields },
    req,
    select: { id: true },
  })) as Doc
  await event(ctx, 'chapters', doc.id, sourceId, 'draft', req)
}

async function writeMedia(ctx: Ctx, sourceId: string, req: PayloadRequest) {
  const item = ctx.ix.item('media', sourceId)!
  type File = { path: string; mimeType: string } | null
  const files = item.files as { print?: File; web?: File } | null
  const file = files?.print ?? files?.web
  if (!file) throw new ImportError(`media ${sourceId} has no file in the bundle (a bundle built without media).`)
  const bytes = fs.readFileSync(path.join(ctx.bundle.dir, file.path))
  const { shared, perLocale } = map.mediaData(ctx.ix, sourceId)
  const base = { collection: 'media' as const, overrideAccess: true, depth: 0, req }
  const name = path.basename(file.path)
  const doc = (await ctx.payload.create({
    ...base,
    locale: ctx.ix.def as never,
    data: { ...shared, ...perLocale[ctx.ix.def] } as never,
    file: { data: bytes, mimetype: file.mimeType, name, size: bytes.length },
  })) as unknown as Doc
  for (const [locale, text] of Object.entries(perLocale)) {
    if (locale === ctx.ix.def) continue
    await ctx.payload.update({ ...base, id: doc.id, locale: locale as never, data: text as never })
  }
  await event(ctx, 'media', doc.id, sourceId, 'approved', req)
}

/** One unit of work: a document to write, in dependency order. */
interface Task {
  c: BundleCollection
  sourceId: string
  step: Step
  run: (req: PayloadRequest) => Promise<void>
}

function tasks(ctx: Ctx, reportSource: string): Task[] {
  const ix = ctx.ix
  const ref = refOf(ctx)
  const reportId = () => ref('reports', reportSource)
  const approved = (c: BundleCollection, data: (id: string) => Data) =>
    ix.ids(c).map((sourceId) => ({
      c,
      sourceId,
      step: 'approved' as Step,
      run: (req: PayloadRequest) => writeApproved(ctx, c, sourceId, data(sourceId), req),
    }))
  const prov = provenance(ctx)
  return [
    ...ix.ids('media').map((sourceId) => ({
      c: 'media' as const,
      sourceId,
      step: 'approved' as Step,
      run: (req: PayloadRequest) => writeMedia(ctx, sourceId, req),
    })),
    ...approved('organisations', (id) => map.organisationData(ix, id)),
    ...approved('reports', (id) => map.reportData(ix, id, ref)),
    ...ix.ids('chapters').map((sourceId) => ({
      c: 'chapters' as const,
      sourceId,
      step: 'draft' as Step,
      run: (req: PayloadRequest) => writeStub(ctx, sourceId, map.chapterStub(ix, sourceId, ref, reportId()), req),
    })),
    ...approved('statistics', (id) => map.statisticData(ix, id, ref)),
    ...approved('defenders', (id) => map.defenderData(ix, id, ref)),
    ...approved('testimonies', (id) => map.testimonyData(ix, id, ref, prov)),
    ...approved('chapters', (id) => map.chapterData(ix, id, ref, reportId())),
  ]
}

const isDone = (ctx: Ctx, t: Task) => {
  const hit = ctx.done.get(key(t.c, t.sourceId))
  return Boolean(hit && (hit.step === 'approved' || hit.step === t.step))
}

async function refuseDuplicate(ctx: Ctx, reportSource: string): Promise<void> {
  const { year } = ctx.bundle.manifest.report
  const existing = await ctx.payload.db.findOne({ collection: 'reports', where: { year: { equals: year } } })
  if (existing && !ctx.done.has(key('reports', reportSource)))
    throw new ImportError(
      `A report for ${year} already exists (id ${(existing as Doc).id}) and was not imported from this bundle: importing would duplicate it. Import into a database without it.`,
    )
}

/** Imports the bundle; resumes a run of the same bundle that was interrupted. */
export async function importBundle(
  payload: Payload,
  bundle: OpenedBundle,
  options: ImportOptions,
): Promise<ImportResult> {
  const t0 = performance.now()
  const log = options.log ?? (() => {})
  const ix = new map.BundleIndex(bundle.locales)
  const done = await previousRuns(payload, bundle.manifestSha256)
  const ctx: Ctx = { payload, bundle, ix, user: options.user, done, now: new Date().toISOString() }
  const reportSource = String(bundle.manifest.report.id)
  await refuseDuplicate(ctx, reportSource)
  const all = tasks(ctx, reportSource)
  const todo = all.filter((t) => !isDone(ctx, t))
  if (todo.length < all.length) log(`resuming: ${all.length - todo.length} of ${all.length} steps were done before`)
  const size = Math.max(1, options.batchSize ?? 250)
  const counts: Record<string, number> = {}
  let committed = 0
  for (let at = 0; at < todo.length; at += size) {
    const batch = todo.slice(at, at + size)
    // Each batch carries the time it is written: readers that follow changes by `updatedAt` (the
    // translation dashboard's index) see it as new.
    ctx.now = new Date().toISOString()
    const transactionID = await payload.db.beginTransaction()
    const req = { payload, transactionID: transactionID ?? undefined, context: {}, user: null } as PayloadRequest
    let current: Task | undefined
    try {
      for (const t of batch) {
        current = t
        await t.run(req)
      }
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      // What this batch put in the id map is gone with it.
      for (const t of batch)
        if (ctx.done.get(key(t.c, t.sourceId))?.step === t.step) ctx.done.delete(key(t.c, t.sourceId))
      const where = current ? `${current.c} ${current.sourceId} of the bundle` : 'the batch'
      throw new ImportError(
        `Import stopped at ${where} (${(error as Error).message}). The ${committed} steps before it are committed: run the same import again to resume.`,
      )
    }
    committed += batch.length
    for (const t of batch) if (t.step === 'approved') counts[t.c] = (counts[t.c] ?? 0) + 1
    log(`${committed}/${todo.length} steps committed (${(committed / ((performance.now() - t0) / 1000)).toFixed(0)}/s)`)
    options.afterBatch?.(committed)
  }
  return {
    reportId: refOf(ctx)('reports', reportSource),
    written: Object.values(counts).reduce((a, b) => a + b, 0),
    skipped: all.length - todo.length,
    counts,
    seconds: (performance.now() - t0) / 1000,
  }
}
