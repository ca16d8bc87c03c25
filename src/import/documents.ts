/**
 * A bundle's items (one per locale) → the data of one CMS document in every locale, in the shape
 * Payload stores with `locale: 'all'` (a localised field is `{ en, fr, … }`). Pure: references are
 * resolved through `ref` (bundle id → id in this database), which the writer fills as it goes.
 * The inverse of src/publish/bundle/mapping.ts: display strings (`display`, `…Display`) are
 * derived data and are not imported; a locale's field that fell back to English is left empty.
 */
import { randomBytes } from 'node:crypto'

import type { LocaleBundle } from '../publish/bundle/schema'
import type { BundleCollection } from '../publish/bundle/model'
import { type IdLookup, portableToLexical } from './richtext'

export type Ref = (collection: BundleCollection, sourceId: string) => string | number
type Item = Record<string, unknown> & { id: string }
type Data = Record<string, unknown>

/** Which bundle array holds each collection's items. */
const ARRAY: Record<BundleCollection, keyof LocaleBundle> = {
  reports: 'report',
  chapters: 'chapters',
  testimonies: 'testimonies',
  defenders: 'defenders',
  statistics: 'statistics',
  organisations: 'organisations',
  media: 'media',
}

/** Items by collection and id, per locale, and what fell back to English in each locale. */
export class BundleIndex {
  readonly byLocale: Map<string, Map<BundleCollection, Map<string, Item>>> = new Map()
  readonly fellBack: Map<string, Map<string, string[]>> = new Map()
  readonly def: string
  readonly dirs: Map<string, 'ltr' | 'rtl'> = new Map()

  constructor(readonly locales: LocaleBundle[]) {
    this.def = locales[0].defaultLocale
    for (const lb of locales) {
      const m = new Map<BundleCollection, Map<string, Item>>()
      for (const c of Object.keys(ARRAY) as BundleCollection[]) {
        const v = lb[ARRAY[c]]
        const items = (Array.isArray(v) ? v : [v]) as Item[]
        m.set(c, new Map(items.map((i) => [String(i.id), i])))
      }
      this.byLocale.set(lb.locale, m)
      this.fellBack.set(lb.locale, new Map(lb.fallbacks.map((f) => [`${f.collection}:${f.id}`, f.fields])))
      this.dirs.set(lb.locale, lb.dir)
    }
  }

  /** The items of a collection in the default locale, in bundle order. */
  ids(c: BundleCollection): string[] {
    return [...(this.byLocale.get(this.def)?.get(c)?.keys() ?? [])]
  }

  item(c: BundleCollection, id: string, locale = this.def): Item | undefined {
    return this.byLocale.get(locale)?.get(c)?.get(id)
  }

  /** The locales in which this item's field `path` is its own text (not an English fallback). */
  localesOf(c: BundleCollection, id: string, path: string): string[] {
    return this.locales
      .map((lb) => lb.locale)
      .filter((l) => {
        if (!this.item(c, id, l)) return false
        const fields = this.fellBack.get(l)?.get(`${c}:${id}`)
        return !fields || !(fields.includes(path) || fields.includes(path.split('.')[0]))
      })
  }

  /** `{ [locale]: get(item in that locale) }` over the locales that have their own text. */
  localised(c: BundleCollection, id: string, path: string, get: (item: Item, locale: string) => unknown): Data {
    return Object.fromEntries(this.localesOf(c, id, path).map((l) => [l, get(this.item(c, id, l)!, l)]))
  }
}

const rowId = () => randomBytes(12).toString('hex')
/** A calendar date as Payload stores a date field (midnight UTC). */
const day = (d: unknown) => (typeof d === 'string' && d !== '' ? `${d.slice(0, 10)}T00:00:00.000Z` : null)
const opt = (ref: Ref, c: BundleCollection, id: unknown) =>
  id === null || id === undefined ? null : ref(c, String(id))
const many = (ref: Ref, c: BundleCollection, ids: unknown) => ((ids as string[]) ?? []).map((id) => ref(c, id))

function richIn(ix: BundleIndex, c: BundleCollection, id: string, field: string, ref: Ref): Data {
  const lookup: IdLookup = (to, sid) => ref(to, sid)
  return ix.localised(c, id, field, (item, l) =>
    portableToLexical(item[field] as never, ix.dirs.get(l) ?? 'ltr', lookup),
  )
}

/** Each locale's rows of an array with localised members, matched by position. */
function rowsIn(
  ix: BundleIndex,
  c: BundleCollection,
  id: string,
  field: string,
  shared: (row: Item) => Data,
  localisedKeys: string[],
): Data[] {
  const en = (ix.item(c, id)![field] ?? []) as Item[]
  return en.map((row, i) => {
    const out: Data = { id: rowId(), ...shared(row) }
    for (const key of localisedKeys)
      out[key] = ix.localised(c, id, `${field}[].${key}`, (item) => (item[field] as Item[])[i]?.[key] ?? null)
    return out
  })
}

const texts = (ix: BundleIndex, c: BundleCollection, id: string, keys: string[]): Data =>
  Object.fromEntries(keys.map((k) => [k, ix.localised(c, id, k, (item) => item[k] ?? null)]))

export function organisationData(ix: BundleIndex, id: string): Data {
  const o = ix.item('organisations', id)!
  return {
    ...texts(ix, 'organisations', id, ['name', 'description']),
    acronym: o.acronym,
    kind: o.kind,
    country: o.country,
    website: o.website,
  }
}

export function reportData(ix: BundleIndex, id: string, ref: Ref): Data {
  const r = ix.item('reports', id)!
  return {
    ...texts(ix, 'reports', id, ['title', 'subtitle']),
    introduction: richIn(ix, 'reports', id, 'introduction', ref),
    slug: r.slug,
    year: r.year,
    coverImage: opt(ref, 'media', r.coverImage),
    organisation: opt(ref, 'organisations', r.organisation),
    licence: r.licence,
    publicationDate: day(r.publicationDate),
  }
}

/** A chapter without what points to statistics, testimonies and defenders (they come later). */
export function chapterStub(ix: BundleIndex, id: string, ref: Ref, reportId: string | number): Data {
  const ch = ix.item('chapters', id)!
  return {
    ...texts(ix, 'chapters', id, ['title', 'lead']),
    slug: ch.slug,
    order: ch.order,
    kind: ch.kind,
    country: ch.country,
    report: reportId,
    partners: many(ref, 'organisations', ch.partners),
    furtherReading: rowsIn(ix, 'chapters', id, 'furtherReading', (row) => ({ url: row.url, kind: row.kind }), [
      'title',
    ]),
  }
}

export function chapterData(ix: BundleIndex, id: string, ref: Ref, reportId: string | number): Data {
  const ch = ix.item('chapters', id)!
  return {
    ...chapterStub(ix, id, ref, reportId),
    body: richIn(ix, 'chapters', id, 'body', ref),
    headlineStatistics: many(ref, 'statistics', ch.headlineStatistics),
    testimonies: many(ref, 'testimonies', ch.testimonies),
    defenders: many(ref, 'defenders', ch.defenders),
  }
}

export function statisticData(ix: BundleIndex, id: string, ref: Ref): Data {
  const s = ix.item('statistics', id)!
  const source = s.source as Item
  return {
    ...texts(ix, 'statistics', id, ['label', 'unit', 'methodology']),
    value: s.value,
    qualifier: s.qualifier,
    period: { from: day((s.period as Item).from), to: day((s.period as Item).to) },
    asOf: day(s.asOf),
    country: s.country,
    chapter: opt(ref, 'chapters', s.chapter),
    headline: s.headline,
    source: {
      organisation: opt(ref, 'organisations', source.organisation),
      title: ix.localised('statistics', id, 'source.title', (item) => (item.source as Item).title ?? null),
      url: source.url,
    },
  }
}

export function defenderData(ix: BundleIndex, id: string, ref: Ref): Data {
  const d = ix.item('defenders', id)!
  return {
    ...texts(ix, 'defenders', id, ['name', 'role', 'charges']),
    biography: richIn(ix, 'defenders', id, 'biography', ref),
    photo: opt(ref, 'media', d.photo),
    organisation: opt(ref, 'organisations', d.organisation),
    country: d.country,
    status: d.status,
    statusSince: day(d.statusSince),
    timeline: rowsIn(ix, 'defenders', id, 'timeline', (row) => ({ date: day(row.date) }), ['event']),
    // Only public profiles are ever published.
    visibility: 'public',
  }
}

/**
 * A testimony's public part. Its confidential part is not in a bundle: the consent recorded is the
 * one publication needed (text; the name when named; images when media are attached), and the
 * internal notes say where it came from, so nobody mistakes it for the signed record.
 */
export function testimonyData(ix: BundleIndex, id: string, ref: Ref, provenance: string): Data {
  const t = ix.item('testimonies', id)!
  const media = many(ref, 'media', t.media)
  const scope = ['text', ...(t.disclosure === 'named' ? ['name'] : []), ...(media.length ? ['image'] : [])]
  return {
    ...texts(ix, 'testimonies', id, ['title', 'summary', 'place', 'contentWarning', 'publicName']),
    body: richIn(ix, 'testimonies', id, 'body', ref),
    eventDate: day(t.eventDate),
    country: t.country,
    themes: t.themes,
    chapter: opt(ref, 'chapters', t.chapter),
    media,
    disclosure: t.disclosure,
    internalNotes: `Imported from ${provenance}. The signed consent record stays with the original publisher's records.`,
    consent: { status: 'given', scope },
  }
}

/** A media item's text per locale and its shared fields (the file comes from the bundle). */
export function mediaData(ix: BundleIndex, id: string): { shared: Data; perLocale: Record<string, Data> } {
  const m = ix.item('media', id)!
  const perLocale: Record<string, Data> = {}
  for (const l of ix.localesOf('media', id, 'alt')) {
    const item = ix.item('media', id, l)!
    perLocale[l] = { alt: item.alt, caption: item.caption }
  }
  return { shared: { credit: m.credit, licence: m.licence }, perLocale }
}
