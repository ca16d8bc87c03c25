/**
 * Source documents → the public shape (schema/), per collection and per locale. Only the fields
 * listed here are read: whatever else a document holds (legal name, contact, internal notes,
 * consent, workflow bookkeeping) cannot reach the bundle. Items are typed loosely here and checked
 * by the one strict schema parse of the whole bundle (build.ts).
 */
import { compareIds, relationId, relationIds } from '../../model/ids'
import { isObj, nonEmpty, type BuildContext } from './context'
import { formatDate, formatPeriod, formatStatistic, toCalendarDate } from './format'
import type { Inclusion } from './include'
import type { BundleCollection } from './model'
import { SCHEMA_VERSION, type BundleLocale, type Fallback } from './schema'
import type { Fallbacks } from './translations'
import type { SourceDoc } from './types'
import { localeDir } from '../../model/locales'

/** A raw item: checked by the schema parse of the whole bundle. */
type Item = Record<string, unknown> & { id: string }

/** What the mapping of one locale reads from. */
interface LocaleView {
  l: BundleLocale
  /** The document as published in this locale (the default locale's for a fallback). */
  pick(c: BundleCollection, id: string): SourceDoc
  rich(c: BundleCollection, id: string, field: string): unknown
  dateDisplay(d: string | null): string | null
  /** Chapters of this bundle (a statistic's or testimony's `chapter` outside it becomes null). */
  chapterIds: Set<string>
  attachedTestimonies: Map<string, string[]>
}

const str = nonEmpty
const date = (v: unknown) => toCalendarDate(v)

/** A chapter's testimonies: its own ordered list, then those filed under it and not listed (by id). */
const withAttached = (listed: string[], attached: string[] | undefined): string[] => {
  const extra = (attached ?? []).filter((id) => !listed.includes(id)).sort(compareIds)
  return [...listed, ...extra]
}

/** A relation to a chapter of this bundle, or null. */
const chapterOf = (v: LocaleView, value: unknown): string | null => {
  const chapter = relationId(value)
  return chapter && v.chapterIds.has(chapter) ? chapter : null
}

function report(v: LocaleView, id: string): Item {
  const r = v.pick('reports', id)
  return {
    id,
    slug: r.slug,
    year: r.year,
    title: r.title,
    subtitle: str(r.subtitle),
    introduction: v.rich('reports', id, 'introduction'),
    coverImage: relationId(r.coverImage),
    organisation: relationId(r.organisation),
    licence: str(r.licence),
    publicationDate: toCalendarDate(r.publicationDate),
    publicationDateDisplay: v.dateDisplay(toCalendarDate(r.publicationDate)),
  }
}

function chapter(v: LocaleView, id: string): Item {
  const ch = v.pick('chapters', id)
  return {
    id,
    slug: ch.slug,
    order: ch.order,
    kind: ch.kind,
    country: str(ch.country),
    title: ch.title,
    lead: str(ch.lead),
    body: v.rich('chapters', id, 'body'),
    headlineStatistics: relationIds(ch.headlineStatistics),
    testimonies: withAttached(relationIds(ch.testimonies), v.attachedTestimonies.get(id)),
    defenders: relationIds(ch.defenders),
    partners: relationIds(ch.partners),
    furtherReading: (Array.isArray(ch.furtherReading) ? ch.furtherReading : []).map((row) => {
      const x = isObj(row) ? row : {}
      return { title: x.title, url: typeof x.url === 'string' ? x.url.trim() : x.url, kind: x.kind ?? 'article' }
    }),
  }
}

/** Chapters by `order`, then id. */
const byOrder = (a: Item, b: Item) =>
  (typeof a.order === 'number' && typeof b.order === 'number' ? a.order - b.order : 0) || compareIds(a.id, b.id)

function statistic(v: LocaleView, id: string): Item {
  const s = v.pick('statistics', id)
  const src = isObj(s.source) ? s.source : {}
  const period = isObj(s.period) ? s.period : {}
  const from = date(period.from)
  const to = date(period.to)
  const asOf = date(s.asOf)
  const qualifier = (s.qualifier ?? 'exact') as Parameters<typeof formatStatistic>[1]
  const disp =
    typeof s.value === 'number'
      ? formatStatistic(s.value, qualifier, v.l)
      : { display: '', displayParts: { before: '', value: '', after: '' } }
  return {
    id,
    label: s.label,
    value: s.value,
    qualifier,
    unit: str(s.unit),
    period: { from, to },
    asOf,
    country: str(s.country),
    chapter: chapterOf(v, s.chapter),
    source: { organisation: relationId(src.organisation), title: str(src.title), url: str(src.url)?.trim() ?? null },
    methodology: str(s.methodology),
    headline: s.headline === true,
    display: disp.display,
    displayParts: disp.displayParts,
    asOfDisplay: asOf ? formatDate(asOf, v.l) : '',
    periodDisplay: formatPeriod(from, to, v.l),
  }
}

function testimony(v: LocaleView, id: string): Item {
  const t = v.pick('testimonies', id)
  const eventDate = date(t.eventDate)
  // Allow-list: only these keys are read; legalName, contact, internalNotes, consent are not.
  return {
    id,
    title: t.title,
    summary: t.summary,
    body: v.rich('testimonies', id, 'body'),
    eventDate,
    eventDateDisplay: v.dateDisplay(eventDate),
    place: str(t.place),
    country: str(t.country),
    themes: Array.isArray(t.themes) ? [...t.themes].sort() : [],
    chapter: chapterOf(v, t.chapter),
    media: relationIds(t.media),
    contentWarning: str(t.contentWarning),
    disclosure: t.disclosure ?? 'anonymous',
    publicName: str(t.publicName),
  }
}

function defender(v: LocaleView, id: string): Item {
  const d = v.pick('defenders', id)
  const since = date(d.statusSince)
  const timeline = (Array.isArray(d.timeline) ? d.timeline : [])
    .map((row) => {
      const x = isObj(row) ? row : {}
      const dt = date(x.date)
      return { date: dt, dateDisplay: v.dateDisplay(dt), event: x.event }
    })
    .sort((a, b) => String(a.date).localeCompare(String(b.date)))
  return {
    id,
    name: d.name,
    photo: relationId(d.photo),
    organisation: relationId(d.organisation),
    role: str(d.role),
    country: str(d.country),
    status: d.status,
    statusSince: since,
    statusSinceDisplay: v.dateDisplay(since),
    charges: str(d.charges),
    timeline,
    biography: v.rich('defenders', id, 'biography'),
  }
}

function organisation(v: LocaleView, id: string): Item {
  const o = v.pick('organisations', id)
  return {
    id,
    name: o.name,
    acronym: str(o.acronym),
    kind: o.kind,
    country: str(o.country),
    website: str(o.website)?.trim() ?? null,
    description: str(o.description),
  }
}

function media(ctx: BuildContext) {
  return (v: LocaleView, id: string): Item => {
    const m = v.pick('media', id)
    return {
      id,
      alt: m.alt,
      caption: str(m.caption),
      credit: str(m.credit),
      licence: str(m.licence),
      width: typeof m.width === 'number' && m.width > 0 ? m.width : null,
      height: typeof m.height === 'number' && m.height > 0 ? m.height : null,
      files: ctx.input.mediaFiles?.[id] ?? { web: null, print: null },
    }
  }
}

/** One locale's bundle, before the schema parse. */
export function mapLocale(
  ctx: BuildContext,
  { included, attachedTestimonies }: Inclusion,
  fallbacks: Fallbacks,
  l: BundleLocale,
  generatedAt: string,
): Record<string, unknown> {
  const fb = fallbacks.docs.get(l) ?? new Set<string>()
  const pick = (c: BundleCollection, id: string): SourceDoc =>
    l === ctx.def || fb.has(`${c}:${id}`) ? ctx.base(c, id)! : (ctx.docsIn(l, c)[id] ?? ctx.base(c, id)!)
  const v: LocaleView = {
    l,
    pick,
    rich: (c, id, field) => ctx.rt.get(pick(c, id), field).tree,
    dateDisplay: (d) => (d ? formatDate(d, l) : null),
    chapterIds: new Set(included.chapters),
    attachedTestimonies,
  }
  const sorted = <T>(c: BundleCollection, map: (v: LocaleView, id: string) => T): T[] =>
    [...included[c]].sort(compareIds).map((id) => map(v, id))
  const reportOut = report(v, ctx.input.reportId)
  const chapters = [...included.chapters].map((id) => chapter(v, id)).sort(byOrder)
  const statistics = sorted('statistics', statistic)
  const testimonies = sorted('testimonies', testimony)
  const defenders = sorted('defenders', defender)
  const organisations = sorted('organisations', organisation)
  const mediaOut = sorted('media', media(ctx))
  const fallbackList: Fallback[] = [...fb]
    .map((key) => {
      const [c, id] = key.split(':') as [BundleCollection, string]
      return { collection: c, id, fields: fallbacks.fields.get(`${l}:${key}`) ?? [] }
    })
    .sort((a, b) => a.collection.localeCompare(b.collection) || compareIds(a.id, b.id))
  return {
    schemaVersion: SCHEMA_VERSION,
    bundleVersion: ctx.input.bundleVersion,
    locale: l,
    defaultLocale: ctx.def,
    dir: localeDir(l),
    generatedAt,
    generatedAtDisplay: formatDate(generatedAt.slice(0, 10), l),
    report: reportOut,
    chapters,
    statistics,
    testimonies,
    defenders,
    organisations,
    media: mediaOut,
    fallbacks: fallbackList,
  }
}
