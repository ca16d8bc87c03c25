/**
 * The Chromium + Paged.js baseline of issue 5, side by side with Typst, on the same content.
 *
 *   npx tsx bench/pdf-chromium.ts [--runs 3] [--chapters 60] [--only demo|large] [--no-typst] [--keep] [--json]
 *
 * Content: the same locale bundles as bench/pdf.ts (the demo report of tests/pdf/fixtures, and the
 * large edition made by repeating its country chapter `--chapters` times), turned into the same view
 * model Typst reads (src/publish/pdf/view-model.ts), then into HTML (every string escaped: data,
 * never markup) styled by bench/html/report.css: cover, contents with page numbers
 * (`target-counter`), chapter openers, rich text, statistics, testimonies, defender cards,
 * footnotes (`float: footnote`), running headers and page numbers (`@page` margin boxes), the same
 * Noto TTF files, `dir="rtl"` for Arabic. Paged.js 0.4 paginates; Chromium prints
 * (`page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })`:
 * tagged with bookmarks, as Typst's PDF/UA output is).
 *
 * Protocol (the same for both engines, interleaved run by run so both see the same machine load):
 * - one locale at a time: a warm engine (Chromium: one launched browser, a fresh browser context per
 *   render; Typst: one worker process, cache evicted before each render), timed from the bundle to
 *   the PDF bytes;
 * - all locales in parallel: cold, timed from nothing to five PDFs (Chromium: launch one browser,
 *   one browser context per locale, i.e. one renderer process each, all five at once; Typst:
 *   renderAll, workers up to the core count);
 * - peak memory: resident set of the engine's process tree (Chromium: browser, GPU/utility and
 *   renderer processes; Typst: its worker processes), sampled every 50 ms from /proc. Summed RSS
 *   counts shared pages once per process, so it overstates Chromium a little.
 * - pages counted with poppler's pdfinfo. Medians of `--runs` runs. Prints, does not assert.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { chromium, type Browser } from 'playwright-core'

import { FONT_FILES, fontPaths } from '../src/publish/pdf/fonts'
import { renderAll, renderPdfDetailed, PdfWorkerPool } from '../src/publish/pdf/render'
import { buildViewModel, type ManifestInfo, type VBlock, type VDefender, type VInline, type VStat, type VTestimony, type ViewModel } from '../src/publish/pdf/view-model'
import { LocaleBundleSchema, type LocaleBundle } from '../src/publish/schema'
import { buildBundle, buildMedia, LOCALES, MANIFEST_INFO } from '../tests/pdf/fixtures/belarus'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
// pagedjs's "exports" hides its files: locate the package from its CommonJS entry (lib/index.cjs).
const PAGED_ROOT = path.resolve(path.dirname(require.resolve('pagedjs')), '..')
const PAGED_JS = path.join(PAGED_ROOT, 'dist', 'paged.polyfill.js')
const PAGED_VERSION = (JSON.parse(fs.readFileSync(path.join(PAGED_ROOT, 'package.json'), 'utf8')) as { version: string }).version
const CSS = fs.readFileSync(path.join(here, 'html', 'report.css'), 'utf8')
const CSS_RTL = fs.readFileSync(path.join(here, 'html', 'report-rtl.css'), 'utf8')

export const CHROMIUM_PATH = '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

// ---------- HTML ------------------------------------------------------------------------------

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Text and attribute values: everything from the bundle goes through this. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!)
/** Link targets: only web and mail links become hrefs. */
const href = (u: string) => (/^(https?:|mailto:)/i.test(u) ? esc(u) : '#')
const ltr = (s: string) => `<span class="ltr" dir="ltr">${esc(s)}</span>`
const langAttr = (lang: string | null) => (lang ? ` lang="${esc(lang)}"` : '')
const fn = (html: string) => `<span class="fn">${html}</span>`

const fontFaces = () => {
  const family = { serif: 'Noto Serif', sans: 'Noto Sans', arabic: 'Noto Naskh Arabic' } as const
  const paths = fontPaths()
  return FONT_FILES.map((f, i) => {
    const weight = /700Bold/.test(f.file) ? 700 : 400
    const style = /Italic/.test(f.file) ? 'italic' : 'normal'
    return `@font-face { font-family: '${family[f.role]}'; font-weight: ${weight}; font-style: ${style}; src: url('${pathToFileURL(paths[i]!).href}') format('truetype'); }`
  }).join('\n')
}

function inline(n: VInline): string {
  if (n.k === 'br') return '<br>'
  if (n.k === 'link') return `<a href="${href(n.url)}">${n.ch.map(inline).join('')}</a>${fn(ltr(n.shown))}`
  let h = esc(n.s)
  const wrap: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u', strikethrough: 's', code: 'code', subscript: 'sub', superscript: 'sup' }
  for (const m of n.m) if (wrap[m]) h = `<${wrap[m]}>${h}</${wrap[m]}>`
  return h
}
const inlines = (xs: VInline[]) => xs.map(inline).join('')

const statNote = (s: VStat) => fn(esc(s.note) + (s.url ? ` ${ltr(s.url)}` : ''))
const part = (v: string, cls: string) => (v.trim() ? `<span class="${cls}">${esc(v.trim())}</span>` : '')

const stat = (s: VStat) =>
  `<div class="stat"><div class="num">${part(s.before, 'before')}<span class="value">${esc(s.value)}</span>${part(s.after, 'after')}</div>` +
  `<div class="label">${esc(s.label)}${statNote(s)}</div></div>`

const tile = (s: VStat) =>
  `<div class="tile"><div class="before">${esc(s.before)}</div><div class="value">${esc(s.value)}</div>` +
  `${s.after.trim() ? `<div class="after">${esc(s.after.trim())}</div>` : ''}<div class="label">${esc(s.label)}${statNote(s)}</div></div>`

const testimony = (t: VTestimony, vm: ViewModel) =>
  `<figure class="testimony"${langAttr(t.lang)} style="margin-inline:0"><div class="head"><span class="kicker">${esc(vm.labels.testimony)}</span>` +
  `${t.warning ? `<span class="cw">${esc(vm.labels.contentWarning)}: ${esc(t.warning)}</span>` : ''}</div>` +
  `<blockquote class="q" style="margin:4pt 0">${esc(t.quoteOpen + t.quote + t.quoteClose)}</blockquote>` +
  `<figcaption class="by">— <b>${esc(t.attribution)}</b>${t.detail ? ` · ${esc(t.detail)}` : ''}</figcaption>` +
  `${t.fallback ? `<div class="note">${esc(t.fallback)}</div>` : ''}</figure>`

const img = (i: { src: string; alt: string } | null, cls = '') => (i ? `<img${cls ? ` class="${cls}"` : ''} src="${esc(i.src.replace(/^\//, ''))}" alt="${esc(i.alt)}">` : '')

const defender = (d: VDefender) =>
  `<div class="card"${langAttr(d.lang)}><div class="photo">${img(d.photo)}</div><div>` +
  `<span class="status">${esc(d.status)}</span><span class="since">${esc(d.since)}</span>` +
  `<div class="name">${esc(d.name)}</div><div class="meta">${d.role ? esc(d.role) : ''}${d.role && d.organisation ? '<br>' : ''}` +
  `${d.organisation ? `<span class="org">${esc(d.organisation)}</span>` : ''}${d.fallback ? `<br><i>${esc(d.fallback)}</i>` : ''}</div></div></div>`

interface Toc {
  entries: { level: 1 | 2; id: string; title: string }[]
}
const heading = (toc: Toc, level: 2 | 3 | 4, html: string, text: string) => {
  if (level !== 2) return `<h${level}>${html}</h${level}>`
  const id = `h${toc.entries.length}`
  toc.entries.push({ level: 2, id, title: text })
  return `<h2 id="${id}">${html}</h2>`
}
const plain = (xs: VInline[]): string => xs.map((n) => (n.k === 't' ? n.s : n.k === 'link' ? plain(n.ch) : ' ')).join('')

function block(b: VBlock, vm: ViewModel, toc: Toc): string {
  switch (b.k) {
    case 'p':
      return `<p>${inlines(b.ch)}</p>`
    case 'h':
      return heading(toc, Math.min(Math.max(b.level, 2), 4) as 2 | 3 | 4, inlines(b.ch), plain(b.ch))
    case 'list': {
      const tag = b.ordered ? 'ol class="rich"' : 'ul'
      return `<${tag}>${b.items.map((it) => `<li>${inlines(it.ch)}${it.lists.map((l) => block(l, vm, toc)).join('')}</li>`).join('')}</${tag.slice(0, 2)}>`
    }
    case 'quote':
      return `<blockquote class="quote">${inlines(b.ch)}</blockquote>`
    case 'stat':
      return stat(b)
    case 'testimony':
      return testimony(b, vm)
    case 'defender':
      return `<div class="rich-card">${defender(b)}</div>`
    case 'video':
      return `<div class="video">${img(b.poster)}<span class="kicker">${esc(vm.labels.video)}</span><br><b>${esc(b.title)}</b>${b.caption ? `<br>${esc(b.caption)}` : ''}<br><a href="${href(b.url)}">${ltr(b.url)}</a></div>`
    case 'cta':
      return `<div class="cta"><span>${esc(b.label)}</span><a href="${href(b.url)}">${ltr(b.url)}</a></div>`
  }
}

function opener(vm: ViewModel, toc: Toc, title: string, o: { number?: number; lead?: string | null; fallback?: string | null; country?: string | null } = {}) {
  const id = `h${toc.entries.length}`
  toc.entries.push({ level: 1, id, title })
  const kicker =
    o.number !== undefined
      ? `<span class="kicker">${esc(vm.labels.chapter)} ${o.number}</span>${o.country ? `<span class="kicker country">  ·  ${esc(o.country)}</span>` : ''}`
      : `<span class="kicker country">${esc(vm.report.title)}</span>`
  return (
    `<header class="opener">${kicker}<h1 id="${id}">${esc(title)}</h1><div class="rule"></div>` +
    `${o.lead ? `<div class="lead">${esc(o.lead)}</div>` : ''}${o.fallback ? `<div class="fallback">${esc(o.fallback)}</div>` : ''}</header>`
  )
}

/** The whole report as one HTML document (Paged.js and fonts referenced by file:// URL). */
export function renderHtml(vm: ViewModel): string {
  const L = vm.labels
  const R = vm.report
  const toc: Toc = { entries: [] }
  const parts: string[] = []
  // Paged.js paginates correctly only with an LTR root: `dir` goes on each top-level part (report-rtl.css).
  const rtl = vm.dir === 'rtl'
  const dir = ` dir="${vm.dir}"`
  if (vm.introduction.length) parts.push(`<section class="part"${dir}>${opener(vm, toc, L.introduction)}${vm.introduction.map((b) => block(b, vm, toc)).join('')}</section>`)
  if (vm.headline.length || vm.chart) {
    let h = `<section class="part"${dir}>${opener(vm, toc, L.headlineFigures, { lead: L.headlineIntro })}`
    if (vm.headline.length) h += `<div class="headline">${vm.headline.map(tile).join('')}</div>`
    if (vm.chart) {
      const mx = Math.max(...vm.chart.bars.map((b) => b.value))
      h +=
        `<figure class="chart" style="margin-inline:0" role="img" aria-label="${esc(vm.chart.title + ': ' + vm.chart.bars.map((b) => `${b.label} ${b.display}`).join('; '))}">` +
        `<span class="kicker" style="color:#1f4e5f">${esc(vm.chart.title)}</span><div class="bars">` +
        vm.chart.bars
          .map((b) => `<div class="l">${esc(b.label)}</div><div><div class="bar${b.value === mx ? ' max' : ''}" style="width:${(Math.max(b.value / mx, 0.006) * 100).toFixed(2)}%"></div></div><div class="d">${esc(b.display)}</div>`)
          .join('') +
        `</div></figure>`
    }
    parts.push(h + '</section>')
  }
  vm.chapters.forEach((ch, i) => {
    let h = `<section class="part"${dir}${langAttr(ch.fallbackLang)}>${opener(vm, toc, ch.title, { number: i + 1, lead: ch.lead, fallback: ch.fallbackNote, country: ch.country })}`
    h += ch.blocks.map((b) => block(b, vm, toc)).join('')
    if (ch.testimonies.length) h += heading(toc, 2, esc(L.testimonies), L.testimonies) + ch.testimonies.map((t) => testimony(t, vm)).join('')
    if (ch.defenders.length) h += heading(toc, 2, esc(L.defenders), L.defenders) + `<div class="cards">${ch.defenders.map(defender).join('')}</div>`
    if (ch.furtherReading.length) {
      h += heading(toc, 2, esc(L.furtherReading), L.furtherReading)
      h += ch.furtherReading
        .map((f) => `<div class="reading"><span class="kicker">${esc(f.kind)}</span><div class="t"><a href="${href(f.url)}">${esc(f.title)}</a></div><div class="u">${ltr(f.url)}</div></div>`)
        .join('')
    }
    parts.push(h + '</section>')
  })
  let colophon = `<section class="part colophon"${dir}>${opener(vm, toc, L.colophon)}<dl>`
  colophon += `<dt>${esc(L.publisher)}</dt><dd>${R.organisation ? `<b>${esc(R.organisation)}</b>` : ''}${R.organisationUrl ? `<br><a href="${href(R.organisationUrl)}">${ltr(R.organisationUrl)}</a>` : ''}</dd>`
  colophon += `<dt>${esc(L.version)}</dt><dd>${esc(R.version)}</dd><dt>${esc(L.date)}</dt><dd>${esc(R.dateDisplay)}</dd>`
  if (R.licence) colophon += `<dt>${esc(L.licence)}</dt><dd>${esc(R.licence)}</dd>`
  colophon += `<dt>${esc(L.checksum)}</dt><dd class="sum">${ltr(R.checksum.slice(0, 32))}<br>${ltr(R.checksum.slice(32))}</dd></dl>`
  colophon += `<div class="small">${esc(L.checksumNote)}</div>`
  if (vm.credits.length) {
    colophon += `<div class="kicker country" style="margin-top:8mm">${esc(L.imageCredit)}</div><div class="credits">`
    colophon += vm.credits.map((c) => `<div>${esc(c.alt)} — ${esc(c.credit)}${c.licence ? ` (${esc(c.licence)})` : ''}</div>`).join('')
    colophon += '</div>'
  }
  parts.push(colophon + '</section>')

  const cover =
    `<section class="cover"${dir}><span class="running-report">${esc(R.title)}</span><span class="running-org">${esc(R.organisation ?? '')}</span>` +
    `<div class="image">${img(R.cover)}</div><div class="band"></div><div class="text">` +
    `${R.organisation ? `<div class="org">${esc(R.organisation)}</div>` : ''}<div class="year">${R.year}</div>` +
    `<h1 class="title">${esc(R.title)}</h1>${R.subtitle ? `<div class="subtitle">${esc(R.subtitle)}</div>` : ''}` +
    `<div class="foot">${esc(R.dateDisplay)}  ·  ${esc(L.version)} ${esc(R.version)}</div></div></section>`

  const contents =
    `<nav class="toc"${dir}><span class="kicker country">${esc(R.title)}</span><h2>${esc(L.contents)}</h2><ol>` +
    toc.entries.map((e) => `<li class="l${e.level}"><a href="#${e.id}"><span class="t">${esc(e.title)}</span><span class="dots"></span></a></li>`).join('') +
    `</ol></nav>`

  return (
    `<!doctype html><html lang="${esc(vm.lang)}"${rtl ? ' class="rtl"' : ''}><head><meta charset="utf-8"><title>${esc(R.title)}</title>` +
    `<style>${fontFaces()}\n${CSS}${rtl ? `\n${CSS_RTL}` : ''}</style>` +
    `<script>window.PagedConfig = { auto: true, after: () => { window.__folioPages = document.querySelectorAll('.pagedjs_page').length } }</script>` +
    `<script src="${pathToFileURL(PAGED_JS).href}"></script>` +
    `</head><body>${cover}${contents}${parts.join('')}</body></html>`
  )
}

// ---------- rendering ---------------------------------------------------------------------------

export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })

/**
 * Bundle → PDF through Chromium + Paged.js. Writes the HTML and its images into `dir` (file://
 * so that fonts, images and Paged.js load like a static site), opens it in a fresh browser context.
 */
export async function renderChromium(browser: Browser, bundle: LocaleBundle, manifestInfo: ManifestInfo, media: (p: string) => Buffer | Uint8Array, dir: string): Promise<Buffer> {
  const vm = buildViewModel(LocaleBundleSchema.parse(bundle), manifestInfo)
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true })
  for (const i of vm.images) fs.writeFileSync(path.join(dir, i.src.replace(/^\//, '')), media(i.path))
  const file = path.join(dir, `${bundle.locale}.html`)
  fs.writeFileSync(file, renderHtml(vm))
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
    await page.waitForFunction(() => (window as unknown as { __folioPages?: number }).__folioPages, null, { timeout: 15 * 60_000, polling: 50 })
    if (errors.length) throw new Error(`Chromium (${bundle.locale}): ${errors.join('; ')}`)
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
  } finally {
    await context.close()
  }
}

export const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN)

// ---------- measuring -----------------------------------------------------------------------------

/** Resident memory of this process's descendants, split into node children (Typst workers) and the rest (Chromium). */
function treeRss(): { typst: number; chromium: number; chromiumProcs: number } {
  const parent = new Map<number, number>()
  const info = new Map<number, { comm: string; rss: number }>()
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, 'utf8')
      const close = s.lastIndexOf(')')
      const f = s.slice(close + 2).split(' ')
      parent.set(Number(d), Number(f[1]))
      info.set(Number(d), { comm: s.slice(s.indexOf('(') + 1, close), rss: Number(f[21]) * 4096 })
    } catch {
      /* exited meanwhile */
    }
  }
  const out = { typst: 0, chromium: 0, chromiumProcs: 0 }
  const walk = (pid: number) => {
    for (const [c, p] of parent) {
      if (p !== pid) continue
      const i = info.get(c)!
      if (i.comm === 'node') out.typst += i.rss
      else (out.chromium += i.rss), out.chromiumProcs++
      walk(c)
    }
  }
  walk(process.pid)
  return out
}

class Sampler {
  peak = { typst: 0, chromium: 0, chromiumProcs: 0 }
  private timer = setInterval(() => this.sample(), 50)
  sample() {
    const r = treeRss()
    this.peak.typst = Math.max(this.peak.typst, r.typst)
    this.peak.chromium = Math.max(this.peak.chromium, r.chromium)
    this.peak.chromiumProcs = Math.max(this.peak.chromiumProcs, r.chromiumProcs)
  }
  reset() {
    this.peak = { typst: 0, chromium: 0, chromiumProcs: 0 }
  }
  stop() {
    clearInterval(this.timer)
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const mb = (n: number) => (n ? `${Math.round(n / 1e6)} MB` : 'n/a')
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ')

function enlarge(b: LocaleBundle, copies: number): LocaleBundle {
  // Same as bench/pdf.ts: the demo's country chapter repeated with distinct ids.
  const country = b.chapters.find((c) => c.slug === 'belarus')!
  const extra = Array.from({ length: copies }, (_, i) => ({ ...country, id: `x${i}`, slug: `belarus-${i}`, order: 100 + i, title: `${country.title} (${i + 1})` }))
  return { ...b, chapters: [...b.chapters, ...extra] }
}

interface Row {
  what: string
  pages: { typst: number; chromium: number }
  ms: { typst: number; chromium: number }
  peak: { typst: number; chromium: number }
  load: string
}

function printRow(r: Row, typst: boolean) {
  const rate = (p: number, ms: number) => (ms ? Math.round((p / ms) * 1000) : 0)
  const c = `Chromium ${String(r.pages.chromium).padStart(4)} p ${sec(r.ms.chromium).padStart(8)} ${String(rate(r.pages.chromium, r.ms.chromium)).padStart(4)} p/s ${mb(r.peak.chromium).padStart(8)}`
  if (!typst) return console.log(`  ${r.what.padEnd(18)} ${c}   load ${r.load}`)
  const t = `Typst ${String(r.pages.typst).padStart(4)} p ${sec(r.ms.typst).padStart(7)} ${String(rate(r.pages.typst, r.ms.typst)).padStart(4)} p/s ${mb(r.peak.typst).padStart(7)}`
  const ratio = r.ms.typst ? `${(r.ms.chromium / r.ms.typst).toFixed(1)}×` : 'n/a'
  console.log(`  ${r.what.padEnd(18)} ${t} │ ${c} │ Typst ${ratio.padStart(6)} faster   load ${r.load}`)
}

async function main() {
  const arg = (name: string, def: number) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? Number(process.argv[i + 1]) : def
  }
  const COPIES = arg('chapters', 60)
  const RUNS = Math.max(1, arg('runs', 3))
  const withTypst = !process.argv.includes('--no-typst')
  const keep = process.argv.includes('--keep')
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-chromium-'))

  const media = await buildMedia()
  const read = (p: string) => media.files.get(p)!
  const sampler = new Sampler()
  const version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  console.log(
    `Chromium + Paged.js baseline${withTypst ? ' vs Typst' : ''} · ${version} · pagedjs ${PAGED_VERSION} · ${os.cpus().length} cores · ` +
      `median of ${RUNS}, engines interleaved · load average (1/5/15 min) ${load()}`,
  )
  console.log('  per locale: warm engine (Chromium: launched browser, fresh context per render; Typst: one worker, cache evicted)')
  console.log('  parallel:   cold, all 5 locales at once (Chromium: one browser, five contexts = five renderer processes; Typst: renderAll, one worker per core)')
  console.log('  memory:     sampled peak RSS of the engine\'s process tree (summed over processes)')
  const rows: Row[] = []
  try {
    const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
    for (const [name, copies] of ([['demo', 0], ['large', COPIES]] as const).filter(([n]) => !only || n === only)) {
      const bundles = LOCALES.map((l) => enlarge(buildBundle(l, media), copies))
      const dir = path.join(out, name)
      console.log(`${name} report${copies ? ` (${copies} extra chapters)` : ''}:`)
      const browser = await launchChromium()
      const pool = withTypst ? new PdfWorkerPool(1) : undefined
      for (const b of bundles) {
        const ms = { typst: [] as number[], chromium: [] as number[] }
        const pages = { typst: 0, chromium: 0 }
        const peak = { typst: 0, chromium: 0 }
        for (let i = 0; i < RUNS; i++) {
          if (pool) {
            await pool.evict(0)
            sampler.reset()
            const t0 = performance.now()
            const r = await renderPdfDetailed({ bundle: b, locale: b.locale, manifestInfo: MANIFEST_INFO, media: read }, pool)
            ms.typst.push(performance.now() - t0)
            sampler.sample()
            pages.typst = r.pages
            peak.typst = Math.max(peak.typst, sampler.peak.typst)
          }
          sampler.reset()
          const t0 = performance.now()
          const pdf = await renderChromium(browser, b, MANIFEST_INFO, read, dir)
          ms.chromium.push(performance.now() - t0)
          sampler.sample()
          peak.chromium = Math.max(peak.chromium, sampler.peak.chromium)
          const file = path.join(dir, `${b.locale}.pdf`)
          fs.writeFileSync(file, pdf)
          pages.chromium = pdfPages(file)
        }
        const row: Row = { what: b.locale, pages, ms: { typst: pool ? median(ms.typst) : 0, chromium: median(ms.chromium) }, peak, load: load() }
        rows.push({ ...row, what: `${name} ${b.locale}` })
        printRow(row, !!pool)
      }
      await pool?.close()
      await browser.close()

      // All locales in parallel, cold.
      const ms = { typst: [] as number[], chromium: [] as number[] }
      const pages = { typst: 0, chromium: 0 }
      const peak = { typst: 0, chromium: 0 }
      let launchMs: number[] = []
      let procs = 0
      for (let i = 0; i < RUNS; i++) {
        if (withTypst) {
          sampler.reset()
          const t0 = performance.now()
          const res = await renderAll({ bundles, manifestInfo: MANIFEST_INFO, media: read })
          ms.typst.push(performance.now() - t0)
          pages.typst = res.reduce((n, r) => n + r.pages, 0)
          peak.typst = Math.max(peak.typst, sampler.peak.typst)
        }
        sampler.reset()
        const t0 = performance.now()
        const browser = await launchChromium()
        launchMs.push(performance.now() - t0)
        const pdfs = await Promise.all(bundles.map((b) => renderChromium(browser, b, MANIFEST_INFO, read, path.join(dir, 'parallel', b.locale))))
        ms.chromium.push(performance.now() - t0)
        sampler.sample()
        peak.chromium = Math.max(peak.chromium, sampler.peak.chromium)
        procs = Math.max(procs, sampler.peak.chromiumProcs)
        await browser.close()
        pages.chromium = pdfs.reduce((n, pdf, k) => {
          const file = path.join(dir, 'parallel', `${bundles[k]!.locale}.pdf`)
          fs.writeFileSync(file, pdf)
          return n + pdfPages(file)
        }, 0)
      }
      const row: Row = { what: `all ${bundles.length} parallel`, pages, ms: { typst: withTypst ? median(ms.typst) : 0, chromium: median(ms.chromium) }, peak, load: load() }
      rows.push({ ...row, what: `${name} parallel` })
      printRow(row, withTypst)
      console.log(`  (Chromium parallel includes the browser launch, median ${sec(median(launchMs))}; up to ${procs} Chromium processes)`)
    }
  } finally {
    sampler.stop()
    if (!keep) fs.rmSync(out, { recursive: true, force: true })
    else console.log(`PDFs and HTML kept in ${out}`)
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
