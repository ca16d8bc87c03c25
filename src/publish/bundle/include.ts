/**
 * What is in the bundle, walking from the report: the report; its chapters (documents whose
 * `report` is the report); every document they reference (RELATIONSHIPS and the embeds of rich
 * text, in any published locale), transitively; the statistics whose `chapter` is one of the
 * chapters (they feed its charts) and the testimonies filed under one (they follow the chapter's
 * own list). A reference to a document that is missing, unapproved or trashed is a problem naming
 * who refers to it.
 */
import { relationId, relationIds } from '../../model/ids'
import { RichTextCache, valuesAt, type BuildContext } from './context'
import { BUNDLE_COLLECTIONS, LOCALIZED_FIELDS, RELATIONSHIPS, type BundleCollection } from './model'
import type { BundleLocale } from './schema'
import type { Ref, SourceDoc } from './types'

/** Forward references of one document in one locale (relationships, then rich-text embeds). */
function refsOf(collection: BundleCollection, doc: SourceDoc, rt: RichTextCache): Ref[] {
  const out: Ref[] = []
  for (const r of RELATIONSHIPS[collection]) {
    for (const v of valuesAt(doc, r.path)) {
      const ids = r.hasMany ? relationIds(v) : [relationId(v)]
      for (const id of ids) if (id) out.push({ collection: r.to, id, field: r.path })
    }
  }
  for (const f of LOCALIZED_FIELDS[collection]) {
    if (!f.richText) continue
    const refs = rt.get(doc, f.path).refs
    for (const c of ['statistics', 'testimonies', 'defenders', 'media'] as const)
      for (const id of refs[c]) out.push({ collection: c, id, field: f.path })
  }
  return out
}

/** Documents a document refers to (relationship fields and rich-text embeds), in one locale. */
export function referencesOf(collection: BundleCollection, doc: SourceDoc): Ref[] {
  return refsOf(collection, doc, new RichTextCache())
}

export interface Inclusion {
  /** The ids in the bundle, per collection. */
  included: Record<BundleCollection, Set<string>>
  /** Per chapter id: the testimonies filed under it, as found. */
  attachedTestimonies: Map<string, string[]>
}

/** The report, its chapters, and what is attached to the chapters (statistics, testimonies). */
function seed(ctx: BuildContext): Inclusion {
  const reportId = ctx.input.reportId
  const included = Object.fromEntries(BUNDLE_COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<
    BundleCollection,
    Set<string>
  >
  included.reports.add(reportId)
  for (const [id, ch] of Object.entries(ctx.docsIn(ctx.def, 'chapters'))) {
    if (relationId(ch.report) === reportId) included.chapters.add(id)
  }
  for (const [id, st] of Object.entries(ctx.docsIn(ctx.def, 'statistics'))) {
    const ch = relationId(st.chapter)
    if (ch && included.chapters.has(ch)) included.statistics.add(id)
  }
  // Testimonies filed under one of the chapters (their "related chapter") belong to it, like its
  // statistics: an approved testimony appears without the chapter being edited and approved again.
  const attachedTestimonies = new Map<string, string[]>()
  for (const [id, t] of Object.entries(ctx.docsIn(ctx.def, 'testimonies'))) {
    const ch = relationId(t.chapter)
    if (!ch || !included.chapters.has(ch)) continue
    included.testimonies.add(id)
    attachedTestimonies.set(ch, [...(attachedTestimonies.get(ch) ?? []), id])
  }
  return { included, attachedTestimonies }
}

/** Walks from the report: every document in the bundle; a problem for every unusable reference. */
export function include(ctx: BuildContext): Inclusion {
  const inclusion = seed(ctx)
  const { included } = inclusion
  const queue: Array<[BundleCollection, string]> = []
  for (const c of BUNDLE_COLLECTIONS) for (const id of included[c]) queue.push([c, id])
  const reported = new Set<string>()
  while (queue.length) {
    const [c, id] = queue.shift()!
    for (const l of ctx.allLocales) {
      const doc = ctx.docsIn(l, c)[id] ?? (l === ctx.def ? undefined : ctx.base(c, id))
      if (!doc) continue
      for (const ref of refsOf(c, doc, ctx.rt)) {
        if (included[ref.collection].has(ref.id)) continue
        if (ctx.base(ref.collection, ref.id)) {
          included[ref.collection].add(ref.id)
          queue.push([ref.collection, ref.id])
          continue
        }
        const key = `${ref.collection}:${ref.id}:${c}:${id}:${ref.field}`
        if (reported.has(key)) continue
        reported.add(key)
        referenceProblem(ctx, ref, { collection: c, id }, l)
      }
    }
  }
  return inclusion
}

/** `ref`, found in `from`'s text in locale `l`, cannot be published: say why and who refers to it. */
function referenceProblem(
  ctx: BuildContext,
  ref: Ref,
  from: { collection: BundleCollection; id: string },
  l: BundleLocale,
): void {
  const u = ctx.input.unavailable?.[ref.collection]?.[ref.id]
  const what =
    u?.reason === 'unapproved'
      ? 'has no approved version'
      : u?.reason === 'trashed'
        ? 'is in the trash'
        : 'does not exist'
  const inText = l === ctx.def ? '' : `, ${l} text`
  ctx.problem({
    code: u?.reason === 'unapproved' ? 'unapproved-reference' : 'missing-reference',
    collection: ref.collection,
    id: ref.id,
    field: null,
    locale: l === ctx.def ? null : l,
    message: `referenced by ${from.collection} ${from.id} (${ctx.titleOf(from.collection, from.id)}, field ${ref.field}${inText}) but ${what}`,
    referencedBy: { ...from, field: ref.field },
  })
}
