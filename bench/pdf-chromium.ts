/**
 * The Chromium + Paged.js baseline of issue 5, side by side with Typst, on the same content.
 *
 *   npx tsx bench/pdf-chromium.ts [--runs 3] [--chapters 60] [--only demo|large] [--locale ar] [--parallel-only|--no-parallel] [--no-typst] [--keep] [--json]
 *
 * Content: the same locale bundles as bench/pdf.ts (the demo report of tests/pdf/fixtures, and the
 * large edition made by repeating its country chapter `--chapters` times), turned into the same view
 * model Typst reads (src/publish/editions/pdf/view-model.ts), then into HTML (every string escaped: data,
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
 * - peak memory: resident set of the engine's process tree (Chromium: browser, zygote, GPU/utility
 *   and renderer processes; Typst: its worker processes), sampled every 100 ms from /proc. Summed
 *   RSS counts pages shared between processes once per process, so it overstates Chromium somewhat.
 * - pages counted with poppler's pdfinfo. Medians of `--runs` runs. Prints, does not assert.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { chromium, type Browser } from 'playwright-core'

import { FONT_FILES, fontPaths } from '../src/publish/editions/pdf/fonts'
import { renderAll, renderPdfDetailed, PdfWorkerPool } from '../src/publish/editions/pdf/render'
import {
  buildViewModel,
  type ManifestInfo,
  type VBlock,
  type VDefender,
  type VInline,
  type VStat,
  type VTestimony,
  type ViewModel,
} from '../src/publish/editions/pdf/view-model'
import { LocaleBundleSchema, type LocaleBundle } from '../src/publish/bundle/schema'
import { buildBundle, buildMedia, LOCALES, MANIFEST_INFO } from '../tests/pdf/fixtures/belarus'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
// pagedjs's "exports" hides its files: locate the package from its CommonJS entry (lib/index.cjs).
const PAGED_ROOT = path.resolve(path.dirname(require.resolve('pagedjs')), '..')
const PAGED_JS = path.join(PAGED_ROOT, 'dist', 'paged.polyfill.js')
const PAGED_VERSION = (
  JSON.parse(fs.readFileSync(path.join(PAGED_ROOT, 'package.json'), 'utf8')) as { version: string }
).version
const CSS = fs.readFileSync(path.join(here, 'html', 'report.css'), 'utf8')
const CSS_RTL = fs.readFileSync(path.join(here, 'html', 'report-rtl.css'), 'utf8')

export const CHROMIUM_PATH = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

// ---------- HTML ------------------------------------------------------------------------------

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Text and attribute values: everything from the bundle goes through this. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!)
/** Link targets: only web and mail links become hrefs. */
const href = (u: string) => (/^(https?:|mailto:)/i.test(u) ? esc(u) : '#')
const ltr = (s: string) => `<span class="ltr" dir="ltr">${esc(s)}</span>`
/** Text shown in another language (a fallback): its lang, and its direction (as Typst's `text(lang:)` does). */
const langAttr = (lang: string | null) => (lang ? ` lang="${esc(lang)}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"` : '')
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
  if (n.k === 'link')
    return `<a href="${href(n.url)}">${n.ch.map(inline).join('')}</a>${fn(ltr(n.note.url?.pieces.join('') ?? ''))}`
  let h = esc(n.s)
  const wrap: Record<string, string> = {
    bold: 'strong',
    italic: 'em',
    underline: 'u',
    strikethrough: 's',
    code: 'code',
    subscript: 'sub',
    superscript: 'sup',
  }
  for (const m of n.m) if (wrap[m]) h = `<${wrap[m]}>${h}</${wrap[m]}>`
  return h
}
const inlines = (xs: VInline[]) => xs.map(inline).join('')

const statNote = (s: VStat) => fn(esc(s.note.text) + (s.note.url ? ` ${ltr(s.note.url.href)}` : ''))
const part = (v: string, cls: string) => (v.trim() ? `<span class="${cls}">${esc(v.trim())}</span>` : '')

const stat = (s: VStat) =>
  `<div class="stat"><div class="num">${part(s.before, 'before')}<span class="value">${esc(s.value)}</span>${part(s.after, 'after')}</div>` +
  `<div class="label">${esc(s.label)}${statNote(s)}</div></div>`

const tile = (s: VStat) =>
  `<div class="tile"><div class="before">${esc(s.before)}</div><div class="value">${esc(s.value)}</div>` +
  `${s.after.trim() ? `<div class="after">${esc(s.after.trim())}</div>` : ''}<div class="label">${esc(s.label)}${statNote(s)}</div></div>`

const testimony = (t: VTestimony, vm: ViewModel) =>
  `<figure class="testimony"${langAttr(t.lang)} style="margin-inline:0"><div class="head"><span class="kicker">${esc(vm.labels.testimony)}</span>` +
  `${t.warning ? `<span class="cw">${esc(t.warning)}</span>` : ''}</div>` +
  (t.quote
    ? `<blockquote class="q" style="margin:4pt 0">${esc(t.quoteOpen + t.quote + t.quoteClose)}</blockquote>` +
      `<figcaption class="by">— <b>${esc(t.witness)}</b>${t.detail ? ` · ${esc(t.detail)}` : ''}</figcaption>`
    : `<b>${esc(t.title)}</b><p>${esc(t.summary ?? '')}</p>` +
      `<figcaption class="by">${esc(vm.labels.editorsSummary)} · ${esc(vm.labels.witness)} <b>${esc(t.witness)}</b>${t.detail ? ` · ${esc(t.detail)}` : ''}</figcaption>`) +
  `${t.fallback ? `<div class="note">${esc(t.fallback)}</div>` : ''}</figure>`

const img = (i: { src: string; alt: string } | null, cls = '') =>
  i ? `<img${cls ? ` class="${cls}"` : ''} src="${esc(i.src.replace(/^\//, ''))}" alt="${esc(i.alt)}">` : ''

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
const plain = (xs: VInline[]): string =>
  xs.map((n) => (n.k === 't' ? n.s : n.k === 'link' ? plain(n.ch) : ' ')).join('')

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
    case 'defenders':
      return `<div class="cards">${b.cards.map(defender).join('')}</div>`
    case 'video':
      return `<div class="video">${img(b.poster)}<span class="kicker">${esc(vm.labels.video)}</span><br><b>${esc(b.title)}</b>${b.caption ? `<br>${esc(b.caption)}` : ''}<br><a href="${href(b.url.href)}">${ltr(b.url.href)}</a></div>`
    case 'cta':
      return `<div class="cta"><span>${esc(b.label)}</span><a href="${href(b.url.href)}">${ltr(b.url.href)}</a></div>`
  }
}

function opener(
  vm: ViewModel,
  toc: Toc,
  title: string,
  o: { number?: number; lead?: string | null; fallback?: string | null; country?: string | null } = {},
) {
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
  if (vm.introduction.length)
    parts.push(
      `<section class="part"${dir}>${opener(vm, toc, L.introduction)}${vm.introduction.map((b) => block(b, vm, toc)).join('')}</section>`,
    )
  if (vm.headline.length || vm.chart) {
    let h = `<section class="part"${dir}>${opener(vm, toc, L.headlineFigures, { lead: L.headlineIntro })}`
    if (vm.headline.length) h += `<div class="headline">${vm.headline.map(tile).join('')}</div>`
    if (vm.chart) {
      h +=
        `<figure class="chart" style="margin-inline:0" role="img" aria-label="${esc(vm.chart.alt)}">` +
        `<span class="kicker" style="color:#1f4e5f">${esc(vm.chart.title)}</span>` +
        vm.chart.panels
          .map(
            (p) =>
              `<div class="bars"><b>${esc(p.unit)}</b>` +
              p.bars
                .map(
                  (b) =>
                    `<div class="l">${esc(b.label)}</div><div><div class="bar${b.share === 1 ? ' max' : ''}" style="width:${(Math.max(b.share, 0.006) * 100).toFixed(2)}%"></div></div><div class="d">${esc(b.display)}</div>`,
                )
                .join('') +
              '</div>',
          )
          .join('') +
        `<div class="small">${esc(vm.chart.sources)}</div></figure>`
    }
    parts.push(`${h}</section>`)
  }
  vm.chapters.forEach((ch, i) => {
    let h = `<section class="part"${ch.fallbackLang ? langAttr(ch.fallbackLang) : dir}>${opener(vm, toc, ch.title, { number: i + 1, lead: ch.lead, fallback: ch.fallbackNote })}`
    h += ch.blocks.map((b) => block(b, vm, toc)).join('')
    if (ch.testimonies.length)
      h += heading(toc, 2, esc(L.testimonies), L.testimonies) + ch.testimonies.map((t) => testimony(t, vm)).join('')
    if (ch.defenders.length)
      h +=
        heading(toc, 2, esc(L.defenders), L.defenders) +
        `<div class="cards">${ch.defenders.map(defender).join('')}</div>`
    if (ch.partners.length)
      h +=
        heading(toc, 2, esc(L.partners), L.partners) +
        ch.partners
          .map(
            (p) =>
              `<div class="reading"><div class="t">${esc(p.name)}</div>${p.description ? `<div>${esc(p.description)}</div>` : ''}${p.url ? `<div class="u">${ltr(p.url.href)}</div>` : ''}</div>`,
          )
          .join('')
    if (ch.furtherReading.length) {
      h += heading(toc, 2, esc(L.furtherReading), L.furtherReading)
      h += ch.furtherReading
        .map(
          (f) =>
            `<div class="reading"><span class="kicker">${esc(f.kind)}</span><div class="t"><a href="${href(f.url.href)}">${esc(f.title)}</a></div><div class="u">${ltr(f.url.href)}</div></div>`,
        )
        .join('')
    }
    parts.push(`${h}</section>`)
  })
  let colophon = `<section class="part colophon"${dir}>${opener(vm, toc, L.colophon)}<dl>`
  colophon += `<dt>${esc(L.publisher)}</dt><dd>${R.organisation ? `<b>${esc(R.organisation)}</b>` : ''}${R.organisationUrl ? `<br><a href="${href(R.organisationUrl.href)}">${ltr(R.organisationUrl.href)}</a>` : ''}</dd>`
  colophon += `<dt>${esc(L.version)}</dt><dd>${esc(R.version)}</dd><dt>${esc(R.dateRow.label)}</dt><dd>${esc(R.dateRow.value)}</dd>`
  if (R.licence) colophon += `<dt>${esc(L.licence)}</dt><dd>${esc(R.licence)}</dd>`
  colophon += `<dt>${esc(L.checksum)}</dt><dd class="sum">${ltr(R.checksum.slice(0, 32))}<br>${ltr(R.checksum.slice(32))}</dd></dl>`
  colophon += `<div class="small">${esc(L.checksumNote)}</div>`
  if (vm.credits.length) {
    colophon += `<div class="kicker country" style="margin-top:8mm">${esc(L.imageCredit)}</div><div class="credits">`
    colophon += vm.credits
      .map((c) => `<div>${esc(c.alt)} — ${esc(c.credit)}${c.licence ? ` (${esc(c.licence)})` : ''}</div>`)
      .join('')
    colophon += '</div>'
  }
  parts.push(`${colophon}</section>`)

  const cover =
    `<section class="cover"${dir}><span class="running-report">${esc(R.title)}</span><span class="running-org">${esc(R.organisation ?? '')}</span>` +
    `<div class="image">${img(R.cover)}</div><div class="band"></div><div class="text">` +
    `${R.organisation ? `<div class="org">${esc(R.organisation)}</div>` : ''}${R.showYear ? `<div class="year">${R.year}</div>` : ''}` +
    `<h1 class="title">${esc(R.title)}</h1>${R.subtitle ? `<div class="subtitle">${esc(R.subtitle)}</div>` : ''}` +
    `<div class="foot">${esc(R.coverDate)}  ·  ${esc(L.version)} ${esc(R.version)}</div></div></section>`

  const contents =
    `<nav class="toc"${dir}><span class="kicker country">${esc(R.title)}</span><h2>${esc(L.contents)}</h2><ol>` +
    toc.entries
      .map(
        (e) =>
          `<li class="l${e.level}"><a href="#${e.id}"><span class="t">${esc(e.title)}</span><span class="dots"></span></a></li>`,
      )
      .join('') +
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

export const launchChromium = () =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })

/**
 * Bundle → PDF through Chromium + Paged.js. Writes the HTML and its images into `dir` (file://
 * so that fonts, images and Paged.js load like a static site), opens it in a fresh browser context.
 */
export async function renderChromium(
  browser: Browser,
  bundle: LocaleBundle,
  manifestInfo: ManifestInfo,
  media: (p: string) => Buffer | Uint8Array,
  dir: string,
): Promise<Buffer> {
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
    await page.waitForFunction(() => (window as unknown as { __folioPages?: number }).__folioPages, null, {
      timeout: 15 * 60_000,
      polling: 50,
    })
    if (errors.length) throw new Error(`Chromium (${bundle.locale}): ${errors.join('; ')}`)
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
  } finally {
    await context.close()
  }
}

export const pdfPages = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN)

// ---------- measuring -----------------------------------------------------------------------------

interface Mem {
  /** Summed RSS of the Typst worker processes (node children), bytes. */
  typst: number
  /** Summed RSS of Chromium's processes (and its /usr/bin/chromium shell wrapper), bytes. */
  chromium: number
  chromiumProcs: number
}
const NO_MEM: Mem = { typst: 0, chromium: 0, chromiumProcs: 0 }
const maxMem = (a: Mem, b: Mem): Mem => ({
  typst: Math.max(a.typst, b.typst),
  chromium: Math.max(a.chromium, b.chromium),
  chromiumProcs: Math.max(a.chromiumProcs, b.chromiumProcs),
})

/** This process's descendants (pid → command name), from one scan of /proc. */
function descendants(): Map<number, string> {
  const parent = new Map<number, { ppid: number; comm: string }>()
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, 'utf8')
      const close = s.lastIndexOf(')')
      parent.set(Number(d), {
        ppid: Number(s.slice(close + 2).split(' ')[1]),
        comm: s.slice(s.indexOf('(') + 1, close),
      })
    } catch {
      /* exited meanwhile */
    }
  }
  const out = new Map<number, string>()
  const walk = (pid: number) => {
    for (const [c, p] of parent) {
      if (p.ppid !== pid) continue
      out.set(c, p.comm)
      walk(c)
    }
  }
  walk(process.pid)
  return out
}

/**
 * Peak resident memory of the engines' process trees. Cheap on purpose (the machine is shared and
 * the sampler must not compete with what it measures): /proc is scanned for new descendants every
 * second, and the known ones' statm read every 100 ms (under a millisecond). PSS from smaps_rollup
 * would split shared pages fairly but costs ~30 ms per Chromium process per read, so it is not
 * used: summed RSS counts pages shared between Chromium's processes once per process.
 */
class Sampler {
  peak: Mem = { ...NO_MEM }
  private procs = new Map<number, string>()
  private ticks = 0
  private timer = setInterval(() => this.sample(), 100)
  sample() {
    if (this.ticks++ % 10 === 0) this.procs = descendants()
    const now: Mem = { ...NO_MEM }
    for (const [pid, comm] of this.procs) {
      let rss: number
      try {
        rss = Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096
      } catch {
        this.procs.delete(pid)
        continue
      }
      if (comm === 'node') now.typst += rss
      else {
        now.chromium += rss
        now.chromiumProcs++
      }
    }
    this.peak = maxMem(this.peak, now)
  }
  /** Starts a new measurement (and rescans for processes). */
  reset() {
    this.peak = { ...NO_MEM }
    this.ticks = 0
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
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')

function enlarge(b: LocaleBundle, copies: number): LocaleBundle {
  // Same as bench/pdf.ts: the demo's country chapter repeated with distinct ids.
  const country = b.chapters.find((c) => c.slug === 'belarus')!
  const extra = Array.from({ length: copies }, (_, i) => ({
    ...country,
    id: `x${i}`,
    slug: `belarus-${i}`,
    order: 100 + i,
    title: `${country.title} (${i + 1})`,
  }))
  return { ...b, chapters: [...b.chapters, ...extra] }
}

interface Side {
  pages: number
  /** Median wall time, ms. */
  ms: number
  /** Peak summed RSS of the engine's processes, bytes. */
  rss: number
}
interface Row {
  scenario: string
  typst: Side | null
  chromium: Side
  /** os.loadavg() when the row was printed (1, 5, 15 min). */
  load: number[]
  /** Chromium, parallel only: median browser launch, ms (included in chromium.ms). */
  launchMs?: number
}

const rate = (s: Side) => Math.round((s.pages / s.ms) * 1000)
const side = (name: string, s: Side) =>
  `${name} ${String(s.pages).padStart(4)} p ${sec(s.ms).padStart(7)} ${String(rate(s)).padStart(4)} p/s  peak RSS ${mb(s.rss).padStart(7)}`

function printRow(r: Row) {
  const c = side('Chromium', r.chromium)
  const l = `load ${r.load.map((x) => x.toFixed(1)).join(' ')}`
  if (!r.typst) return console.log(`  ${r.scenario.padEnd(15)} ${c}   ${l}`)
  const ratio = `${(r.chromium.ms / r.typst.ms).toFixed(1)}×`
  console.log(`  ${r.scenario.padEnd(15)} ${side('Typst', r.typst)} │ ${c} │ Typst ${ratio.padStart(6)} faster │ ${l}`)
}

async function main() {
  const argv = process.argv.slice(2)
  const opt = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined)
  const COPIES = Number(opt('chapters') ?? 60)
  const RUNS = Math.max(1, Number(opt('runs') ?? 3))
  const withTypst = !argv.includes('--no-typst')
  const keep = argv.includes('--keep')
  const only = opt('only')
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-chromium-'))

  const media = await buildMedia()
  const read = (p: string) => media.files.get(p)!
  const sampler = new Sampler()
  const version = execFileSync(CHROMIUM_PATH, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()
  console.log(
    `Chromium + Paged.js baseline${withTypst ? ' vs Typst' : ''} · ${version} · pagedjs ${PAGED_VERSION} · ${os.cpus().length} cores · ` +
      `median of ${RUNS}${withTypst ? ', engines interleaved run by run' : ''} · load average (1/5/15 min) ${load()}`,
  )
  console.log(
    '  per locale: warm engine (Chromium: one launched browser, a fresh context per render; Typst: one worker process, cache evicted)',
  )
  console.log(
    '  parallel:   cold, all locales at once (Chromium: launch + one browser, one context per locale; Typst: renderAll, a worker per core)',
  )
  console.log("  memory:     peak of the engine's process tree sampled every 100 ms (RSS summed over its processes)")
  const rows: Row[] = []
  const sideOf = (pages: number, ms: number[], m: Mem, engine: 'typst' | 'chromium'): Side => ({
    pages,
    ms: median(ms),
    rss: engine === 'typst' ? m.typst : m.chromium,
  })
  try {
    for (const [name, copies] of (
      [
        ['demo', 0],
        ['large', COPIES],
      ] as const
    ).filter(([n]) => !only || n === only)) {
      const bundles = LOCALES.map((l) => enlarge(buildBundle(l, media), copies))
      const dir = path.join(out, name)
      const locales = argv.includes('--parallel-only')
        ? []
        : opt('locale')
          ? bundles.filter((b) => b.locale === opt('locale'))
          : bundles
      console.log(`${name} report${copies ? ` (demo + ${copies} copies of its country chapter)` : ''}:`)

      // One locale at a time, warm engines.
      const browser = locales.length ? await launchChromium() : undefined
      const pool = withTypst && locales.length ? new PdfWorkerPool(1) : undefined
      for (const b of locales) {
        const ms = { typst: [] as number[], chromium: [] as number[] }
        const pages = { typst: 0, chromium: 0 }
        let peakT: Mem = { ...NO_MEM }
        let peakC: Mem = { ...NO_MEM }
        for (let i = 0; i < RUNS; i++) {
          if (pool) {
            await pool.evict(0)
            sampler.reset()
            const t0 = performance.now()
            const r = await renderPdfDetailed(
              { bundle: b, locale: b.locale, manifestInfo: MANIFEST_INFO, media: read },
              pool,
            )
            ms.typst.push(performance.now() - t0)
            sampler.sample()
            pages.typst = r.pages
            peakT = maxMem(peakT, sampler.peak)
          }
          sampler.reset()
          const t0 = performance.now()
          const pdf = await renderChromium(browser!, b, MANIFEST_INFO, read, dir)
          ms.chromium.push(performance.now() - t0)
          sampler.sample()
          peakC = maxMem(peakC, sampler.peak)
          const file = path.join(dir, `${b.locale}.pdf`)
          fs.writeFileSync(file, pdf)
          pages.chromium = pdfPages(file)
        }
        const row: Row = {
          scenario: `${name} ${b.locale}`,
          typst: pool ? sideOf(pages.typst, ms.typst, peakT, 'typst') : null,
          chromium: sideOf(pages.chromium, ms.chromium, peakC, 'chromium'),
          load: os.loadavg(),
        }
        rows.push(row)
        printRow(row)
      }
      await pool?.close()
      await browser?.close()
      if (argv.includes('--no-parallel')) continue

      // All locales in parallel, cold engines.
      const ms = { typst: [] as number[], chromium: [] as number[] }
      const pages = { typst: 0, chromium: 0 }
      let peakT: Mem = { ...NO_MEM }
      let peakC: Mem = { ...NO_MEM }
      const launchMs: number[] = []
      for (let i = 0; i < RUNS; i++) {
        if (withTypst) {
          sampler.reset()
          const t0 = performance.now()
          const res = await renderAll({ bundles, manifestInfo: MANIFEST_INFO, media: read })
          ms.typst.push(performance.now() - t0)
          pages.typst = res.reduce((n, r) => n + r.pages, 0)
          peakT = maxMem(peakT, sampler.peak)
        }
        sampler.reset()
        const t0 = performance.now()
        const browser = await launchChromium()
        launchMs.push(performance.now() - t0)
        const pdfs = await Promise.all(
          bundles.map((b) => renderChromium(browser, b, MANIFEST_INFO, read, path.join(dir, 'parallel'))),
        )
        ms.chromium.push(performance.now() - t0)
        sampler.sample()
        peakC = maxMem(peakC, sampler.peak)
        await browser.close()
        pages.chromium = 0
        pdfs.forEach((pdf, k) => {
          const file = path.join(dir, 'parallel', `${bundles[k]!.locale}.pdf`)
          fs.writeFileSync(file, pdf)
          pages.chromium += pdfPages(file)
        })
      }
      const row: Row = {
        scenario: `${name} all ${bundles.length}`,
        typst: withTypst ? sideOf(pages.typst, ms.typst, peakT, 'typst') : null,
        chromium: sideOf(pages.chromium, ms.chromium, peakC, 'chromium'),
        load: os.loadavg(),
        launchMs: median(launchMs),
      }
      rows.push(row)
      printRow(row)
      console.log(
        `  (${name} all ${bundles.length}: Chromium time includes the browser launch, median ${sec(row.launchMs!)}; up to ${peakC.chromiumProcs} Chromium processes)`,
      )
    }
  } finally {
    sampler.stop()
    if (keep) console.log(`PDFs and HTML kept in ${out}`)
    else fs.rmSync(out, { recursive: true, force: true })
  }
  if (argv.includes('--json')) console.log(JSON.stringify(rows))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
