/**
 * The documents of a report, as the bundle would hold them, in their latest drafts (translators
 * translate the latest source): the report, its chapters, what they reference (relationship
 * fields and rich-text embeds, transitively, in the source and the target locale), and the
 * statistics and testimonies filed under a chapter. Media are not translated through the workflow.
 *
 * Left out, because the file leaves the organisation: defender profiles that are not public, and
 * testimonies whose consent does not cover disclosing them (consentProblems).
 */
import type { Field, Payload, PayloadRequest } from 'payload'

import { referencesOf } from '../../publish/bundle/include'
import type { SourceDoc } from '../../publish/bundle/types'
import { findReport } from '../../publish/collect/report'
import type { BundleCollection } from '../../publish/bundle/model'
import { DEFAULT_LOCALE } from '../../model/locales'
import { consentProblems } from '../../model/consent'
import { titleField } from '../../model/registry'
import { isWorkflowCollection, type WorkflowCollection } from '../../workflow/constants'
import { pickLocale } from '../../workflow/approved'
import { normaliseRows, type TranslationRow } from '../../workflow/rows'
import { subRequest } from '../../workflow/request'

type Doc = Record<string, unknown> & { id: string | number }

export interface LoadedDocument {
  collection: WorkflowCollection
  id: string
  title: string
  /** The latest draft in the source language (no fallback). */
  source: Doc
  /** The latest draft in the target language (no fallback: untranslated fields are empty). */
  target: Doc
  row: TranslationRow
  fields: Field[]
}

export interface ReportDocuments {
  report: { id: string; slug: string; year: number | null; title: string }
  documents: LoadedDocument[]
  leftOut: Array<{ collection: string; id: string; title: string; reason: string }>
}

export const fieldsOf = (payload: Payload, collection: string): Field[] =>
  (payload.collections as unknown as Record<string, { config: { fields: Field[] } }>)[collection].config.fields

interface Loose {
  find(args: Record<string, unknown>): Promise<{ docs: Doc[] }>
  findByID(args: Record<string, unknown>): Promise<Doc>
}

/**
 * Documents' latest drafts in the source and the target locale, by id: one query per collection
 * (every locale at once, split per locale without fallback). Missing and trashed ids are absent.
 */
export async function loadDocuments(
  payload: Payload,
  collection: WorkflowCollection,
  ids: string[],
  locale: string,
  /** A request whose transaction the reads join (import reads what it just wrote). */
  req?: Partial<PayloadRequest>,
): Promise<LoadedDocument[]> {
  if (!ids.length) return []
  const p = payload as unknown as Loose
  const fields = fieldsOf(payload, collection)
  const docs: Doc[] = []
  for (let i = 0; i < ids.length; i += 500) {
    const found = await p.find({
      collection,
      where: { id: { in: ids.slice(i, i + 500) } },
      locale: 'all',
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      ...(req ? { req: subRequest(req) } : {}),
    })
    docs.push(...found.docs)
  }
  return docs
    .filter((d) => !d.deletedAt)
    .map((all) => {
      const source = pickLocale(fields, all, DEFAULT_LOCALE) as Doc
      const target = pickLocale(fields, all, locale) as Doc
      const row = normaliseRows(all.translations).find((r) => r.locale === locale) ?? {
        locale,
        status: 'missing' as const,
        staleFields: [],
      }
      const t = source[titleField(collection)]
      return {
        collection,
        id: String(all.id),
        title: typeof t === 'string' && t.trim() ? t : `${collection} ${all.id}`,
        source,
        target,
        row,
        fields,
      }
    })
}

/** One document (see loadDocuments), or null when it does not exist. */
export async function loadDocument(
  payload: Payload,
  collection: WorkflowCollection,
  id: string,
  locale: string,
): Promise<LoadedDocument | null> {
  return (await loadDocuments(payload, collection, [id], locale).catch(() => []))[0] ?? null
}

/** Why a document must not leave the organisation, or null. */
export function leftOutReason(d: LoadedDocument): string | null {
  if (d.collection === 'defenders' && d.source.visibility !== 'public')
    return 'a confidential defender profile (never published) is not exported'
  if (d.collection === 'testimonies') {
    const problems = consentProblems(d.source)
    if (problems.length) return `the witness's consent does not cover disclosing it: ${problems.join('; ')}`
  }
  return null
}

/** The report (by year, slug or id) and every document of it, in a stable order (collection, id). */
export async function reportDocuments(
  payload: Payload,
  report: string,
  locale: string,
): Promise<ReportDocuments | null> {
  const p = payload as unknown as Loose
  const reportDoc =
    (await findReport(payload, report)) ??
    (/^\d+$/.test(report) || /^[0-9a-f]{24}$/.test(report)
      ? await p
          .findByID({ collection: 'reports', id: report, draft: true, depth: 0, overrideAccess: true, locale: 'en' })
          .catch(() => null)
      : null)
  if (!reportDoc) return null
  const seen = new Map<string, LoadedDocument | null>()
  const queue: Array<[WorkflowCollection, string]> = []
  const enqueue = (c: string, id: string) => {
    if (!isWorkflowCollection(c) || seen.has(`${c}:${id}`)) return
    seen.set(`${c}:${id}`, null)
    queue.push([c, id])
  }
  const drain = async () => {
    while (queue.length) {
      // One wave: everything queued, one query per collection.
      const wave = queue.splice(0, queue.length)
      const byCollection = new Map<WorkflowCollection, string[]>()
      for (const [c, id] of wave) byCollection.set(c, [...(byCollection.get(c) ?? []), id])
      const loaded = (
        await Promise.all([...byCollection].map(([c, ids]) => loadDocuments(payload, c, ids, locale)))
      ).flat()
      for (const d of loaded) {
        if (!d) continue
        seen.set(`${d.collection}:${d.id}`, d)
        for (const doc of [d.source, d.target])
          for (const ref of referencesOf(d.collection as BundleCollection, doc as SourceDoc))
            enqueue(ref.collection, ref.id)
      }
    }
  }
  enqueue('reports', String(reportDoc.id))
  const chapters = await p.find({
    collection: 'chapters',
    where: { report: { equals: reportDoc.id } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const ch of chapters.docs) enqueue('chapters', String(ch.id))
  await drain()
  const chapterIds = chapters.docs.map((c) => c.id)
  if (chapterIds.length) {
    for (const collection of ['statistics', 'testimonies'] as const) {
      const attached = await p.find({
        collection,
        where: { chapter: { in: chapterIds } },
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const d of attached.docs) enqueue(collection, String(d.id))
    }
    await drain()
  }
  const order = ['reports', 'chapters', 'testimonies', 'defenders', 'statistics', 'organisations']
  const all = [...seen.values()]
    .filter((d): d is LoadedDocument => d !== null)
    .sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection) || compareIds(a.id, b.id))
  const documents: LoadedDocument[] = []
  const leftOut: ReportDocuments['leftOut'] = []
  for (const d of all) {
    const reason = leftOutReason(d)
    if (reason) leftOut.push({ collection: d.collection, id: d.id, title: d.title, reason })
    else documents.push(d)
  }
  return {
    report: {
      id: String(reportDoc.id),
      slug: String(reportDoc.slug ?? ''),
      year: typeof reportDoc.year === 'number' ? reportDoc.year : null,
      title: String(reportDoc.title ?? reportDoc.slug ?? ''),
    },
    documents,
    leftOut,
  }
}

const compareIds = (a: string, b: string) =>
  /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0
