/**
 * Bundle → the view model the Typst template reads (as JSON data, never as markup).
 *
 * Everything the template needs is resolved here, in typed code: references to statistics,
 * testimonies, defenders and media; labels; fallbacks; footnote texts. The template only lays out.
 */
import type {
  BlockNode,
  Chapter,
  Defender,
  InlineNode,
  ListNode,
  LocaleBundle,
  Media,
  Organisation,
  RichText,
  Statistic,
  Testimony,
} from '../../bundle/schema'
import { LOCALE_TYPO, labelsFor, type PdfLabels } from './labels'

export interface ManifestInfo {
  /** The bundle version (semver) printed in the colophon. */
  version: string
  /**
   * SHA-256 printed in the colophon so a reader can match the PDF to the data. Recommended: the
   * sha256 of `content/<locale>.json` as listed in manifest.json (the PDF itself is added to the
   * manifest afterwards, so it cannot contain the final manifest's own hash).
   */
  checksum: string
}

// ---- view model types (mirrored by template/components.typ) ----------------------------------

export type VInline =
  | { k: 't'; s: string; m: string[] }
  | { k: 'br' }
  | { k: 'link'; url: string; shown: string; ch: VInline[] }

export type VBlock =
  | { k: 'p'; ch: VInline[] }
  | { k: 'h'; level: number; ch: VInline[] }
  | { k: 'list'; ordered: boolean; items: { ch: VInline[]; lists: VBlock[] }[] }
  | { k: 'quote'; ch: VInline[] }
  | ({ k: 'stat' } & VStat)
  | ({ k: 'testimony' } & VTestimony)
  | ({ k: 'defender' } & VDefender)
  | { k: 'video'; title: string; url: string; caption: string | null; poster: VImage | null }
  | { k: 'cta'; label: string; url: string; kind: string }

export interface VImage {
  /** Path inside the Typst workspace ("/media/<file>"). */
  src: string
  alt: string
  credit: string | null
}

export interface VStat {
  id: string
  label: string
  before: string
  value: string
  after: string
  display: string
  number: number
  unit: string | null
  /** Footnote text: source, as-of date, period. */
  note: string
  url: string | null
}

export interface VTestimony {
  id: string
  title: string
  quote: string
  attribution: string
  detail: string | null
  warning: string | null
  fallback: string | null
  /** Language of the text when shown as a fallback, else null. */
  lang: string | null
  /** Quotation marks of the text's language. */
  quoteOpen: string
  quoteClose: string
}

export interface VDefender {
  id: string
  name: string
  role: string | null
  organisation: string | null
  status: string
  statusKey: string
  since: string
  photo: VImage | null
  charges: string | null
  fallback: string | null
  lang: string | null
}

export interface VChapter {
  id: string
  title: string
  kind: string
  /** The country's name in the locale (Intl), for country chapters. */
  country: string | null
  lead: string | null
  /** Language of the text when shown as a fallback (en), else null. */
  fallbackLang: string | null
  fallbackNote: string | null
  blocks: VBlock[]
  testimonies: VTestimony[]
  defenders: VDefender[]
  furtherReading: { title: string; url: string; kind: string }[]
}

export interface ViewModel {
  locale: string
  lang: string
  region: string | null
  dir: 'ltr' | 'rtl'
  draft: boolean
  labels: PdfLabels
  report: {
    title: string
    subtitle: string | null
    year: number
    organisation: string | null
    organisationUrl: string | null
    licence: string | null
    cover: VImage | null
    /** YYYY, M, D of the bundle date (document date). */
    date: [number, number, number]
    dateDisplay: string
    version: string
    checksum: string
    fallbackLang: string | null
  }
  introduction: VBlock[]
  headline: VStat[]
  chart: { title: string; bars: { label: string; value: number; display: string }[] } | null
  chapters: VChapter[]
  credits: { alt: string; credit: string; licence: string | null }[]
  /** Every image to map into the workspace: workspace path → bundle path. */
  images: { src: string; path: string }[]
}

const LICENCES: Record<string, string> = {
  'all-rights-reserved': '©',
  'cc-by-4.0': 'CC BY 4.0',
  'cc-by-sa-4.0': 'CC BY-SA 4.0',
  'cc-by-nc-4.0': 'CC BY-NC 4.0',
  cc0: 'CC0',
  permission: '',
}

export interface BuildOptions {
  draft?: boolean
  /** Render only these chapters (slugs or ids); the preview uses it. */
  chapters?: string[]
}

export function buildViewModel(bundle: LocaleBundle, manifestInfo: ManifestInfo, opts: BuildOptions = {}): ViewModel {
  const labels = labelsFor(bundle.locale)
  const srcLabels = labelsFor(bundle.defaultLocale)
  const typo = LOCALE_TYPO[bundle.locale]
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]))
  const stats = byId(bundle.statistics)
  const testimonies = byId(bundle.testimonies)
  const defenders = byId(bundle.defenders)
  const orgs = byId(bundle.organisations)
  const media = byId(bundle.media)
  const fallbackOf = (collection: string, id: string) =>
    bundle.fallbacks.find((f) => f.collection === collection && f.id === id)
  const srcLang = bundle.defaultLocale
  const fbNote = (collection: string, id: string) => (fallbackOf(collection, id) ? labels.fallback : null)

  const images = new Map<string, string>() // bundle path → workspace src
  const image = (id: string | null): VImage | null => {
    if (!id) return null
    const m: Media | undefined = media.get(id)
    if (!m) throw new Error(`PDF: media ${id} is referenced but not in the bundle`)
    const file = m.files.print ?? m.files.web
    if (!file) return null
    const name = file.path.slice('media/'.length)
    if (!/^[0-9a-f]{64}\.(web|print)\.(jpg|png|webp)$/.test(name))
      throw new Error(`PDF: unexpected media path ${file.path}`)
    const src = `/media/${name}`
    images.set(file.path, src)
    return { src, alt: m.alt, credit: m.credit }
  }
  const orgName = (id: string | null): Organisation | null => (id ? (orgs.get(id) ?? null) : null)

  const inline = (n: InlineNode): VInline => {
    if (n.type === 'text') return { k: 't', s: n.text, m: n.marks }
    if (n.type === 'linebreak') return { k: 'br' }
    return { k: 'link', url: n.url, shown: n.url.replace(/^mailto:/i, ''), ch: n.children.map(inline) }
  }

  const stat = (s: Statistic): VStat => {
    const org = orgName(s.source.organisation)
    const source = [org?.name, s.source.title].filter(Boolean).join(', ')
    const parts = [`${labels.source}: ${source || '—'}`]
    if (s.periodDisplay) parts.push(s.periodDisplay)
    parts.push(`${labels.asOf} ${s.asOfDisplay}`)
    const fb = fallbackOf('statistics', s.id) ? ` ${labels.fallback}` : ''
    return {
      id: s.id,
      label: s.label,
      before: s.displayParts.before,
      value: s.displayParts.value,
      after: s.displayParts.after,
      display: s.display,
      number: s.value,
      unit: s.unit,
      note: parts.join(', ') + '.' + fb,
      url: s.source.url ?? org?.website ?? null,
    }
  }

  const testimony = (t: Testimony, excerpt: string | null): VTestimony => {
    const detail = [t.place, t.eventDateDisplay].filter(Boolean).join(', ')
    return {
      id: t.id,
      title: t.title,
      quote: excerpt ?? t.summary,
      attribution: t.publicName ?? labels.anonymous,
      detail: detail || null,
      warning: t.contentWarning,
      fallback: fbNote('testimonies', t.id),
      lang: fallbackOf('testimonies', t.id) ? srcLang : null,
      quoteOpen: (fallbackOf('testimonies', t.id) ? srcLabels : labels).quoteOpen,
      quoteClose: (fallbackOf('testimonies', t.id) ? srcLabels : labels).quoteClose,
    }
  }

  const defender = (d: Defender): VDefender => ({
    id: d.id,
    name: d.name,
    role: d.role,
    organisation: orgName(d.organisation)?.name ?? null,
    status: labels.status[d.status] ?? d.status,
    statusKey: d.status,
    since: d.statusSinceDisplay ? `${labels.since} ${d.statusSinceDisplay}` : labels.sinceUnknown,
    photo: image(d.photo),
    charges: d.charges,
    fallback: fbNote('defenders', d.id),
    lang: fallbackOf('defenders', d.id) ? srcLang : null,
  })

  const used = { testimonies: new Set<string>(), defenders: new Set<string>() }
  let headingLevel = 1
  const list = (l: ListNode): VBlock => ({
    k: 'list',
    ordered: l.ordered,
    items: l.items.map((it) => ({ ch: it.children.map(inline), lists: it.lists.map(list) })),
  })
  const block = (b: BlockNode): VBlock | null => {
    switch (b.type) {
      case 'paragraph':
        return { k: 'p', ch: b.children.map(inline) }
      case 'heading': {
        // PDF/UA forbids skipped levels (chapter title h1 → h3): clamp to one below the previous.
        const level = Math.min(b.level, headingLevel + 1)
        headingLevel = level
        return { k: 'h', level, ch: b.children.map(inline) }
      }
      case 'quote':
        return { k: 'quote', ch: b.children.map(inline) }
      case 'list':
        return list(b)
      case 'embed': {
        if (b.kind === 'statistic') {
          const s = stats.get(b.id)
          if (!s) throw new Error(`PDF: statistic ${b.id} is embedded but not in the bundle`)
          return { k: 'stat', ...stat(s) }
        }
        if (b.kind === 'testimony') {
          const t = testimonies.get(b.id)
          if (!t) throw new Error(`PDF: testimony ${b.id} is embedded but not in the bundle`)
          used.testimonies.add(t.id)
          return { k: 'testimony', ...testimony(t, b.excerpt) }
        }
        const d = defenders.get(b.id)
        if (!d) throw new Error(`PDF: defender ${b.id} is embedded but not in the bundle`)
        used.defenders.add(d.id)
        return { k: 'defender', ...defender(d) }
      }
      case 'video':
        return { k: 'video', title: b.title, url: b.url, caption: b.caption, poster: image(b.poster) }
      case 'callToAction':
        return { k: 'cta', label: b.label, url: b.url, kind: b.kind }
    }
  }
  const rich = (rt: RichText | null): VBlock[] => {
    headingLevel = 1 // each rich text starts under a level-1 heading (chapter, introduction)
    return rt ? rt.children.map(block).filter((x): x is VBlock => x !== null) : []
  }

  const regionNames = new Intl.DisplayNames([typo.region ? `${typo.lang}-${typo.region}` : typo.lang], {
    type: 'region',
  })
  const wanted = opts.chapters?.length ? new Set(opts.chapters) : null
  const chapters: VChapter[] = bundle.chapters
    .filter((c) => !wanted || wanted.has(c.slug) || wanted.has(c.id))
    .map((c: Chapter) => {
      used.testimonies.clear()
      used.defenders.clear()
      const blocks = rich(c.body)
      const fb = fallbackOf('chapters', c.id)
      return {
        id: c.id,
        title: c.title,
        kind: c.kind,
        country: c.country ? (regionNames.of(c.country) ?? c.country) : null,
        lead: c.lead,
        fallbackLang: fb && (fb.fields.includes('body') || fb.fields.includes('title')) ? srcLang : null,
        fallbackNote: fb ? labels.fallback : null,
        blocks,
        testimonies: c.testimonies
          .filter((id) => !used.testimonies.has(id))
          .map((id) => testimonies.get(id))
          .filter((t): t is Testimony => !!t)
          .map((t) => testimony(t, null)),
        defenders: c.defenders
          .filter((id) => !used.defenders.has(id))
          .map((id) => defenders.get(id))
          .filter((d): d is Defender => !!d)
          .map(defender),
        furtherReading: c.furtherReading.map((f) => ({
          title: f.title,
          url: f.url,
          kind: labels.kind[f.kind] ?? f.kind,
        })),
      }
    })

  // Headline figures: the report's headline statistics, in chapter order then id order.
  const order = new Map<string, number>()
  bundle.chapters.forEach((c, ci) =>
    c.headlineStatistics.forEach((id, si) => order.has(id) || order.set(id, ci * 1000 + si)),
  )
  const headline = bundle.statistics
    .filter((s) => s.headline)
    .sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9))
    .map(stat)

  // Chart: the first chapter with at least two statistics.
  let chart: ViewModel['chart'] = null
  for (const c of bundle.chapters) {
    const ids = new Set([
      ...c.headlineStatistics,
      ...bundle.statistics.filter((s) => s.chapter === c.id).map((s) => s.id),
    ])
    const ss = [...ids].map((id) => stats.get(id)).filter((s): s is Statistic => !!s)
    if (ss.length >= 2) {
      chart = {
        title: `${labels.chart}: ${c.title}`,
        bars: ss.sort((a, b) => b.value - a.value).map((s) => ({ label: s.label, value: s.value, display: s.display })),
      }
      break
    }
  }

  const org = orgName(bundle.report.organisation)
  const [y, mo, d] = bundle.generatedAt.slice(0, 10).split('-').map(Number) as [number, number, number]
  const cover = image(bundle.report.coverImage)
  const vm: ViewModel = {
    locale: bundle.locale,
    lang: typo.lang,
    region: typo.region ?? null,
    dir: bundle.dir,
    draft: !!opts.draft,
    labels,
    report: {
      title: bundle.report.title,
      subtitle: bundle.report.subtitle,
      year: bundle.report.year,
      organisation: org?.name ?? null,
      organisationUrl: org?.website ?? null,
      licence: bundle.report.licence,
      cover,
      date: [y, mo, d],
      dateDisplay: bundle.generatedAtDisplay,
      version: manifestInfo.version,
      checksum: manifestInfo.checksum,
      fallbackLang: fallbackOf('reports', bundle.report.id) ? srcLang : null,
    },
    introduction: rich(bundle.report.introduction),
    headline,
    chart,
    chapters,
    credits: [],
    images: [],
  }
  // Credits for every image actually printed.
  const printed = new Set(images.keys())
  vm.credits = bundle.media
    .filter((m) => (m.files.print && printed.has(m.files.print.path)) || (m.files.web && printed.has(m.files.web.path)))
    .filter((m) => m.credit)
    .map((m) => ({ alt: m.alt, credit: m.credit!, licence: m.licence ? LICENCES[m.licence] || null : null }))
  vm.images = [...images].map(([path, src]) => ({ path, src }))
  return vm
}
