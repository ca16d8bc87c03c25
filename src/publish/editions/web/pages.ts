/**
 * The pages of one locale: the front page, one page per chapter, the testimonies and the defenders
 * (each item with its own anchor), and the language chooser at web/index.html.
 */
import type { Chapter, RichText, Statistic } from '../../bundle/schema'
import { callToAction, defenderCard, frameHosts, picture, statFigure, testimonyEmbed, testimonyFull } from './blocks'
import { figuresSection } from './chart'
import { attrs, html, join, type Html } from './html'
import { LANG_TAG, LANGUAGE_NAMES } from './labels'
import { alternatesOf, page, type AssetPaths, type PageInput, type RenderedPage } from './layout'
import { jsonLdChapter, jsonLdCollection, jsonLdReport } from './jsonld'
import { pages, publisher, relUrl, type Ctx } from './model'
import { Notes } from './notes'
import { collectBlocks, richText } from './rich'

const plain = (rt: RichText | null): string =>
  (rt?.children ?? [])
    .flatMap((b) => ('children' in b ? (b.children as { type: string; text?: string }[]) : []))
    .map((n) => (n.type === 'text' ? n.text : n.type === 'link' ? '' : ' '))
    .join('')
    .trim()

/** Every video URL in the rich texts of a page (for its frame-src). */
const videoUrls = (...rts: (RichText | null)[]) => rts.flatMap((rt) => collectBlocks(rt, 'video').map((v) => v.url))

/** A chapter's figures: its headline figures in the editor's order, then the others by id. */
export function chapterStats(ctx: Ctx, c: Chapter): Statistic[] {
  const ids = [...c.headlineStatistics]
  for (const s of ctx.bundle.statistics) if (s.chapter === c.id && !ids.includes(s.id)) ids.push(s.id)
  return ids.map(ctx.stat)
}

/** The report's headline figures: in chapter order, then by id. */
export function headlineStats(ctx: Ctx): Statistic[] {
  const order = new Map<string, number>()
  ctx.bundle.chapters.forEach((c, ci) => {
    c.headlineStatistics.forEach((id, si) => {
      if (!order.has(id)) order.set(id, ci * 1000 + si)
    })
  })
  return ctx.bundle.statistics
    .filter((s) => s.headline)
    .sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9))
}

/** Support and sign-up links the chapters carry, once each (the front page's "Get involved"). */
function involvement(ctx: Ctx) {
  const seen = new Set<string>()
  return ctx.bundle.chapters
    .flatMap((c) => collectBlocks(c.body, 'callToAction'))
    .filter((a) => a.kind === 'support' || a.kind === 'signup' || a.kind === 'act')
    .filter((a) => !seen.has(`${a.url} ${a.label}`) && !!seen.add(`${a.url} ${a.label}`))
}

function partnersSection(ctx: Ctx, ids: string[], headingId: string): Html {
  const orgs = [...new Set(ids)].map((id) => ctx.org(id)).filter((o) => !!o)
  if (!orgs.length) return html``
  return html`<section class="partners" aria-labelledby="${headingId}">
<h2 id="${headingId}">${ctx.labels.partners}</h2>
<ul class="partner-list">${orgs.map(
    (o) =>
      html`<li${attrs({ lang: ctx.fallbackLang('organisations', o.id) })}><p class="partner-name">${o.website ? html`<a href="${o.website}">${o.name}</a>` : o.name}${o.acronym && o.acronym !== o.name ? html` <span class="acronym">(${o.acronym})</span>` : ''}</p>${o.description ? html`<p>${o.description}</p>` : ''}</li>`,
  )}</ul>
</section>`
}

function chapterKicker(ctx: Ctx, c: Chapter, n: number): string {
  const country = c.country
    ? (new Intl.DisplayNames([LANG_TAG[ctx.locale]], { type: 'region' }).of(c.country) ?? c.country)
    : null
  return [`${ctx.labels.chapter} ${n}`, country].filter(Boolean).join(' · ')
}

export function frontPage(ctx: Ctx, assets: AssetPaths): RenderedPage {
  const b = ctx.bundle
  const l = ctx.labels
  const ref = pages.front(ctx.locale)
  const notes = new Notes(ctx)
  const org = publisher(ctx)
  const cover = ctx.image(b.report.coverImage)
  const coverHtml =
    cover && b.report.coverImage
      ? picture(ctx, ref.dir, cover, ctx.media(b.report.coverImage).alt, {
          sizes: '(min-width: 60rem) 24rem, 100vw',
          eager: true,
          className: 'cover',
        })
      : ''
  const figures = headlineStats(ctx)
  const lang = ctx.fallbackLang('reports', b.report.id)
  const chapters = b.chapters.map(
    (c, i) => html`<li class="chapter-card"${attrs({ lang: ctx.fallbackLang('chapters', c.id) })}>
<p class="kicker">${chapterKicker(ctx, c, i + 1)}</p>
<h3><a href="${relUrl(ref.dir, pages.chapter(ctx.locale, c).dir)}">${c.title}</a></h3>
${c.lead ? html`<p>${c.lead}</p>` : ''}
</li>`,
  )
  const people = b.defenders.length
    ? html`<section class="people" aria-labelledby="people-title">
<h2 id="people-title">${l.defenders}</h2>
<div class="card-grid">${b.defenders.map((d) => defenderCard(ctx, ref.dir, d))}</div>
<p><a class="more" href="${relUrl(ref.dir, pages.defenders(ctx.locale).dir)}">${l.allDefenders}</a></p>
</section>`
    : ''
  const ctas = involvement(ctx)
  const main = html`<section class="hero"${attrs({ lang })}>
<div class="hero-text">
<p class="kicker">${[org?.name, String(b.report.year)].filter(Boolean).join(' · ')}</p>
<h1>${b.report.title}</h1>
${b.report.subtitle ? html`<p class="subtitle">${b.report.subtitle}</p>` : ''}
</div>
${coverHtml}
</section>
${
  figures.length
    ? html`<section class="headline" aria-labelledby="figures-title">
<h2 id="figures-title">${l.headlineFigures}</h2>
<div class="stat-grid">${figures.map((s) => statFigure(ctx, s, notes, { headline: true }))}</div>
</section>`
    : ''
}
${b.report.introduction ? html`<section class="intro prose"${attrs({ lang })} aria-label="${l.introduction}">${richText(ctx, b.report.introduction, { dir: ref.dir, notes, under: 1 })}</section>` : ''}
<section class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">${l.contents}</h2>
<ol class="chapter-list">${chapters}</ol>
</section>
${people}
${partnersSection(
  ctx,
  b.chapters.flatMap((c) => c.partners),
  'partners-title',
)}
${ctas.length ? html`<section class="involved" aria-labelledby="involved-title"><h2 id="involved-title">${l.involved}</h2>${ctas.map((a) => callToAction(a.label, a.url, a.kind))}</section>` : ''}
${notes.section()}`
  const p: PageInput = {
    page: ref,
    alternates: alternatesOf(ctx, (x) => pages.front(x)),
    title: b.report.subtitle ? `${b.report.title}: ${b.report.subtitle}` : b.report.title,
    description: b.report.subtitle || plain(b.report.introduction) || b.report.title,
    main,
    jsonLd: jsonLdReport(ctx, ref),
    frames: frameHosts(videoUrls(b.report.introduction)),
    ogType: 'website',
  }
  return { file: ref.file, html: page(ctx, p, assets) }
}

function furtherReading(ctx: Ctx, c: Chapter): Html {
  const videos = new Set(collectBlocks(c.body, 'video').map((v) => v.url))
  // The video of the chapter is already on the page: not listed again as reading.
  const items = c.furtherReading.filter((f) => !(f.kind === 'video' && videos.has(f.url)))
  if (!items.length) return html``
  const sep = ctx.locale === 'fr' ? '\u202f:' : ':'
  return html`<section class="reading" aria-labelledby="reading-title">
<h2 id="reading-title">${ctx.labels.furtherReading}</h2>
<ul>${items.map((f) => {
    const kind = ctx.labels.kind[f.kind] ?? f.kind
    // A title that already ends with "(briefing)" is not prefixed with "Briefing:" again.
    const named = f.title.toLowerCase().endsWith(`(${kind.toLowerCase()})`)
    return html`<li>${named ? '' : html`<span class="kind">${kind}${sep}</span> `}<a href="${f.url}" dir="auto">${f.title}</a></li>`
  })}</ul>
</section>`
}

function chapterNav(ctx: Ctx, c: Chapter, dir: string): Html {
  const cs = ctx.bundle.chapters
  const i = cs.findIndex((x) => x.id === c.id)
  const link = (x: Chapter | undefined, cls: string) =>
    x ? html`<a class="${cls}" href="${relUrl(dir, pages.chapter(ctx.locale, x).dir)}">${x.title}</a>` : ''
  if (cs.length < 2) return html``
  return html`<nav class="chapter-nav" aria-label="${ctx.labels.contents}">${link(cs[i - 1], 'prev')}${link(cs[i + 1], 'next')}</nav>`
}

export function chapterPage(ctx: Ctx, c: Chapter, n: number, assets: AssetPaths): RenderedPage {
  const l = ctx.labels
  const ref = pages.chapter(ctx.locale, c)
  const notes = new Notes(ctx)
  const shown = { testimonies: new Set<string>(), defenders: new Set<string>() }
  const lang = ctx.fallbackLang('chapters', c.id)
  const toc: { id: string; text: string }[] = []
  const body = richText(ctx, c.body, { dir: ref.dir, notes, under: 1, shown, toc })
  const testimonies = c.testimonies.filter((id) => !shown.testimonies.has(id)).map(ctx.testimony)
  const defenders = c.defenders.filter((id) => !shown.defenders.has(id)).map(ctx.defender)
  const stats = chapterStats(ctx, c)
  const reading = furtherReading(ctx, c)
  const partners = partnersSection(ctx, c.partners, 'partners-title')
  if (testimonies.length) toc.push({ id: 'testimonies-title', text: l.testimonies })
  if (defenders.length) toc.push({ id: 'defenders-title', text: l.defenders })
  if (stats.length) toc.push({ id: 'figures-title', text: l.inFigures })
  if (partners.value) toc.push({ id: 'partners-title', text: l.partners })
  if (reading.value) toc.push({ id: 'reading-title', text: l.furtherReading })
  const notesHtml = notes.section()
  if (notesHtml.value) toc.push({ id: 'notes-title', text: l.notes })
  const tocHtml =
    toc.length > 2
      ? html`<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title" class="toc-title">${l.onThisPage}</h2><ol>${toc.map((t) => html`<li><a href="#${t.id}">${t.text}</a></li>`)}</ol></nav>`
      : ''
  const main = html`<article class="chapter"${attrs({ lang })} aria-labelledby="chapter-title">
<header class="chapter-head">
<p class="kicker">${chapterKicker(ctx, c, n)}</p>
<h1 id="chapter-title">${c.title}</h1>
${c.lead ? html`<p class="lead">${c.lead}</p>` : ''}
${lang ? html`<p class="fallback-note" lang="${ctx.lang}">${l.fallback}</p>` : ''}
</header>
${tocHtml}
<div class="prose">${body}</div>
${
  testimonies.length
    ? html`<section class="more-testimonies" aria-labelledby="testimonies-title"><h2 id="testimonies-title">${l.testimonies}</h2>${testimonies.map((t) => testimonyEmbed(ctx, ref.dir, t, null))}</section>`
    : ''
}
${
  defenders.length
    ? html`<section class="people" aria-labelledby="defenders-title"><h2 id="defenders-title">${l.defenders}</h2><div class="card-grid">${defenders.map((d) => defenderCard(ctx, ref.dir, d))}</div></section>`
    : ''
}
${figuresSection(ctx, stats, 'figures-title')}
${partners}
${reading}
${notesHtml}
</article>
${chapterNav(ctx, c, ref.dir)}`
  const p: PageInput = {
    page: ref,
    alternates: alternatesOf(ctx, (x) => pages.chapter(x, c)),
    title: `${c.title} · ${ctx.bundle.report.title}`,
    description: c.lead ?? c.title,
    main,
    jsonLd: jsonLdChapter(ctx, c, ref),
    frames: frameHosts(videoUrls(c.body)),
    ogType: 'article',
  }
  return { file: ref.file, html: page(ctx, p, assets) }
}

export function testimoniesPage(ctx: Ctx, assets: AssetPaths): RenderedPage | null {
  const b = ctx.bundle
  if (!b.testimonies.length) return null
  const l = ctx.labels
  const ref = pages.testimonies(ctx.locale)
  const notes = new Notes(ctx)
  const items = b.testimonies.map((t) => {
    const imgs = t.media.map((id) => {
      const img = ctx.image(id)
      const m = ctx.media(id)
      return img
        ? html`<figure class="testimony-image">${picture(ctx, ref.dir, img, m.alt, { sizes: '(min-width: 48rem) 40rem, 100vw' })}${m.caption || m.credit ? html`<figcaption>${join([m.caption, m.credit], ' · ')}</figcaption>` : ''}</figure>`
        : html``
    })
    return testimonyFull(ctx, ref.dir, t, richText(ctx, t.body, { dir: ref.dir, notes, under: 2 }), join(imgs))
  })
  const main = html`<div class="listing">
<h1>${l.testimonies}</h1>
${items}
${notes.section()}
</div>`
  const p: PageInput = {
    page: ref,
    alternates: alternatesOf(ctx, (x) => pages.testimonies(x)),
    title: `${l.testimonies} · ${b.report.title}`,
    description: `${l.testimonies}: ${b.report.title}`,
    main,
    jsonLd: jsonLdCollection(ctx, ref, l.testimonies),
    frames: frameHosts(videoUrls(...b.testimonies.map((t) => t.body))),
    ogType: 'website',
  }
  return { file: ref.file, html: page(ctx, p, assets) }
}

/** web/index.html: the report's title in every language, each a link to its edition. */
export function rootPage(ctxs: Ctx[], assets: AssetPaths): RenderedPage {
  const ctx = ctxs.find((c) => c.locale === c.bundle.defaultLocale) ?? ctxs[0]!
  const ref = pages.root()
  const items = ctxs.map(
    (c) =>
      html`<li><a href="${relUrl(ref.dir, pages.front(c.locale).dir)}" lang="${c.lang}" dir="${c.dir}" hreflang="${c.lang}"><span class="root-title">${c.bundle.report.title}</span><span class="root-lang">${LANGUAGE_NAMES[c.locale]}</span></a></li>`,
  )
  const main = html`<div class="root">
<h1>${ctx.bundle.report.title}</h1>
<p>${ctxs.map((c) => html`<span lang="${c.lang}" dir="${c.dir}">${c.labels.chooseLanguage}</span>`).reduce((a, x) => html`${a}${a.value ? ' · ' : ''}${x}`, html``)}</p>
<ul class="root-list">${items}</ul>
</div>`
  const p: PageInput = {
    page: ref,
    alternates: alternatesOf(ctx, (x) => pages.front(x)),
    title: ctx.bundle.report.title,
    description: ctx.bundle.report.subtitle ?? ctx.bundle.report.title,
    main,
    jsonLd: jsonLdReport(ctx, pages.front(ctx.locale)),
    frames: [],
    ogType: 'website',
  }
  return { file: ref.file, html: page(ctx, p, assets) }
}
