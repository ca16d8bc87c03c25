/**
 * The shell of every page: <head> (CSP, canonical, hreflang alternates, OpenGraph/Twitter, JSON-LD,
 * the hashed stylesheet and script), the header with the report's navigation and the language
 * switcher, and the footer (publisher, licence, edition, data checksum, PDF).
 */
import type { BundleLocale } from '../../bundle/schema'
import { attrs, html, raw, type Html } from './html'
import { LANG_TAG, LANGUAGE_NAMES, OG_LOCALE, intlTag } from './labels'
import { pages, publisher, relUrl, type Ctx, type PageRef } from './model'

/** web/-relative paths of the shared assets a page links. */
export interface AssetPaths {
  css: string
  js: string
  icon: string
  /** Per locale: the @font-face stylesheet (its fonts are subset for the locale). */
  fonts: Partial<Record<BundleLocale, string>>
  /** Per locale: the social image (1200×630 PNG). */
  social: Partial<Record<BundleLocale, { path: string; width: number; height: number }>>
}

export interface PageInput {
  page: PageRef
  /** The same page in every locale (language switcher, hreflang). */
  alternates: Partial<Record<BundleLocale, PageRef>>
  title: string
  description: string
  main: Html
  jsonLd: object
  /** Origins of video players the page may embed after a click (CSP frame-src). */
  frames: string[]
  ogType: 'website' | 'article'
}

export interface RenderedPage {
  file: string
  html: string
}

/** The same page in every published locale (null: that locale has no such page). */
export function alternatesOf(
  ctx: Ctx,
  make: (l: BundleLocale) => PageRef | null,
): Partial<Record<BundleLocale, PageRef>> {
  const out: Partial<Record<BundleLocale, PageRef>> = {}
  for (const l of ctx.locales) {
    const ref = make(l)
    if (ref) out[l] = ref
  }
  return out
}

/** The page's Content-Security-Policy: nothing but this site, and a player only once clicked. */
export function contentSecurityPolicy(frames: string[]): string {
  return [
    "default-src 'self'",
    "img-src 'self'",
    "style-src 'self'",
    "script-src 'self'",
    "font-src 'self'",
    `frame-src ${frames.length ? frames.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** Replaced, once the fonts are subset, by preload links for the locale's main faces (index.ts). */
export const preloadMarker = (assetsPrefix: string): string => `<!--folio-preload:${assetsPrefix}-->`

export const absolute = (ctx: Ctx, webPath: string): string | null =>
  ctx.info.baseUrl ? new URL(webPath, ctx.info.baseUrl).href : null

/** JSON inside <script type="application/ld+json">: `<` escaped so no text can close the element. */
const jsonForScript = (o: object): string => JSON.stringify(o).replace(/</g, '\\u003c')

function head(ctx: Ctx, p: PageInput, assets: AssetPaths): Html {
  const dir = p.page.dir
  const rel = (t: string) => relUrl(dir, t)
  const canonical = absolute(ctx, p.page.dir) ?? rel(p.page.dir)
  const social = assets.social[ctx.locale]
  const socialUrl = social ? (absolute(ctx, social.path) ?? rel(social.path)) : null
  const alternates = (Object.entries(p.alternates) as [BundleLocale, PageRef][]).map(
    ([l, ref]) =>
      html`<link rel="alternate" hreflang="${LANG_TAG[l]}" href="${absolute(ctx, ref.dir) ?? rel(ref.dir)}">`,
  )
  const en = p.alternates.en ?? p.alternates[ctx.bundle.defaultLocale]
  const xDefault = en
    ? html`<link rel="alternate" hreflang="x-default" href="${absolute(ctx, en.dir) ?? rel(en.dir)}">`
    : ''
  const ogAlt = ctx.locales
    .filter((l) => l !== ctx.locale)
    .map((l) => html`<meta property="og:locale:alternate" content="${OG_LOCALE[l]}">`)
  const fonts = assets.fonts[ctx.locale]
  const org = publisher(ctx)
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(p.frames)}">
<meta name="referrer" content="no-referrer">
${ctx.draft ? html`<meta name="robots" content="noindex, nofollow">\n` : ''}<title>${p.title}</title>
<meta name="description" content="${p.description}">
<link rel="canonical" href="${canonical}">
${alternates}${xDefault}
<link rel="icon" href="${rel(assets.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${rel(assets.css)}">
${fonts ? html`<link rel="stylesheet" href="${rel(fonts)}">${raw(preloadMarker(rel('assets/')))}` : ''}
<meta name="theme-color" content="#18222d">
<meta property="og:type" content="${p.ogType}">
<meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${OG_LOCALE[ctx.locale]}">
${ogAlt}${org ? html`<meta property="og:site_name" content="${org.name}">` : ''}
${
  social && socialUrl
    ? html`<meta property="og:image" content="${socialUrl}">
<meta property="og:image:width" content="${social.width}">
<meta property="og:image:height" content="${social.height}">
<meta property="og:image:alt" content="${ctx.bundle.report.title}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${socialUrl}">`
    : html`<meta name="twitter:card" content="summary">`
}
<meta name="twitter:title" content="${p.title}">
<meta name="twitter:description" content="${p.description}">
<script type="application/ld+json">${raw(jsonForScript(p.jsonLd))}</script>
<script src="${rel(assets.js)}" defer></script>
</head>`
}

function languageSwitcher(ctx: Ctx, p: PageInput): Html {
  const l = ctx.labels
  const items = (Object.entries(p.alternates) as [BundleLocale, PageRef][]).map(([loc, ref]) =>
    loc === ctx.locale
      ? html`<li><a href="${relUrl(p.page.dir, ref.dir)}" lang="${LANG_TAG[loc]}" aria-current="page">${LANGUAGE_NAMES[loc]}</a></li>`
      : html`<li><a href="${relUrl(p.page.dir, ref.dir)}" lang="${LANG_TAG[loc]}" hreflang="${LANG_TAG[loc]}">${LANGUAGE_NAMES[loc]}</a></li>`,
  )
  return html`<nav class="languages" aria-label="${l.language}">
<details class="lang-menu">
<summary><span class="lang-icon" aria-hidden="true"></span><span class="sr-only">${l.language}: </span>${LANGUAGE_NAMES[ctx.locale]}</summary>
<ul>${items}</ul>
</details>
</nav>`
}

function header(ctx: Ctx, p: PageInput): Html {
  const l = ctx.labels
  const b = ctx.bundle
  const dir = p.page.dir
  const org = publisher(ctx)
  const link = (ref: PageRef, text: string) =>
    ref.dir === dir
      ? html`<li><a href="${relUrl(dir, ref.dir)}" aria-current="page">${text}</a></li>`
      : html`<li><a href="${relUrl(dir, ref.dir)}">${text}</a></li>`
  const nav = [
    ...b.chapters.map((c) => link(pages.chapter(ctx.locale, c), c.title)),
    b.testimonies.length ? link(pages.testimonies(ctx.locale), l.testimonies) : '',
    b.defenders.length ? link(pages.defenders(ctx.locale), l.defenders) : '',
  ]
  return html`<header class="site-header">
<div class="bar">
<a class="brand" href="${relUrl(dir, pages.front(ctx.locale).dir)}">${org ? html`<span class="brand-org">${org.acronym ?? org.name}</span>` : ''}<span class="brand-title">${b.report.title}</span></a>
${languageSwitcher(ctx, p)}
</div>
<nav class="report-nav" aria-label="${l.contents}"><ul>${nav}</ul></nav>
</header>`
}

function footer(ctx: Ctx, p: PageInput): Html {
  const l = ctx.labels
  const b = ctx.bundle
  const org = publisher(ctx)
  const sep = ctx.locale === 'fr' ? '\u202f:' : ':'
  const pdf = ctx.info.pdf[ctx.locale]
  const row = (k: string, v: Html | string) => html`<div><dt>${k}${sep}</dt><dd>${v}</dd></div>`
  return html`<footer class="site-footer">
<div class="footer-inner">
<h2 class="footer-title">${l.aboutEdition}</h2>
<dl>
${org ? row(l.publisher, org.website ? html`<a href="${org.website}">${org.name}</a>` : org.name) : ''}
${b.report.licence ? row(l.licence, b.report.licence) : ''}
${row(l.version, html`<bdi>${ctx.info.version}</bdi> · ${l.approvedOn} ${b.generatedAtDisplay}`)}
${row(l.checksum, html`<code class="checksum" dir="ltr">${ctx.info.checksum}</code>`)}
</dl>
${pdf ? html`<p class="pdf-link"><a href="${relUrl(p.page.dir, pdf)}" type="application/pdf" download>${l.downloadPdf}</a></p>` : ''}
</div>
</footer>`
}

/** A whole page. */
export function page(ctx: Ctx, p: PageInput, assets: AssetPaths): string {
  const l = ctx.labels
  const draft = ctx.draft
    ? html`<div class="draft-banner" role="note"><strong>${l.draft}</strong> ${l.previewOnly}</div><div class="draft-mark" aria-hidden="true">${l.draft}</div>`
    : ''
  const doc = html`<!doctype html>
<html lang="${ctx.lang}" dir="${ctx.dir}"${attrs({ 'data-intl': intlTag(ctx.locale), class: draft ? 'is-draft' : null })}>
${head(ctx, p, assets)}
<body>
<a class="skip-link" href="#main">${l.skip}</a>
${draft}${header(ctx, p)}
<main id="main" tabindex="-1">
${p.main}
</main>
${footer(ctx, p)}
</body>
</html>
`
  return doc.value
}
