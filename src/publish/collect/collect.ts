/**
 * Collecting a report's content from Payload, as the builder takes it (bundle/types.ts BuildInput).
 *
 * Traversal (same rule as the builder, bundle/include.ts): the report, the report's chapters,
 * every document they reference (relationship fields, rich-text embeds, in every locale)
 * transitively, and the statistics and testimonies attached to one of the chapters. Each document
 * is read by sources.ts: approved content for publishing, or the latest drafts for a preview.
 */
import type { Payload } from 'payload'

import { referencesOf } from '../bundle/include'
import type { BundleCollection } from '../bundle/model'
import type { BundleLocale } from '../bundle/schema'
import type { SourceDoc } from '../bundle/types'
import { PublishArgumentError } from '../errors'
import type { ProgressEvent } from '../events'
import { findReport } from './report'
import { fetchApprovedMany, fetchDocument, type Source } from './sources'
import { newStore, type Store } from './store'
import type { CollectedReport } from './types'

export interface CollectOptions {
  /** The report's year ("2020") or slug. */
  report: string
  locales: BundleLocale[]
  defaultLocale?: BundleLocale
  onProgress?: (e: ProgressEvent) => void
  /** Documents fetched at once (default 8). */
  concurrency?: number
  /**
   * 'approved' (default): what publishing uses. 'drafts': the latest draft of every document, each
   * locale falling back to the default locale, for the DRAFT preview of the PDF edition only
   * (`npm run preview:pdf`); never used to publish.
   */
  source?: Source
}

/** The documents to fetch, each once, fetched a few at a time, following their references. */
class Walk {
  readonly seen = new Set<string>()
  private queue: Array<[BundleCollection, string]> = []
  fetched = 0

  constructor(
    private readonly payload: Payload,
    private readonly store: Store,
    private readonly source: Source,
    private readonly concurrency: number,
    private readonly progress: (e: ProgressEvent) => void,
  ) {}

  enqueue(c: BundleCollection, id: string): void {
    const k = `${c}:${id}`
    if (this.seen.has(k)) return
    this.seen.add(k)
    this.queue.push([c, id])
  }

  /** Fetches a document and queues what it refers to; null when it cannot be used. */
  async fetch(c: BundleCollection, id: string): Promise<SourceDoc[] | null> {
    const got = await fetchDocument(this.payload, this.store, c, id, this.source)
    for (const d of got ?? []) for (const ref of referencesOf(c, d)) this.enqueue(ref.collection, ref.id)
    return got
  }

  /** Approved documents of one collection, up to BATCH at a time, in three reads per batch. */
  async fetchMany(c: Exclude<BundleCollection, 'media'>, ids: string[]) {
    const got = await fetchApprovedMany(this.payload, this.store, c, ids)
    for (const docs of got.values())
      for (const d of docs ?? []) for (const ref of referencesOf(c, d)) this.enqueue(ref.collection, ref.id)
    const before = this.fetched
    this.fetched += ids.length
    if (Math.floor(this.fetched / 100) > Math.floor(before / 100))
      this.progress({ step: 'collect', message: `Collected ${this.fetched} documents`, current: this.fetched })
    return got
  }

  /**
   * Fetches everything queued. Approved content is read in batches per collection (what is queued
   * of one collection at once); drafts and media one by one, a few in flight at once. The result
   * does not depend on the order (documents are keyed; the builder sorts).
   */
  async drain(): Promise<void> {
    if (this.source === 'approved') {
      while (this.queue.some(([c]) => c !== 'media')) {
        const c = this.queue.find(([x]) => x !== 'media')![0] as Exclude<BundleCollection, 'media'>
        const ids = this.queue
          .filter(([x]) => x === c)
          .slice(0, BATCH)
          .map(([, id]) => id)
        const taken = new Set(ids)
        this.queue = this.queue.filter(([x, id]) => !(x === c && taken.has(id)))
        await this.fetchMany(c, ids)
      }
    }
    await this.drainOneByOne()
  }

  private async drainOneByOne(): Promise<void> {
    const worker = async () => {
      while (this.queue.length) {
        const [c, id] = this.queue.shift()!
        await this.fetch(c, id)
        this.fetched++
        if (this.fetched % 100 === 0)
          this.progress({ step: 'collect', message: `Collected ${this.fetched} documents`, current: this.fetched })
      }
    }
    // Workers stop when the queue is momentarily empty while others still fetch: loop until idle.
    while (this.queue.length)
      await Promise.all(Array.from({ length: Math.min(this.concurrency, this.queue.length) }, worker))
  }
}

/** Documents read together (an `in` list of ids per query). */
const BATCH = 500

export async function collect(payload: Payload, options: CollectOptions): Promise<CollectedReport> {
  const def = options.defaultLocale ?? 'en'
  const source = options.source ?? 'approved'
  const progress = options.onProgress ?? (() => {})
  const reportDoc = await findReport(payload, options.report)
  if (!reportDoc) throw new PublishArgumentError(`No report with year or slug "${options.report}".`)
  const reportId = String(reportDoc.id)
  const store = newStore(payload, def, options.locales)
  const concurrency = options.concurrency ?? 8
  const walk = new Walk(payload, store, source, concurrency, progress)

  progress({ step: 'collect', message: `Collecting report ${reportDoc.slug ?? reportId} (${store.all.join(', ')})` })
  walk.enqueue('reports', reportId)
  // Both the published and the latest state: a chapter moved to this report in a draft, or away
  // from it in a draft, is found either way; the builder keeps the approved ones of this report.
  for (const draft of source === 'drafts' ? [true] : [false, true]) {
    const chapters = await payload.find({
      collection: 'chapters',
      where: { report: { equals: reportDoc.id } },
      draft,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {}, // ids only: each chapter is read in full, once, by the walk
    })
    for (const ch of chapters.docs) walk.enqueue('chapters', String(ch.id))
  }
  await walk.drain()
  await collectAttached(payload, store, walk, source === 'drafts', concurrency)
  const n = walk.seen.size
  progress({ step: 'collect', message: `Collected ${n} documents`, current: n, total: n })

  return {
    report: { id: reportId, slug: String(reportDoc.slug), year: Number(reportDoc.year) },
    input: {
      reportId,
      locales: options.locales,
      defaultLocale: def,
      bundleVersion: '0.0.0',
      docs: store.docs,
      meta: store.meta,
      unavailable: store.unavailable,
      consentProblems: store.consentProblems,
    },
    mediaSources: store.mediaSources,
  }
}

/** The statistics and testimonies filed under one of the collected chapters, and what they refer to. */
async function collectAttached(payload: Payload, store: Store, walk: Walk, draft: boolean, concurrency: number) {
  const chapterIds = Object.keys(store.docs[store.def]!.chapters ?? {})
  if (!chapterIds.length) return
  // Ids only (select nothing): each document is then read once, in full, by the walk.
  const query = {
    where: { chapter: { in: chapterIds } },
    draft,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
  } as const
  const stats = await payload.find({ collection: 'statistics', ...query, overrideAccess: true })
  const testimonies = await payload.find({ collection: 'testimonies', ...query, overrideAccess: true })
  const attached: Array<[BundleCollection, string]> = [
    ...stats.docs.map((s): [BundleCollection, string] => ['statistics', String(s.id)]),
    ...testimonies.docs.map((t): [BundleCollection, string] => ['testimonies', String(t.id)]),
  ].filter(([c, id]) => !walk.seen.has(`${c}:${id}`))
  if (!draft) {
    // Approved content: in batches per collection, like the walk.
    for (const c of ['statistics', 'testimonies'] as const) {
      const ids = attached.filter(([x]) => x === c).map(([, id]) => id)
      for (const id of ids) walk.seen.add(`${c}:${id}`)
      for (let i = 0; i < ids.length; i += BATCH) {
        const got = await walk.fetchMany(c, ids.slice(i, i + BATCH))
        // Attached statistics and testimonies that are not approved are simply not published.
        for (const [id, docs] of got) if (!docs) delete store.unavailable[c]?.[id]
      }
    }
    await walk.drain()
    return
  }
  for (let i = 0; i < attached.length; i += concurrency) {
    await Promise.all(
      attached.slice(i, i + concurrency).map(async ([c, id]) => {
        walk.seen.add(`${c}:${id}`)
        // Attached statistics and testimonies that are not approved are simply not published
        // (nothing refers to them).
        const got = await walk.fetch(c, id)
        if (!got) delete store.unavailable[c]?.[id]
      }),
    )
  }
  await walk.drain()
}
