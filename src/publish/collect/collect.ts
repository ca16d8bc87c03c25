/**
 * Collecting a report's approved content from Payload. The ONE place approved content comes from
 * is `getApprovedDocument(payload, collection, id, locale)` (src/workflow): the approved version
 * in the default locale, the approved, non-stale translation in another, never a draft, never a
 * fallback, never the confidential part of a testimony (its consent verdict comes alongside).
 * Media are not part of the workflow: they are read directly (no locale fallback).
 *
 * Traversal (same rule as the builder): the report, the report's chapters, every document they
 * reference (relationship fields, rich-text embeds, in every locale) transitively, and the
 * statistics attached to one of the chapters.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import {
  CONFIDENTIAL_TESTIMONY_FIELDS,
  consentProblems as checkConsent,
  getApprovedDocumentLocales,
} from '../../workflow'
import { referencesOf } from '../bundle/include'
import type { ApprovalMeta, BuildInput, SourceDoc, Unavailable } from '../bundle/types'
import type { BundleCollection } from '../bundle/model'
import { PublishArgumentError } from '../errors'
import type { ProgressEvent } from '../events'
import type { CollectedReport } from './types'
import type { BundleLocale } from '../bundle/schema'

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
  source?: 'approved' | 'drafts'
}

/** Testimony fields that never leave the CMS, removed from drafts read for a preview. */
const withoutConfidential = (c: BundleCollection, doc: SourceDoc): SourceDoc => {
  if (c !== 'testimonies') return doc
  const copy = { ...doc }
  for (const f of CONFIDENTIAL_TESTIMONY_FIELDS) delete copy[f]
  return copy
}

type Loose = {
  find(args: Record<string, unknown>): Promise<{ docs: SourceDoc[] }>
  findByID(args: Record<string, unknown>): Promise<SourceDoc>
}

/** Finds a report by year or slug (drafts included, so the message can say "not approved"). */
export async function findReport(payload: Payload, yearOrSlug: string): Promise<SourceDoc | null> {
  const p = payload as unknown as Loose
  const or: Array<Record<string, unknown>> = [{ slug: { equals: yearOrSlug } }]
  if (/^\d{4}$/.test(yearOrSlug)) or.push({ year: { equals: Number(yearOrSlug) } })
  const found = await p.find({
    collection: 'reports',
    where: { or },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    locale: 'en',
  })
  return found.docs[0] ?? null
}

export async function collect(payload: Payload, options: CollectOptions): Promise<CollectedReport> {
  const p = payload as unknown as Loose
  const def = options.defaultLocale ?? 'en'
  const all = [...new Set<BundleLocale>([def, ...options.locales])]
  const progress = options.onProgress ?? (() => {})
  const reportDoc = await findReport(payload, options.report)
  if (!reportDoc) throw new PublishArgumentError(`No report with year or slug "${options.report}".`)
  const reportId = String(reportDoc.id)

  const docs: BuildInput['docs'] = {}
  for (const l of all) docs[l] = {}
  const meta: NonNullable<BuildInput['meta']> = {}
  const unavailable: NonNullable<BuildInput['unavailable']> = {}
  const consentProblems: Record<string, string[]> = {}
  const mediaSources: Record<string, string> = {}
  const staticDir =
    (payload.collections as unknown as Record<string, { config: { upload?: { staticDir?: string } } }>).media?.config
      .upload?.staticDir ?? 'media'
  const seen = new Set<string>()
  let fetched = 0

  const put = (l: BundleLocale, c: BundleCollection, id: string, doc: SourceDoc) => {
    ;(docs[l]![c] ??= {})[id] = doc
  }
  const markUnavailable = async (c: BundleCollection, id: string) => {
    let reason: Unavailable = 'missing'
    let title: string | undefined
    try {
      const d = await p.findByID({
        collection: c,
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        locale: def,
        trash: true,
      })
      reason = d.deletedAt ? 'trashed' : 'unapproved'
      const t = d.title ?? d.name ?? d.label ?? d.alt
      title = typeof t === 'string' ? t : undefined
    } catch {
      reason = 'missing'
    }
    ;(unavailable[c] ??= {})[id] = { reason, title }
  }

  /** Fetches one document in every locale; returns the docs (en first) or null. */
  const fetchDoc = async (c: BundleCollection, id: string): Promise<SourceDoc[] | null> => {
    const out: SourceDoc[] = []
    if (c === 'media') {
      for (const l of all) {
        try {
          const d = await p.findByID({
            collection: 'media',
            id,
            locale: l,
            fallbackLocale: false,
            depth: 0,
            overrideAccess: true,
          })
          put(l, c, id, d)
          out.push(d)
          if (l === def && typeof d.filename === 'string') mediaSources[id] = path.join(staticDir, d.filename)
        } catch {
          if (l === def) {
            await markUnavailable(c, id)
            return null
          }
        }
      }
      return out
    }
    const m: ApprovalMeta = { versionId: null, approvedAt: null, translations: {} }
    if (options.source === 'drafts') {
      for (const l of all) {
        let d: SourceDoc
        try {
          d = await p.findByID({
            collection: c,
            id,
            draft: true,
            depth: 0,
            overrideAccess: true,
            locale: l,
            fallbackLocale: def,
          })
        } catch {
          await markUnavailable(c, id)
          return null
        }
        if (d.deletedAt) {
          await markUnavailable(c, id)
          return null
        }
        // The consent verdict is read from the CMS (never written to the bundle), as for publishing.
        if (l === def && c === 'testimonies') consentProblems[id] = checkConsent(d as never)
        put(l, c, id, withoutConfidential(c, d))
        out.push(withoutConfidential(c, d))
        if (l !== def)
          m.translations![l] = { status: 'approved', approvedAt: typeof d.updatedAt === 'string' ? d.updatedAt : null }
      }
      m.approvedAt = typeof out[0]?.updatedAt === 'string' ? (out[0].updatedAt as string) : null
      ;(meta[c] ??= {})[id] = m
      return out
    }
    // Every locale in one call (the workflow reads the approved version once): the default locale
    // first, since without an approved version there is nothing to translate.
    const approved = await getApprovedDocumentLocales(payload, c, id, all)
    const en = approved[def]
    if (!en || en.status !== 'approved') {
      await markUnavailable(c, id)
      return null
    }
    put(def, c, id, en.doc as SourceDoc)
    out.push(en.doc as SourceDoc)
    m.versionId = en.versionId
    m.approvedAt = en.approvedAt
    if (en.consentProblems) consentProblems[id] = en.consentProblems
    for (const l of all.filter((x) => x !== def)) {
      const r = approved[l]
      if (r?.status === 'approved') {
        put(l, c, id, r.doc as SourceDoc)
        out.push(r.doc as SourceDoc)
        m.translations![l] = { status: 'approved', approvedAt: r.approvedAt }
      } else {
        m.translations![l] = { status: r?.status === 'stale' ? 'stale' : 'missing', staleFields: r?.staleFields ?? [] }
      }
    }
    ;(meta[c] ??= {})[id] = m
    return out
  }

  const queue: Array<[BundleCollection, string]> = []
  const enqueue = (c: BundleCollection, id: string) => {
    const k = `${c}:${id}`
    if (seen.has(k)) return
    seen.add(k)
    queue.push([c, id])
  }
  // A few documents in flight at once: the database answers while the next request is prepared.
  // The result does not depend on the order (documents are keyed; the builder sorts).
  const concurrency = options.concurrency ?? 8
  const drain = async () => {
    const worker = async () => {
      while (queue.length) {
        const [c, id] = queue.shift()!
        const got = await fetchDoc(c, id)
        fetched++
        if (fetched % 100 === 0)
          progress({ step: 'collect', message: `Collected ${fetched} documents`, current: fetched })
        for (const d of got ?? []) for (const ref of referencesOf(c, d)) enqueue(ref.collection, ref.id)
      }
    }
    // Workers stop when the queue is momentarily empty while others still fetch: loop until idle.
    while (queue.length) await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  }

  progress({ step: 'collect', message: `Collecting report ${reportDoc.slug ?? reportId} (${all.join(', ')})` })
  enqueue('reports', reportId)
  // Both the published and the latest state: a chapter moved to this report in a draft, or away
  // from it in a draft, is found either way; the builder keeps the approved ones of this report.
  for (const draft of options.source === 'drafts' ? [true] : [false, true]) {
    const chapters = await p.find({
      collection: 'chapters',
      where: { report: { equals: reportDoc.id } },
      draft,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const ch of chapters.docs) enqueue('chapters', String(ch.id))
  }
  await drain()
  const approvedChapterIds = Object.keys(docs[def]!.chapters ?? {})
  if (approvedChapterIds.length) {
    const stats = await p.find({
      collection: 'statistics',
      where: { chapter: { in: approvedChapterIds } },
      draft: options.source === 'drafts',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const testimonies = await p.find({
      collection: 'testimonies',
      where: { chapter: { in: approvedChapterIds } },
      draft: options.source === 'drafts',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const attached: Array<[BundleCollection, string]> = [
      ...stats.docs.map((s): [BundleCollection, string] => ['statistics', String(s.id)]),
      ...testimonies.docs.map((t): [BundleCollection, string] => ['testimonies', String(t.id)]),
    ].filter(([c, id]) => !seen.has(`${c}:${id}`))
    for (let i = 0; i < attached.length; i += concurrency) {
      await Promise.all(
        attached.slice(i, i + concurrency).map(async ([c, id]) => {
          seen.add(`${c}:${id}`)
          // Attached statistics and testimonies that are not approved are simply not published
          // (nothing refers to them).
          const got = await fetchDoc(c, id)
          if (!got) delete unavailable[c]?.[id]
          for (const d of got ?? []) for (const ref of referencesOf(c, d)) enqueue(ref.collection, ref.id)
        }),
      )
    }
    await drain()
  }
  progress({ step: 'collect', message: `Collected ${seen.size} documents`, current: seen.size, total: seen.size })

  return {
    report: { id: reportId, slug: String(reportDoc.slug), year: Number(reportDoc.year) },
    input: {
      reportId,
      locales: options.locales,
      defaultLocale: def,
      bundleVersion: '0.0.0',
      docs,
      meta,
      unavailable,
      consentProblems,
    },
    mediaSources,
  }
}
