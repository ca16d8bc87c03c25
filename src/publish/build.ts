/**
 * The bundle builder: PURE. Given the approved documents of a report (plain objects as Payload
 * returns them at depth 0, one set per locale, relations as ids) it validates everything, reports
 * ALL problems together, and produces one LocaleBundle per locale plus the list of source
 * documents and media the bundle needs.
 *
 * What is included: the report; its chapters (documents whose `report` is the report); every
 * statistic, testimony, defender, organisation and media document they reference (relationship
 * fields and embeds in rich text, in any published locale); and the statistics whose `chapter` is
 * one of the bundle's chapters (they feed the chapter's charts) and the testimonies whose `chapter` is
 * (they follow the chapter's own list of testimonies, by id). Nothing else, and of each
 * document only the fields of the public schema (src/publish/schema.ts).
 *
 * The confidential part of testimonies (consent) is READ here to check that consent covers the
 * disclosure, and never written.
 */
import { formatDate, formatPeriod, formatStatistic, toCalendarDate, toInstant } from './format'
import { adminUrl, BUNDLE_COLLECTIONS, LOCALIZED_FIELDS, TITLE_FIELD, type BundleCollection } from './model'
import { compareIds, lexicalToPortable, relationId, type ConvertResult } from './richtext'
import {
  LocaleBundleSchema,
  SCHEMA_VERSION,
  type BundleLocale,
  type Fallback,
  type LocaleBundle,
  type MediaFile,
} from './schema'
import { linkProblem } from '../fields/url'

export type SourceDoc = Record<string, unknown> & { id: string | number }

export type TranslationStatus = 'missing' | 'in-progress' | 'ready-for-review' | 'approved' | 'stale'

/** Approval facts about one document (from the workflow). */
export interface ApprovalMeta {
  /** The approved version's id (Payload version id), or null (media are not versioned). */
  versionId: string | null
  /** When the default-locale content was approved. */
  approvedAt: string | null
  /** Per non-default locale: the translation's status (absent: not tracked, check content only). */
  translations?: Partial<
    Record<BundleLocale, { status: TranslationStatus; staleFields?: string[]; approvedAt?: string | null }>
  >
}

/** Why a referenced document could not be used. */
export type Unavailable = 'missing' | 'unapproved' | 'trashed'

export interface BuildInput {
  /** Id of the report to publish. */
  reportId: string
  /** Locales to publish (default locale first is not required). */
  locales: BundleLocale[]
  defaultLocale?: BundleLocale
  /** Stamped into every content file; may be a placeholder before the version is decided. */
  bundleVersion: string
  /** Approved documents per locale (read without locale fallback), per collection, by id. */
  docs: Partial<Record<BundleLocale, Partial<Record<BundleCollection, Record<string, SourceDoc>>>>>
  /** Approval facts by collection and id. Missing entries: versionId/approvedAt null. */
  meta?: Partial<Record<BundleCollection, Record<string, ApprovalMeta>>>
  /** Referenced documents that exist but cannot be published (no approved version, trashed). */
  unavailable?: Partial<Record<BundleCollection, Record<string, { reason: Unavailable; title?: string }>>>
  /** Publish items without an approved translation with the default-locale text (marked). */
  allowIncomplete?: boolean
  /**
   * Consent problems per testimony id, as the workflow computed them from the confidential part
   * (src/workflow consentProblems; [] = consent covers the disclosure). When absent for a
   * testimony, the builder reads `consent` from the document itself.
   */
  consentProblems?: Record<string, string[]>
  /** Processed media files by media id (from the writer); absent: `files` are null. */
  mediaFiles?: Record<string, { web: MediaFile | null; print: MediaFile | null }>
}

export type ProblemCode =
  | 'missing-reference'
  | 'unapproved-reference'
  | 'consent'
  | 'confidential'
  | 'statistic-source'
  | 'statistic-as-of'
  | 'alt-text'
  | 'link'
  | 'rich-text'
  | 'missing-translation'
  | 'stale-translation'
  | 'invalid'

export interface Problem {
  code: ProblemCode
  collection: BundleCollection
  id: string
  title: string
  field: string | null
  locale: BundleLocale | null
  adminUrl: string
  message: string
  /** For reference problems: the document that points to the missing one. */
  referencedBy?: { collection: BundleCollection; id: string; field: string }
}

export interface SourceRecord {
  collection: BundleCollection
  id: string
  versionId: string | null
  approvedAt: string | null
}

export interface BuildResult {
  ok: boolean
  problems: Problem[]
  /** Per locale, in the order requested (empty when !ok). */
  bundles: Partial<Record<BundleLocale, LocaleBundle>>
  sources: SourceRecord[]
  /** Media ids the bundle uses (their files must be produced by the writer). */
  mediaIds: string[]
  generatedAt: string
  /** Problems tolerated because of allowIncomplete (as fallbacks). */
  fallbackCount: number
}

export type Ref = { collection: BundleCollection; id: string; field: string }

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const nonEmpty = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)
const ids = (v: unknown): string[] => {
  if (!Array.isArray(v)) return []
  const out: string[] = []
  for (const x of v) {
    const id = relationId(x)
    if (id && !out.includes(id)) out.push(id)
  }
  return out
}

/** Values at a path like `a.b` or `a[].b` (for arrays: one value per row). */
export function valuesAt(doc: unknown, path: string): unknown[] {
  const parts = path.split('.')
  let cur: unknown[] = [doc]
  for (const part of parts) {
    const arr = part.endsWith('[]')
    const key = arr ? part.slice(0, -2) : part
    const next: unknown[] = []
    for (const c of cur) {
      const v = isObj(c) ? c[key] : undefined
      if (arr) {
        if (Array.isArray(v)) next.push(...v)
      } else next.push(v)
    }
    cur = next
  }
  return cur
}

/** Per-document cache of rich-text conversions (conversion is the costly part). */
class RichTextCache {
  private cache = new WeakMap<object, Map<string, ConvertResult>>()
  get(doc: SourceDoc, field: string): ConvertResult {
    let m = this.cache.get(doc)
    if (!m) {
      m = new Map()
      this.cache.set(doc, m)
    }
    let r = m.get(field)
    if (!r) {
      r = lexicalToPortable(doc[field], field)
      m.set(field, r)
    }
    return r
  }
}

const hasText = (rt: RichTextCache, doc: SourceDoc | undefined, path: string, richText: boolean): boolean[] => {
  if (!doc) return []
  if (richText) return [rt.get(doc, path).tree !== null]
  return valuesAt(doc, path).map((v) => nonEmpty(v) !== null)
}

/** A chapter's testimonies: its own ordered list, then those filed under it and not listed (by id). */
const withAttached = (listed: string[], attached: string[] | undefined): string[] => {
  const extra = (attached ?? []).filter((id) => !listed.includes(id)).sort(compareIds)
  return [...listed, ...extra]
}

/** Forward references of one document in one locale. */
function refsOf(collection: BundleCollection, doc: SourceDoc, rt: RichTextCache): Ref[] {
  const out: Ref[] = []
  const one = (c: BundleCollection, field: string, v: unknown) => {
    const id = relationId(v)
    if (id) out.push({ collection: c, id, field })
  }
  const many = (c: BundleCollection, field: string, v: unknown) =>
    ids(v).forEach((id) => out.push({ collection: c, id, field }))
  const rich = (field: string) => {
    const r = rt.get(doc, field).refs
    r.statistics.forEach((id) => out.push({ collection: 'statistics', id, field }))
    r.testimonies.forEach((id) => out.push({ collection: 'testimonies', id, field }))
    r.defenders.forEach((id) => out.push({ collection: 'defenders', id, field }))
    r.media.forEach((id) => out.push({ collection: 'media', id, field }))
  }
  switch (collection) {
    case 'reports':
      one('media', 'coverImage', doc.coverImage)
      one('organisations', 'organisation', doc.organisation)
      rich('introduction')
      break
    case 'chapters':
      many('statistics', 'headlineStatistics', doc.headlineStatistics)
      many('testimonies', 'testimonies', doc.testimonies)
      many('defenders', 'defenders', doc.defenders)
      many('organisations', 'partners', doc.partners)
      rich('body')
      break
    case 'testimonies':
      many('media', 'media', doc.media)
      rich('body')
      break
    case 'defenders':
      one('media', 'photo', doc.photo)
      one('organisations', 'organisation', doc.organisation)
      rich('biography')
      break
    case 'statistics':
      one('organisations', 'source.organisation', isObj(doc.source) ? doc.source.organisation : null)
      break
    case 'organisations':
    case 'media':
      break
  }
  return out
}

/** Documents a document refers to (relationship fields and rich-text embeds), in one locale. */
export function referencesOf(collection: BundleCollection, doc: SourceDoc): Ref[] {
  return refsOf(collection, doc, new RichTextCache())
}

const LOCALE_ORDER: BundleLocale[] = ['en', 'fr', 'es', 'ru', 'ar']
export const sortLocales = (ls: BundleLocale[]): BundleLocale[] =>
  [...new Set(ls)].sort((a, b) => LOCALE_ORDER.indexOf(a) - LOCALE_ORDER.indexOf(b))

/** Builds and validates the bundle. Never throws on content problems: they are in `problems`. */
export function buildBundle(input: BuildInput): BuildResult {
  const def = input.defaultLocale ?? 'en'
  const locales = sortLocales(input.locales)
  const allLocales = sortLocales([def, ...locales])
  const rt = new RichTextCache()
  const problems: Problem[] = []
  const docsIn = (l: BundleLocale, c: BundleCollection): Record<string, SourceDoc> => input.docs[l]?.[c] ?? {}
  const base = (c: BundleCollection, id: string): SourceDoc | undefined => docsIn(def, c)[id]
  const titleOf = (c: BundleCollection, id: string, l: BundleLocale = def): string => {
    const d = docsIn(l, c)[id] ?? base(c, id)
    const t = d ? d[TITLE_FIELD[c]] : undefined
    return nonEmpty(t) ?? input.unavailable?.[c]?.[id]?.title ?? `${c} ${id}`
  }
  const problem = (p: Omit<Problem, 'title' | 'adminUrl'> & { title?: string }) =>
    problems.push({
      ...p,
      title: p.title ?? titleOf(p.collection, p.id, p.locale ?? def),
      adminUrl: adminUrl(p.collection, p.id, p.locale ?? def),
    })

  // ---- 1. What is in the bundle: walk from the report ------------------------------------
  const report = base('reports', input.reportId)
  const empty: BuildResult = {
    ok: false,
    problems,
    bundles: {},
    sources: [],
    mediaIds: [],
    generatedAt: '1970-01-01T00:00:00.000Z',
    fallbackCount: 0,
  }
  if (!report) {
    const u = input.unavailable?.reports?.[input.reportId]
    problem({
      code: u?.reason === 'unapproved' ? 'unapproved-reference' : 'missing-reference',
      collection: 'reports',
      id: input.reportId,
      field: null,
      locale: null,
      message: u?.reason === 'unapproved' ? 'the report has no approved version' : 'the report does not exist',
    })
    return empty
  }
  const included: Record<BundleCollection, Set<string>> = Object.fromEntries(
    BUNDLE_COLLECTIONS.map((c) => [c, new Set<string>()]),
  ) as never
  included.reports.add(input.reportId)
  for (const [id, ch] of Object.entries(docsIn(def, 'chapters'))) {
    if (relationId(ch.report) === input.reportId) included.chapters.add(id)
  }
  for (const [id, st] of Object.entries(docsIn(def, 'statistics'))) {
    const ch = relationId(st.chapter)
    if (ch && included.chapters.has(ch)) included.statistics.add(id)
  }
  // Testimonies filed under one of the chapters (their "related chapter") belong to it, like its
  // statistics: an approved testimony appears without the chapter being edited and approved again.
  const attachedTestimonies = new Map<string, string[]>()
  for (const [id, t] of Object.entries(docsIn(def, 'testimonies'))) {
    const ch = relationId(t.chapter)
    if (!ch || !included.chapters.has(ch)) continue
    included.testimonies.add(id)
    attachedTestimonies.set(ch, [...(attachedTestimonies.get(ch) ?? []), id])
  }
  const queue: Array<[BundleCollection, string]> = []
  for (const c of BUNDLE_COLLECTIONS) for (const id of included[c]) queue.push([c, id])
  const reported = new Set<string>()
  while (queue.length) {
    const [c, id] = queue.shift()!
    for (const l of allLocales) {
      const doc = docsIn(l, c)[id] ?? (l === def ? undefined : base(c, id))
      if (!doc) continue
      for (const ref of refsOf(c, doc, rt)) {
        if (included[ref.collection].has(ref.id)) continue
        if (base(ref.collection, ref.id)) {
          included[ref.collection].add(ref.id)
          queue.push([ref.collection, ref.id])
          continue
        }
        const key = `${ref.collection}:${ref.id}:${c}:${id}:${ref.field}`
        if (reported.has(key)) continue
        reported.add(key)
        const u = input.unavailable?.[ref.collection]?.[ref.id]
        const what =
          u?.reason === 'unapproved'
            ? 'has no approved version'
            : u?.reason === 'trashed'
              ? 'is in the trash'
              : 'does not exist'
        problem({
          code: u?.reason === 'unapproved' ? 'unapproved-reference' : 'missing-reference',
          collection: ref.collection,
          id: ref.id,
          field: null,
          locale: l === def ? null : l,
          message: `referenced by ${c} ${id} (${titleOf(c, id)}, field ${ref.field}${l === def ? '' : `, ${l} text`}) but ${what}`,
          referencedBy: { collection: c, id, field: ref.field },
        })
      }
    }
  }

  // ---- 2. Content rules (default locale and non-localised fields) -------------------------
  for (const id of included.testimonies) checkConsent(base('testimonies', id)!, id)
  for (const id of included.defenders) {
    const d = base('defenders', id)!
    if (d.visibility !== 'public') {
      problem({
        code: 'confidential',
        collection: 'defenders',
        id,
        field: 'visibility',
        locale: null,
        message:
          'a confidential defender profile is referenced; confidential profiles are never published (make it public or remove the reference)',
      })
    }
  }
  for (const id of included.statistics) {
    const s = base('statistics', id)!
    const src = isObj(s.source) ? s.source : {}
    if (!relationId(src.organisation) && !nonEmpty(src.title)) {
      problem({
        code: 'statistic-source',
        collection: 'statistics',
        id,
        field: 'source',
        locale: null,
        message: 'the statistic has no source (organisation or document title)',
      })
    }
    if (!s.asOf)
      problem({
        code: 'statistic-as-of',
        collection: 'statistics',
        id,
        field: 'asOf',
        locale: null,
        message: 'the statistic has no as-of date',
      })
    if (typeof s.value !== 'number' || !Number.isFinite(s.value)) {
      problem({
        code: 'invalid',
        collection: 'statistics',
        id,
        field: 'value',
        locale: null,
        message: `the value ${JSON.stringify(s.value)} is not a number`,
      })
    }
    if (src.url != null && src.url !== '') checkLink('statistics', id, 'source.url', src.url, null)
  }
  for (const id of included.organisations) {
    const o = base('organisations', id)!
    if (o.website != null && o.website !== '') checkLink('organisations', id, 'website', o.website, null)
  }
  for (const id of included.chapters) {
    const ch = base('chapters', id)!
    const rows = Array.isArray(ch.furtherReading) ? ch.furtherReading : []
    rows.forEach((r, i) => checkLink('chapters', id, `furtherReading[${i}].url`, isObj(r) ? r.url : null, null))
  }
  for (const id of included.media) {
    const m = base('media', id)!
    if (!nonEmpty(m.alt))
      problem({
        code: 'alt-text',
        collection: 'media',
        id,
        field: 'alt',
        locale: def,
        message: `the image has no alt text in ${def}`,
        title: nonEmpty(m.filename) ?? `media ${id}`,
      })
  }

  // ---- 3. Rich text problems (every locale's text) ----------------------------------------
  for (const c of BUNDLE_COLLECTIONS) {
    for (const field of LOCALIZED_FIELDS[c].filter((f) => f.richText)) {
      for (const id of included[c]) {
        for (const l of allLocales) {
          const doc = docsIn(l, c)[id]
          if (!doc) continue
          for (const p of rt.get(doc, field.path).problems) {
            problem({
              code: p.code === 'bad-link' ? 'link' : 'rich-text',
              collection: c,
              id,
              field: field.path,
              locale: l,
              message: `${p.path} (${p.nodeType}): ${p.message}`,
            })
          }
        }
      }
    }
  }

  // ---- 4. Translations: per locale, per document --------------------------------------------
  const fallbackDocs = new Map<string, Set<string>>() // `${locale}` → set of `${c}:${id}`
  const fallbackFields = new Map<string, string[]>()
  let fallbackCount = 0
  for (const l of locales) {
    if (l === def) continue
    const set = new Set<string>()
    fallbackDocs.set(l, set)
    for (const c of BUNDLE_COLLECTIONS) {
      for (const id of included[c]) {
        const en = base(c, id)!
        const doc = docsIn(l, c)[id]
        const missing: string[] = []
        for (const f of LOCALIZED_FIELDS[c]) {
          const src = hasText(rt, en, f.path, Boolean(f.richText))
          const tr = hasText(rt, doc, f.path, Boolean(f.richText))
          if (src.some((has, i) => has && !tr[i])) missing.push(f.path)
        }
        const status = input.meta?.[c]?.[id]?.translations?.[l]
        const stale = status && status.status !== 'approved' ? status : null
        if (!missing.length && !stale) continue
        const fields = [
          ...new Set([...missing, ...(stale?.status === 'stale' ? (stale.staleFields ?? []) : [])]),
        ].sort()
        if (input.allowIncomplete) {
          set.add(`${c}:${id}`)
          fallbackFields.set(
            `${l}:${c}:${id}`,
            LOCALIZED_FIELDS[c]
              .map((f) => f.path)
              .filter((p) =>
                hasText(rt, en, p, LOCALIZED_FIELDS[c].find((x) => x.path === p)!.richText === true).some(Boolean),
              ),
          )
          fallbackCount++
          continue
        }
        if (stale) {
          problem({
            code: stale.status === 'stale' ? 'stale-translation' : 'missing-translation',
            collection: c,
            id,
            field: fields.length ? fields.join(', ') : null,
            locale: l,
            message:
              stale.status === 'stale'
                ? `the ${l} translation is stale: the ${def} text changed since it was approved${stale.staleFields?.length ? ` (${stale.staleFields.join(', ')})` : ''}`
                : stale.status === 'missing'
                  ? `there is no approved ${l} translation`
                  : `the ${l} translation is not approved yet (status: ${stale.status})`,
          })
        } else {
          for (const f of missing) {
            if (c === 'media' && f === 'alt') {
              problem({
                code: 'alt-text',
                collection: c,
                id,
                field: f,
                locale: l,
                message: `the image has no alt text in ${l}`,
              })
            } else {
              problem({
                code: 'missing-translation',
                collection: c,
                id,
                field: f,
                locale: l,
                message: `no ${l} translation of ${f}`,
              })
            }
          }
        }
      }
    }
  }

  // Alt text: missing in en → alt-text problem (section 2); missing in another published locale →
  // alt-text problem above (or a marked fallback with allowIncomplete).

  // ---- 5. Map to the public shape, per locale ----------------------------------------------
  const sources: SourceRecord[] = []
  let generatedAt = '1970-01-01T00:00:00.000Z'
  for (const c of BUNDLE_COLLECTIONS) {
    for (const id of [...included[c]].sort(compareIds)) {
      const m = input.meta?.[c]?.[id]
      const approvedAt = toInstant(m?.approvedAt ?? null)
      const times = [approvedAt, ...locales.map((l) => toInstant(m?.translations?.[l]?.approvedAt ?? null))]
      for (const t of times) if (t && t > generatedAt) generatedAt = t
      sources.push({ collection: c, id, versionId: m?.versionId ?? null, approvedAt })
    }
  }
  const mediaIds = [...included.media].sort(compareIds)
  if (problems.length)
    return { ...empty, problems: sortProblems(problems), sources, mediaIds, generatedAt, fallbackCount }

  const bundles: Partial<Record<BundleLocale, LocaleBundle>> = {}
  const chapterIds = new Set(included.chapters)
  for (const l of locales) {
    const fb = fallbackDocs.get(l) ?? new Set<string>()
    const pick = (c: BundleCollection, id: string): SourceDoc =>
      l === def || fb.has(`${c}:${id}`) ? base(c, id)! : (docsIn(l, c)[id] ?? base(c, id)!)
    const rich = (c: BundleCollection, id: string, field: string) => rt.get(pick(c, id), field).tree
    const date = (v: unknown) => toCalendarDate(v)
    const dateDisplay = (d: string | null) => (d ? formatDate(d, l) : null)
    const str = nonEmpty
    const sorted = (c: BundleCollection) => [...included[c]].sort(compareIds)
    /** Raw item: typed loosely here, checked by the one schema parse of the whole bundle below. */
    const raw = (v: Record<string, unknown>) => v as Record<string, unknown> & { id: string; order: number }
    const r = pick('reports', input.reportId)
    const reportOut = raw({
      id: input.reportId,
      slug: r.slug,
      year: r.year,
      title: r.title,
      subtitle: str(r.subtitle),
      introduction: rich('reports', input.reportId, 'introduction'),
      coverImage: relationId(r.coverImage),
      organisation: relationId(r.organisation),
      licence: str(r.licence),
      publicationDate: date(r.publicationDate),
      publicationDateDisplay: dateDisplay(date(r.publicationDate)),
    })

    const chapters = [...included.chapters]
      .map((id) => {
        const ch = pick('chapters', id)
        return raw({
          id,
          slug: ch.slug,
          order: ch.order,
          kind: ch.kind,
          country: str(ch.country),
          title: ch.title,
          lead: str(ch.lead),
          body: rich('chapters', id, 'body'),
          headlineStatistics: ids(ch.headlineStatistics),
          testimonies: withAttached(ids(ch.testimonies), attachedTestimonies.get(id)),
          defenders: ids(ch.defenders),
          partners: ids(ch.partners),
          furtherReading: (Array.isArray(ch.furtherReading) ? ch.furtherReading : []).map((row) => {
            const x = isObj(row) ? row : {}
            return { title: x.title, url: typeof x.url === 'string' ? x.url.trim() : x.url, kind: x.kind ?? 'article' }
          }),
        })
      })
      .sort(
        (a, b) =>
          (typeof a.order === 'number' && typeof b.order === 'number' ? a.order - b.order : 0) ||
          compareIds(a.id, b.id),
      )

    const statistics = sorted('statistics').map((id) => {
      const s = pick('statistics', id)
      const src = isObj(s.source) ? s.source : {}
      const period = isObj(s.period) ? s.period : {}
      const from = date(period.from)
      const to = date(period.to)
      const asOf = date(s.asOf)
      const qualifier = (s.qualifier ?? 'exact') as Parameters<typeof formatStatistic>[1]
      const disp =
        typeof s.value === 'number'
          ? formatStatistic(s.value, qualifier, l)
          : { display: '', displayParts: { before: '', value: '', after: '' } }
      const chapter = relationId(s.chapter)
      return raw({
        id,
        label: s.label,
        value: s.value,
        qualifier,
        unit: str(s.unit),
        period: { from, to },
        asOf,
        country: str(s.country),
        chapter: chapter && chapterIds.has(chapter) ? chapter : null,
        source: {
          organisation: relationId(src.organisation),
          title: str(src.title),
          url: str(src.url)?.trim() ?? null,
        },
        methodology: str(s.methodology),
        headline: s.headline === true,
        display: disp.display,
        displayParts: disp.displayParts,
        asOfDisplay: asOf ? formatDate(asOf, l) : '',
        periodDisplay: formatPeriod(from, to, l),
      })
    })

    const testimonies = sorted('testimonies').map((id) => {
      const t = pick('testimonies', id)
      const chapter = relationId(t.chapter)
      const eventDate = date(t.eventDate)
      // Allow-list: only these keys are read; legalName, contact, internalNotes, consent are not.
      return raw({
        id,
        title: t.title,
        summary: t.summary,
        body: rich('testimonies', id, 'body'),
        eventDate,
        eventDateDisplay: dateDisplay(eventDate),
        place: str(t.place),
        country: str(t.country),
        themes: Array.isArray(t.themes) ? [...t.themes].sort() : [],
        chapter: chapter && chapterIds.has(chapter) ? chapter : null,
        media: ids(t.media),
        contentWarning: str(t.contentWarning),
        disclosure: t.disclosure ?? 'anonymous',
        publicName: str(t.publicName),
      })
    })

    const defenders = sorted('defenders').map((id) => {
      const d = pick('defenders', id)
      const since = date(d.statusSince)
      const timeline = (Array.isArray(d.timeline) ? d.timeline : [])
        .map((row) => {
          const x = isObj(row) ? row : {}
          const dt = date(x.date)
          return { date: dt, dateDisplay: dateDisplay(dt), event: x.event }
        })
        .sort((a, b) => String(a.date).localeCompare(String(b.date)))
      return raw({
        id,
        name: d.name,
        photo: relationId(d.photo),
        organisation: relationId(d.organisation),
        role: str(d.role),
        country: str(d.country),
        status: d.status,
        statusSince: since,
        statusSinceDisplay: dateDisplay(since),
        charges: str(d.charges),
        timeline,
        biography: rich('defenders', id, 'biography'),
      })
    })

    const organisations = sorted('organisations').map((id) => {
      const o = pick('organisations', id)
      return raw({
        id,
        name: o.name,
        acronym: str(o.acronym),
        kind: o.kind,
        country: str(o.country),
        website: str(o.website)?.trim() ?? null,
        description: str(o.description),
      })
    })

    const media = sorted('media').map((id) => {
      const m = pick('media', id)
      const files = input.mediaFiles?.[id] ?? { web: null, print: null }
      return raw({
        id,
        alt: m.alt,
        caption: str(m.caption),
        credit: str(m.credit),
        licence: str(m.licence),
        width: typeof m.width === 'number' && m.width > 0 ? m.width : null,
        height: typeof m.height === 'number' && m.height > 0 ? m.height : null,
        files,
      })
    })

    const fallbacks: Fallback[] = [...fb]
      .map((key) => {
        const [c, id] = key.split(':') as [BundleCollection, string]
        return { collection: c, id, fields: fallbackFields.get(`${l}:${key}`) ?? [] }
      })
      .sort((a, b) => a.collection.localeCompare(b.collection) || compareIds(a.id, b.id))

    const bundle = {
      schemaVersion: SCHEMA_VERSION,
      bundleVersion: input.bundleVersion,
      locale: l,
      defaultLocale: def,
      dir: l === 'ar' ? 'rtl' : 'ltr',
      generatedAt,
      generatedAtDisplay: formatDate(generatedAt.slice(0, 10), l),
      report: reportOut,
      chapters,
      statistics,
      testimonies,
      defenders,
      organisations,
      media,
      fallbacks,
    }
    if (problems.length) continue
    // The allow-list: one strict parse of the whole bundle. Issues are attributed to the item.
    const parsed = LocaleBundleSchema.safeParse(bundle)
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const [top, index, ...rest] = i.path.map(String)
        const c = ITEM_ARRAYS[top]
        const item = c ? (bundle[top as keyof typeof bundle] as Array<{ id: string }>)[Number(index)] : undefined
        if (c && item)
          problem({
            code: 'invalid',
            collection: c,
            id: item.id,
            field: rest.join('.') || null,
            locale: l,
            message: i.message,
          })
        else if (top === 'report')
          problem({
            code: 'invalid',
            collection: 'reports',
            id: input.reportId,
            field: [index, ...rest].filter(Boolean).join('.') || null,
            locale: l,
            message: i.message,
          })
        else
          problem({
            code: 'invalid',
            collection: 'reports',
            id: input.reportId,
            field: i.path.map(String).join('.'),
            locale: l,
            message: i.message,
          })
      }
      continue
    }
    bundles[l] = parsed.data
  }
  if (problems.length)
    return { ...empty, problems: sortProblems(problems), sources, mediaIds, generatedAt, fallbackCount }
  return { ok: true, problems: [], bundles, sources, mediaIds, generatedAt, fallbackCount }

  // ---- helpers using the closure ------------------------------------------------------------
  function checkLink(c: BundleCollection, id: string, field: string, url: unknown, locale: BundleLocale | null) {
    const bad = linkProblem(url)
    if (bad) problem({ code: 'link', collection: c, id, field, locale, message: `the link ${bad}` })
  }

  function checkConsent(t: SourceDoc, id: string) {
    const known = input.consentProblems?.[id]
    if (known) {
      for (const message of known)
        problem({ code: 'consent', collection: 'testimonies', id, field: 'consent', locale: null, message })
      if (t.disclosure === 'named' && !nonEmpty(t.publicName)) {
        problem({
          code: 'invalid',
          collection: 'testimonies',
          id,
          field: 'publicName',
          locale: null,
          message: 'a named testimony needs its public name',
        })
      }
      return
    }
    const consent = isObj(t.consent) ? t.consent : null
    const status = consent?.status
    const scope = Array.isArray(consent?.scope) ? (consent!.scope as unknown[]) : []
    const fail = (message: string) =>
      problem({ code: 'consent', collection: 'testimonies', id, field: 'consent', locale: null, message })
    if (!consent || status === undefined)
      return fail('the consent record could not be read (publishing needs to read it)')
    if (status !== 'given') return fail(`consent is ${String(status)}, not given`)
    const need: string[] = ['text']
    if (t.disclosure === 'named') need.push('name')
    if (ids(t.media).length) need.push('image')
    const lacking = need.filter((s) => !scope.includes(s))
    if (lacking.length) {
      fail(
        `consent does not cover ${lacking.join(', ')} (disclosure ${String(t.disclosure)}${ids(t.media).length ? ', with images' : ''}; consent scope: ${scope.join(', ') || 'none'})`,
      )
    }
    if (t.disclosure === 'named' && !nonEmpty(t.publicName)) {
      problem({
        code: 'invalid',
        collection: 'testimonies',
        id,
        field: 'publicName',
        locale: null,
        message: 'a named testimony needs its public name',
      })
    }
  }
}

const ITEM_ARRAYS: Record<string, BundleCollection | undefined> = {
  chapters: 'chapters',
  statistics: 'statistics',
  testimonies: 'testimonies',
  defenders: 'defenders',
  organisations: 'organisations',
  media: 'media',
}

const CODE_ORDER: ProblemCode[] = [
  'missing-reference',
  'unapproved-reference',
  'confidential',
  'consent',
  'statistic-source',
  'statistic-as-of',
  'alt-text',
  'link',
  'rich-text',
  'invalid',
  'missing-translation',
  'stale-translation',
]

function sortProblems(ps: Problem[]): Problem[] {
  const seen = new Set<string>()
  return ps
    .filter((p) => {
      const k = `${p.code}|${p.collection}|${p.id}|${p.field}|${p.locale}|${p.message}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
    .sort(
      (a, b) =>
        CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) ||
        a.collection.localeCompare(b.collection) ||
        compareIds(a.id, b.id) ||
        String(a.locale).localeCompare(String(b.locale)) ||
        String(a.field).localeCompare(String(b.field)),
    )
}

/** A readable list of problems, grouped by kind, with the admin URL to fix each. */
export function formatProblems(ps: Problem[], serverUrl = ''): string {
  const lines: string[] = []
  let last: ProblemCode | null = null
  for (const p of ps) {
    if (p.code !== last) {
      lines.push(`${p.code}:`)
      last = p.code
    }
    lines.push(
      `  - ${p.collection} ${p.id} "${p.title}"${p.field ? ` [${p.field}]` : ''}${p.locale ? ` (${p.locale})` : ''}: ${p.message}\n    ${serverUrl}${p.adminUrl}`,
    )
  }
  return lines.join('\n')
}

/** Approval facts from a document's workflow bookkeeping (the `workflow` group and `translations`). */
export function approvalMetaFromDoc(doc: SourceDoc): ApprovalMeta {
  const wf = isObj(doc.workflow) ? doc.workflow : {}
  const translations: ApprovalMeta['translations'] = {}
  if (Array.isArray(doc.translations)) {
    for (const row of doc.translations) {
      if (!isObj(row) || typeof row.locale !== 'string') continue
      translations[row.locale as BundleLocale] = {
        status: (row.status as TranslationStatus) ?? 'missing',
        staleFields: Array.isArray(row.staleFields) ? row.staleFields.map(String) : undefined,
        approvedAt: typeof row.approvedAt === 'string' ? row.approvedAt : null,
      }
    }
  }
  return {
    versionId: typeof wf.approvedVersion === 'string' && wf.approvedVersion ? wf.approvedVersion : null,
    approvedAt:
      typeof wf.approvedAt === 'string' ? wf.approvedAt : typeof doc.updatedAt === 'string' ? doc.updatedAt : null,
    translations: Array.isArray(doc.translations) ? translations : undefined,
  }
}
