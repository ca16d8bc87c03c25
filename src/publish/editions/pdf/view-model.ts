/**
 * Bundle → the view model the Typst template reads (as JSON data, never as markup).
 *
 * Everything the template needs is resolved here, in typed code: references to statistics,
 * testimonies, defenders and media; labels and the locale's punctuation; fallbacks; footnotes
 * (identical ones share a key); what is shown once and where. The template only lays out.
 * The rules (docs/pdf-design.md): a testimony without an excerpt is never a quotation; each
 * defender, video and reading appears once; only figures of one unit share a chart axis.
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
import { buildChart } from './chart'
import { LOCALE_TYPO, labelsFor, PDF_LABELS, type PdfLabels } from './labels'
import { Notes, vurl } from './notes'
import { hasCursive, initials, roleNamesOrganisation, withoutKindSuffix } from './text'
import type { VBlock, VChapter, VDefender, VImage, VInline, VStat, VTestimony, ViewModel } from './view-types'

export type * from './view-types'

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

const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]))

/** One bundle being turned into a view model: lookups, labels, the notes and images met so far. */
class Builder {
  readonly labels: PdfLabels
  readonly src: PdfLabels
  readonly notes = new Notes()
  /** bundle path → workspace src of every image printed. */
  readonly images = new Map<string, string>()
  private readonly stats: Map<string, Statistic>
  private readonly testimonies: Map<string, Testimony>
  private readonly defenders: Map<string, Defender>
  private readonly orgs: Map<string, Organisation>
  private readonly media: Map<string, Media>
  private headingLevel = 1
  /** Ids embedded in the chapter being built. */
  readonly used = { testimonies: new Set<string>(), defenders: new Set<string>() }

  constructor(readonly bundle: LocaleBundle) {
    this.labels = labelsFor(bundle.locale)
    this.src = labelsFor(bundle.defaultLocale)
    this.stats = byId(bundle.statistics)
    this.testimonies = byId(bundle.testimonies)
    this.defenders = byId(bundle.defenders)
    this.orgs = byId(bundle.organisations)
    this.media = byId(bundle.media)
  }

  fallbackOf(collection: string, id: string) {
    return this.bundle.fallbacks.find((f) => f.collection === collection && f.id === id)
  }
  org(id: string | null): Organisation | null {
    return id ? (this.orgs.get(id) ?? null) : null
  }

  image(id: string | null): VImage | null {
    if (!id) return null
    const m = this.media.get(id)
    if (!m) throw new Error(`PDF: media ${id} is referenced but not in the bundle`)
    const file = m.files.print ?? m.files.web
    if (!file) return null
    const name = file.path.slice('media/'.length)
    if (!/^[0-9a-f]{64}\.(web|print)\.(jpg|png|webp)$/.test(name))
      throw new Error(`PDF: unexpected media path ${file.path}`)
    const src = `/media/${name}`
    this.images.set(file.path, src)
    return { src, alt: m.alt, credit: m.credit }
  }

  /** "World Organisation Against Torture, OMCT annual report 2020". */
  sourceOf(s: Statistic): string {
    return [this.org(s.source.organisation)?.name, s.source.title].filter(Boolean).join(this.labels.punct.comma) || '—'
  }

  stat(s: Statistic): VStat {
    const { labels } = this
    const { colon, comma } = labels.punct
    const fb = this.fallbackOf('statistics', s.id) ? ` ${labels.fallback}` : ''
    const text = `${labels.source}${colon}${this.sourceOf(s)}${comma}${labels.asOf} ${s.asOfDisplay}.${fb}`
    const url = s.source.url ?? this.org(s.source.organisation)?.website ?? null
    return {
      id: s.id,
      label: s.label,
      before: s.displayParts.before,
      value: s.displayParts.value,
      after: s.displayParts.after,
      display: s.display,
      number: s.value,
      unit: s.unit,
      period: s.periodDisplay,
      note: this.notes.note(text, url),
    }
  }

  /** `excerpt`: the witness's words chosen by the editors; without them, the editors' summary. */
  testimony(t: Testimony, excerpt: string | null): VTestimony {
    const fb = !!this.fallbackOf('testimonies', t.id)
    const marks = fb ? this.src : this.labels
    const words = excerpt?.trim() ? excerpt.trim() : null
    const detail = [t.place, t.eventDateDisplay].filter(Boolean).join(marks.punct.comma)
    return {
      id: t.id,
      title: t.title,
      quote: words,
      summary: words ? null : t.summary.trim() || null,
      witness: t.publicName ?? marks.anonymous,
      detail: detail || null,
      warning: t.contentWarning ? `${marks.contentWarning}${marks.punct.colon}${t.contentWarning}` : null,
      fallback: fb ? this.labels.fallback : null,
      lang: fb ? this.bundle.defaultLocale : null,
      quoteOpen: marks.quoteOpen,
      quoteClose: marks.quoteClose,
    }
  }

  defender(d: Defender): VDefender {
    const { labels } = this
    const org = this.org(d.organisation)
    const photo = this.image(d.photo)
    const fb = !!this.fallbackOf('defenders', d.id)
    return {
      id: d.id,
      name: d.name,
      role: d.role,
      organisation: org && !roleNamesOrganisation(d.role, org, this.bundle.locale) ? org.name : null,
      status: labels.status[d.status] ?? d.status,
      statusKey: d.status,
      since: d.statusSinceDisplay ? `${labels.since} ${d.statusSinceDisplay}` : labels.sinceUnknown,
      photo,
      initials: photo ? null : initials(d.name, this.bundle.locale),
      charges: d.charges,
      fallback: fb ? labels.fallback : null,
      lang: fb ? this.bundle.defaultLocale : null,
    }
  }

  inline(n: InlineNode): VInline {
    if (n.type === 'text') return { k: 't', s: n.text, m: n.marks }
    if (n.type === 'linebreak') return { k: 'br' }
    return { k: 'link', url: n.url, ch: n.children.map((c) => this.inline(c)), note: this.notes.note('', n.url) }
  }

  private list(l: ListNode): VBlock {
    return {
      k: 'list',
      cursive: hasCursive(JSON.stringify(l)),
      ordered: l.ordered,
      items: l.items.map((it) => ({
        ch: it.children.map((c) => this.inline(c)),
        lists: it.lists.map((x) => this.list(x)),
      })),
    }
  }

  private embed(b: Extract<BlockNode, { type: 'embed' }>): VBlock {
    if (b.kind === 'statistic') {
      const s = this.stats.get(b.id)
      if (!s) throw new Error(`PDF: statistic ${b.id} is embedded but not in the bundle`)
      return { k: 'stat', ...this.stat(s) }
    }
    if (b.kind === 'testimony') {
      const t = this.testimonies.get(b.id)
      if (!t) throw new Error(`PDF: testimony ${b.id} is embedded but not in the bundle`)
      this.used.testimonies.add(t.id)
      return { k: 'testimony', ...this.testimony(t, b.excerpt) }
    }
    const d = this.defenders.get(b.id)
    if (!d) throw new Error(`PDF: defender ${b.id} is embedded but not in the bundle`)
    this.used.defenders.add(d.id)
    return { k: 'defenders', cards: [this.defender(d)] }
  }

  block(b: BlockNode): VBlock {
    switch (b.type) {
      case 'paragraph':
        return { k: 'p', ch: b.children.map((c) => this.inline(c)), cursive: hasCursive(JSON.stringify(b)) }
      case 'heading': {
        // PDF/UA forbids skipped levels (chapter title h1 → h3): clamp to one below the previous.
        const level = Math.min(b.level, this.headingLevel + 1)
        this.headingLevel = level
        if (level === 2) this.notes.section()
        return { k: 'h', level, ch: b.children.map((c) => this.inline(c)) }
      }
      case 'quote':
        return { k: 'quote', ch: b.children.map((c) => this.inline(c)), cursive: hasCursive(JSON.stringify(b)) }
      case 'list':
        return this.list(b)
      case 'embed':
        return this.embed(b)
      case 'video':
        return { k: 'video', title: b.title, url: vurl(b.url), caption: b.caption, poster: this.image(b.poster) }
      case 'callToAction':
        return { k: 'cta', label: b.label, url: vurl(b.url), kind: b.kind }
    }
  }

  /** A rich text's blocks; defender cards embedded one after another form one group. */
  rich(rt: RichText | null): VBlock[] {
    this.headingLevel = 1 // each rich text starts under a level-1 heading (chapter, introduction)
    this.notes.section() // …and so a new section of notes
    const out: VBlock[] = []
    for (const node of rt?.children ?? []) {
      const b = this.block(node)
      const last = out[out.length - 1]
      if (b.k === 'defenders' && last?.k === 'defenders') last.cards.push(...b.cards)
      else out.push(b)
    }
    return out
  }
}

/** Words a further-reading title may repeat in parentheses for its kind, in every locale. */
const kindWords = (kind: string): string[] => [
  kind,
  ...Object.values(PDF_LABELS).map((l) => l.kind[kind] ?? ''),
  ...(kind === 'briefing' ? ['موجز', 'brief'] : []),
]

function chapter(x: Builder, c: Chapter, regionNames: Intl.DisplayNames): VChapter {
  const { labels, bundle } = x
  x.used.testimonies.clear()
  x.used.defenders.clear()
  const blocks = x.rich(c.body)
  // Each defender once: those the body does not embed join its first group of cards, or, when it
  // embeds none, are shown after the body.
  const rest = c.defenders
    .filter((id) => !x.used.defenders.has(id))
    .map((id) => bundle.defenders.find((d) => d.id === id))
    .filter((d): d is Defender => !!d)
    .map((d) => x.defender(d))
  const group = blocks.find((b) => b.k === 'defenders')
  if (group?.k === 'defenders') group.cards.push(...rest)
  const videos = blocks.filter((b) => b.k === 'video')
  const fb = x.fallbackOf('chapters', c.id)
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    country: c.country ? (regionNames.of(c.country) ?? c.country) : null,
    lead: c.lead,
    fallbackLang: fb && (fb.fields.includes('body') || fb.fields.includes('title')) ? bundle.defaultLocale : null,
    fallbackNote: fb ? labels.fallback : null,
    blocks,
    testimonies: c.testimonies
      .filter((id) => !x.used.testimonies.has(id))
      .map((id) => bundle.testimonies.find((t) => t.id === id))
      .filter((t): t is Testimony => !!t)
      .map((t) => x.testimony(t, null)),
    defenders: group ? [] : rest,
    partners: c.partners
      .map((id) => x.org(id))
      .filter((o): o is Organisation => !!o)
      .map((o) => ({
        id: o.id,
        name: o.acronym && !o.name.includes(o.acronym) ? `${o.name} (${o.acronym})` : o.name,
        description: o.description,
        url: o.website ? vurl(o.website) : null,
      })),
    furtherReading: c.furtherReading
      .map((f) => ({ ...f, title: withoutKindSuffix(f.title, kindWords(f.kind), bundle.locale) }))
      // A video the chapter already shows is not listed again.
      .filter((f) => !(f.kind === 'video' && videos.some((v) => v.url.href === f.url || v.title === f.title)))
      .map((f) => ({ title: f.title, url: vurl(f.url), kind: labels.kind[f.kind] ?? f.kind })),
  }
}

function report(x: Builder, manifestInfo: ManifestInfo, countries: string[]): ViewModel['report'] {
  const { bundle, labels } = x
  const r = bundle.report
  const org = x.org(r.organisation)
  const [y, mo, d] = bundle.generatedAt.slice(0, 10).split('-').map(Number) as [number, number, number]
  const published = r.publicationDateDisplay
  return {
    title: r.title,
    subtitle: r.subtitle,
    year: r.year,
    showYear: !r.title.includes(String(r.year)),
    organisation: org?.name ?? null,
    organisationUrl: org?.website ? vurl(org.website) : null,
    licence: r.licence,
    cover: x.image(r.coverImage),
    date: [y, mo, d],
    coverDate: published
      ? `${labels.coverPublished} ${published}`
      : `${labels.coverApproved} ${bundle.generatedAtDisplay}`,
    dateRow: published
      ? { label: labels.publicationDate, value: published, note: null }
      : { label: labels.approvalDate, value: bundle.generatedAtDisplay, note: labels.approvalDateNote },
    keywords: [...new Set([...labels.keywords, ...countries, String(r.year)])],
    subject: r.subtitle ?? labels.subject,
    version: manifestInfo.version,
    checksum: manifestInfo.checksum,
    fallbackLang: x.fallbackOf('reports', r.id) ? bundle.defaultLocale : null,
  }
}

export function buildViewModel(bundle: LocaleBundle, manifestInfo: ManifestInfo, opts: BuildOptions = {}): ViewModel {
  const x = new Builder(bundle)
  const typo = LOCALE_TYPO[bundle.locale]
  const regionNames = new Intl.DisplayNames([typo.region ? `${typo.lang}-${typo.region}` : typo.lang], {
    type: 'region',
  })
  // Headline figures: the report's headline statistics, in chapter order then id order.
  const order = new Map<string, number>()
  bundle.chapters.forEach((c, ci) => {
    c.headlineStatistics.forEach((id, si) => {
      if (!order.has(id)) order.set(id, ci * 1000 + si)
    })
  })
  const headline = bundle.statistics
    .filter((s) => s.headline)
    .sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9))
    .map((s) => x.stat(s))
  const chart = buildChart({ bundle, labels: x.labels, sourceOf: (s) => x.sourceOf(s) })
  const introduction = x.rich(bundle.report.introduction)
  const wanted = opts.chapters?.length ? new Set(opts.chapters) : null
  const chapters = bundle.chapters
    .filter((c) => !wanted || wanted.has(c.slug) || wanted.has(c.id))
    .map((c) => chapter(x, c, regionNames))
  const countries = chapters.map((c) => c.country).filter((c): c is string => !!c)
  const vm: ViewModel = {
    locale: bundle.locale,
    lang: typo.lang,
    region: typo.region ?? null,
    dir: bundle.dir,
    draft: !!opts.draft,
    labels: x.labels,
    report: report(x, manifestInfo, countries),
    introduction,
    headline,
    chart,
    chapters,
    credits: [],
    images: [],
  }
  // Credits for every image actually printed.
  const printed = new Set(x.images.keys())
  vm.credits = bundle.media
    .filter((m) => (m.files.print && printed.has(m.files.print.path)) || (m.files.web && printed.has(m.files.web.path)))
    .filter((m) => m.credit)
    .map((m) => ({ alt: m.alt, credit: m.credit!, licence: m.licence ? LICENCES[m.licence] || null : null }))
  vm.images = [...x.images].map(([path, src]) => ({ path, src }))
  return vm
}
