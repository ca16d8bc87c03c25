/**
 * The web edition: the published bundle as a static, accessible website per locale.
 *
 *   const files = await buildWebEdition({ bundles, media, version, checksum, baseUrl })
 *   // Map of web/-relative path → bytes: index.html, en/index.html, en/<chapter>/index.html,
 *   // en/testimonies/index.html, en/defenders/index.html, assets/…, sitemap.xml
 *
 * A pure function of the locale bundles and the media files they name (plus the release's version,
 * checksum, public address and PDF files): no database, no clock, no network; the same input gives
 * the same bytes. It reads only what the public bundle holds, so drafts and confidential fields can
 * never reach a page. Wired into a release by stage.ts (`webEdition()`).
 */
import { sha256 } from '../../release/integrity'
import { LocaleBundleSchema, type BundleLocale, type LocaleBundle } from '../../bundle/schema'
import { visibleText } from './html'
import { processImages } from './images'
import { localeFonts } from './fonts'
import type { AssetPaths, RenderedPage } from './layout'
import { makeCtx, pages, publisher, type Ctx, type EditionInfo } from './model'
import { chapterPage, frontPage, rootPage, testimoniesPage } from './pages'
import { defendersPage } from './people'
import { script } from './script'
import { sitemap } from './sitemap'
import { socialImage } from './social'
import { stylesheet } from './styles'
import { LOCALE_CODES } from '../../../model/locales'

export interface WebEditionInput {
  /** One bundle per locale (content/<locale>.json), in any order. */
  bundles: LocaleBundle[]
  /** Bytes of a bundle file by its bundle-relative path ("media/<sha256>.print.jpg"). */
  media: (path: string) => Buffer | Uint8Array
  /** The bundle version printed in the footer ("DRAFT" for a preview). */
  version: string
  /** The data checksum printed in the footer (the manifest's contentChecksum). */
  checksum: string
  /** Public address of the web/ folder, e.g. "https://example.org/report/2020/" (null: relative URLs, no sitemap). */
  baseUrl?: string | null
  /** The PDF edition per locale, copied next to the pages and linked from the footer. */
  pdfs?: Partial<Record<BundleLocale, { name: string; bytes: Buffer }>>
  /** Draft preview: DRAFT banner and watermark, noindex. */
  draft?: boolean
}

const hashed = (stem: string, ext: string, bytes: Buffer | string) =>
  `assets/${stem}.${sha256(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).slice(0, 16)}.${ext}`

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#18222d"/><path d="M9 8h14v4H14v3h8v4h-8v5H9z" fill="#fff"/><rect x="9" y="26" width="14" height="2" fill="#b3262d"/></svg>\n`

function parseBundles(bundles: LocaleBundle[]): LocaleBundle[] {
  if (!bundles.length) throw new Error('Web edition: no locale bundle to build from')
  const seen = new Set<string>()
  return bundles
    .map((b) => {
      const parsed = LocaleBundleSchema.safeParse(b)
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`)
        throw new Error(`Web edition (${b?.locale ?? '?'}): the bundle does not match the schema: ${issues.join('; ')}`)
      }
      if (seen.has(parsed.data.locale)) throw new Error(`Web edition: two bundles for locale ${parsed.data.locale}`)
      seen.add(parsed.data.locale)
      return parsed.data
    })
    .sort((a, b) => LOCALE_CODES.indexOf(a.locale) - LOCALE_CODES.indexOf(b.locale))
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

const fontsToken = (l: string) => `assets/__folio-fonts-${l}__.css`

function renderLocale(ctx: Ctx, assets: AssetPaths): RenderedPage[] {
  const b = ctx.bundle
  return [
    frontPage(ctx, assets),
    ...b.chapters.map((c, i) => chapterPage(ctx, c, i + 1, assets)),
    testimoniesPage(ctx, assets),
    defendersPage(ctx, assets),
  ].filter((p): p is RenderedPage => p !== null)
}

export async function buildWebEdition(input: WebEditionInput): Promise<Map<string, Buffer>> {
  const bundles = parseBundles(input.bundles)
  const locales = bundles.map((b) => b.locale)
  const out = new Map<string, Buffer>()
  const images = await processImages(bundles, input.media, out)

  const css = stylesheet()
  const js = script()
  const assets: AssetPaths = {
    css: hashed('site', 'css', css),
    js: hashed('site', 'js', js),
    icon: hashed('icon', 'svg', ICON),
    fonts: {},
    social: {},
  }
  out.set(assets.css, Buffer.from(css))
  out.set(assets.js, Buffer.from(js))
  out.set(assets.icon, Buffer.from(ICON))

  const pdf: EditionInfo['pdf'] = {}
  for (const [l, p] of Object.entries(input.pdfs ?? {}) as [BundleLocale, { name: string; bytes: Buffer }][]) {
    if (!/^[\w.-]+\.pdf$/.test(p.name)) throw new Error(`Web edition: unexpected PDF name ${p.name}`)
    pdf[l] = `${pages.front(l).dir}${p.name}`
    out.set(pdf[l]!, p.bytes)
  }
  const info: EditionInfo = {
    version: input.version,
    checksum: input.checksum,
    baseUrl: input.baseUrl ? (input.baseUrl.endsWith('/') ? input.baseUrl : `${input.baseUrl}/`) : null,
    pdf,
  }
  const ctxs = bundles.map((bundle) => makeCtx({ bundle, locales, info, images, draft: input.draft }))

  for (const ctx of ctxs) {
    const coverFile = ctx.bundle.report.coverImage ? ctx.media(ctx.bundle.report.coverImage).files : null
    const coverPath = coverFile ? (coverFile.print ?? coverFile.web)?.path : null
    const cover = coverPath ? Buffer.from(input.media(coverPath)) : null
    const s = await socialImage(ctx.bundle, cover, publisher(ctx)?.name ?? null)
    out.set(s.path, s.bytes)
    assets.social[ctx.locale] = { path: s.path, width: s.width, height: s.height }
    assets.fonts[ctx.locale] = fontsToken(ctx.locale)
  }

  // Pages first (with a placeholder for each locale's font stylesheet), then the fonts, subset to
  // the text those pages show, then the placeholders replaced by the fonts' hashed names.
  const rendered = new Map<BundleLocale, RenderedPage[]>()
  for (const ctx of ctxs) {
    rendered.set(ctx.locale, renderLocale(ctx, assets))
    await tick() // a server running a publish answers between locales
  }
  const root = rootPage(ctxs, assets)
  const first = ctxs[0]!.locale
  for (const ctx of ctxs) {
    const list = rendered.get(ctx.locale)!
    const text = [...list, ...(ctx.locale === first ? [root] : [])].map((p) => visibleText(p.html)).join('\n')
    const fonts = await localeFonts(ctx.locale, text)
    for (const [p, bytes] of fonts.files) out.set(p, bytes)
    out.set(fonts.cssPath, Buffer.from(fonts.css))
    const token = fontsToken(ctx.locale).slice('assets/'.length)
    const real = fonts.cssPath.slice('assets/'.length)
    const pagesOf = ctx.locale === first ? [...list, root] : list
    const preload = (prefix: string) =>
      fonts.preload
        .map(
          (f) =>
            `\n<link rel="preload" href="${prefix}${f.slice('assets/'.length)}" as="font" type="font/woff2" crossorigin>`,
        )
        .join('')
    for (const p of pagesOf) {
      const withFonts = p.html
        .replaceAll(token, real)
        .replace(/<!--folio-preload:([./]*assets\/)-->/, (_m, prefix: string) => preload(prefix))
      out.set(p.file, Buffer.from(withFonts))
    }
  }
  if (info.baseUrl) out.set('sitemap.xml', Buffer.from(sitemap(ctxs, info.baseUrl)))
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export { WEB_LABELS, webLabelsFor } from './labels'
export type { EditionInfo } from './model'
