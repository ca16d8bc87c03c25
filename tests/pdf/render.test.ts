/**
 * The PDF edition, checked from the outside with Debian's qpdf and poppler-utils: every locale of
 * the fixture report is rendered once (in parallel, as the pipeline does), then inspected.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDF_LABELS } from '../../src/publish/editions/pdf/labels'
import { pdfFileName, renderAll, renderPdf, type PdfResult } from '../../src/publish/editions/pdf/render'
import { LocaleBundleSchema, type LocaleBundle } from '../../src/publish/bundle/schema'
import {
  buildBundle,
  buildMedia,
  CHAPTER_TITLES,
  CONFIDENTIAL_MARKERS,
  DEFENDER_NAMES,
  displayValue,
  LOCALES,
  MANIFEST_INFO,
  type FixtureMedia,
  type L,
} from './fixtures/belarus'
import {
  bookmarks,
  catalogLang,
  hasTools,
  normalise,
  pdffonts,
  pdfinfo,
  pdfMeta,
  pdftext,
  qpdfCheck,
  rawText,
  tocNumbers,
  type Bookmark,
} from './pdf-tools'

let dir: string
let media: FixtureMedia
const bundles = new Map<L, LocaleBundle>()
const results = new Map<L, PdfResult>()
const file = (l: L) => path.join(dir, pdfFileName(bundles.get(l)!))
const readMedia = (p: string) => {
  const b = media.files.get(p)
  if (!b) throw new Error(`no such media ${p}`)
  return b
}

beforeAll(async () => {
  if (!hasTools())
    throw new Error("The PDF tests need Debian's qpdf and poppler-utils: apt-get install -y qpdf poppler-utils")
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-'))
  media = await buildMedia()
  for (const l of LOCALES) bundles.set(l, LocaleBundleSchema.parse(buildBundle(l, media)))
  const t0 = performance.now()
  const out = await renderAll({ bundles: [...bundles.values()], manifestInfo: MANIFEST_INFO, media: readMedia })
  const wall = performance.now() - t0
  for (const r of out) {
    results.set(r.locale as L, r)
    fs.writeFileSync(file(r.locale as L), r.pdf)
  }
  console.log(
    `renderAll: ${Math.round(wall)} ms wall for ${out.length} locales; ` +
      out.map((r) => `${r.locale} ${r.pages} p ${Math.round(r.ms)} ms`).join(', '),
  )
})

afterAll(() => {
  if (dir && !process.env.KEEP_PDF) fs.rmSync(dir, { recursive: true, force: true })
  else if (dir) console.log(`PDFs kept in ${dir}`)
})

describe.each(LOCALES)('%s edition', (l) => {
  test('qpdf --check passes', () => {
    const r = qpdfCheck(file(l))
    expect(r.output).toContain('No syntax or stream encoding errors')
    expect(r.ok).toBe(true)
  })

  test('pdfinfo: tagged, title, author, subject, page count; PDF/UA-1 in XMP; catalogue language', () => {
    const b = bundles.get(l)!
    const info = pdfinfo(file(l))
    expect(info.Tagged).toBe('yes')
    expect(info.Title).toBe(b.report.title)
    expect(info.Author).toBe(b.organisations.find((o) => o.id === b.report.organisation)!.name)
    expect(info.Subject).toBe(b.report.subtitle)
    expect(Number(info.Pages)).toBe(results.get(l)!.pages)
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(8)
    expect(info.CreationDate).toMatch(/Mar\s+1 \d\d:\d\d:\d\d 2021/)
    expect(pdfMeta(file(l))).toMatch(/pdfuaid:part[^0-9]*1/)
    expect(catalogLang(file(l), path.join(dir, `${l}.qdf.pdf`))).toMatch(new RegExp(`^${l}`))
  })

  test('pdffonts: only the embedded Noto fonts', () => {
    const fonts = pdffonts(file(l))
    expect(fonts.length).toBeGreaterThan(0)
    for (const f of fonts) {
      expect(f.emb).toBe(true)
      expect(f.name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans|NaskhArabic)/)
    }
  })

  test('text: headline figures formatted for the locale, chapter titles, defenders; no confidential markers', () => {
    const text = pdftext(file(l))
    for (const v of [2000, 30000, 6]) expect(text).toContain(normalise(displayValue(l, v)))
    for (const m of CONFIDENTIAL_MARKERS) expect(text).not.toContain(m)
    if (l === 'ar') {
      // poppler cannot extract Noto Naskh Arabic text reliably (Typst maps each component glyph of a
      // decomposed letter to the letter: typst/typst#4225); check the script-independent parts.
      expect(text).toContain(MANIFEST_INFO.checksum.slice(0, 32))
      expect(text).toContain('https://www.omct.org/en/')
      return
    }
    const b = bundles.get(l)!
    for (const c of b.chapters) expect(text).toContain(normalise(c.title))
    expect(text).toContain(normalise(CHAPTER_TITLES.belarus![l]))
    for (const name of DEFENDER_NAMES[l]) expect(text).toContain(name)
    expect(text).toContain(PDF_LABELS[l].contents)
    expect(text).toContain(MANIFEST_INFO.checksum.slice(0, 32))
  })

  test('bookmarks: only real headings, in order; the contents page lists the pages they point to', () => {
    const b = bundles.get(l)!
    const L = PDF_LABELS[l]
    const marks = bookmarks(file(l))
    expect(marks.map((m) => m.title)).toEqual([L.headlineFigures, ...b.chapters.map((c) => c.title), L.colophon])
    const flat = (ms: Bookmark[]): Bookmark[] => ms.flatMap((m) => [m, ...flat(m.kids)])
    const all = flat(marks)
    // Not the cover, the contents title, card names or testimony titles.
    const notHeadings = [
      b.report.title,
      L.contents,
      ...b.defenders.map((d) => d.name),
      ...b.testimonies.map((t) => t.title),
    ]
    for (const m of all) expect(notHeadings).not.toContain(m.title)
    // The chapter with body headings has them as its children (h2 → level 2).
    const belarus = marks.find((m) => m.title === b.chapters.find((c) => c.slug === 'belarus')!.title)!
    expect(belarus.kids.length).toBeGreaterThanOrEqual(2)
    // Contents (depth 2) lists exactly the bookmarks' pages, in order: works for every script.
    expect(tocNumbers(rawText(file(l), 2))).toEqual(all.map((m) => m.page))
    for (const m of all) expect(m.page).toBeGreaterThan(2)
  })

  test('contents: every chapter is on the page the table of contents says', () => {
    if (l === 'ar') return // see above: Arabic text extraction; the layout is the same code path
    const b = bundles.get(l)!
    const pages = results.get(l)!.pages
    const toc = pdftext(file(l), 2).replace(/(\s*\.){3,}\s*/g, ' … ')
    const texts = Array.from({ length: pages }, (_, i) => pdftext(file(l), i + 1))
    for (const c of b.chapters) {
      const title = normalise(c.title)
      const m = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} … (\\d+)`).exec(toc)
      expect(m).not.toBeNull()
      const listed = Number(m![1])
      // The first page after the contents where the title appears is where the chapter starts.
      const first = texts.findIndex((t, i) => i > 1 && t.includes(title)) + 1
      expect({ chapter: c.slug, page: first }).toEqual({ chapter: c.slug, page: listed })
      // ...and the printed page number on that page is the listed one.
      expect(texts[listed - 1]!.endsWith(String(listed))).toBe(true)
    }
  })
})

test('each result says what its compile cost: wall time, CPU time of all its threads, memory', () => {
  for (const r of results.values()) {
    expect(r.ms).toBeGreaterThan(0)
    expect(r.cpuMs).toBeGreaterThan(0)
    // A compile cannot use more CPU than its wall time on every core of the machine.
    expect(r.cpuMs).toBeLessThanOrEqual(r.ms * os.cpus().length + 50)
    expect(r.rss).toBeGreaterThan(10 * 1024 * 1024)
  }
})

test('es: a chapter published as an English fallback is shown in English and marked', () => {
  const text = pdftext(file('es'))
  expect(text).toContain(CHAPTER_TITLES.advocacy!.en)
  expect(text).toContain(PDF_LABELS.es.fallback)
})

test('a rebuild of the same bundle is byte-identical', async () => {
  const again = await renderPdf({
    bundle: bundles.get('fr')!,
    locale: 'fr',
    manifestInfo: MANIFEST_INFO,
    media: readMedia,
  })
  expect(again.equals(results.get('fr')!.pdf)).toBe(true)
})

test('PDF/A-2b on request', async () => {
  const pdf = await renderPdf({
    bundle: bundles.get('ru')!,
    locale: 'ru',
    manifestInfo: MANIFEST_INFO,
    media: readMedia,
    standard: 'a-2b',
  })
  const f = path.join(dir, 'ru.a2b.pdf')
  fs.writeFileSync(f, pdf)
  expect(qpdfCheck(f).ok).toBe(true)
  const meta = pdfMeta(f)
  expect(meta).toMatch(/pdfaid:part[^0-9]*2/)
  expect(meta).toMatch(/pdfaid:conformance[^A-Za-z]*B/)
})

test('draft: every page carries the DRAFT watermark', async () => {
  const pdf = await renderPdf({
    bundle: bundles.get('en')!,
    locale: 'en',
    manifestInfo: MANIFEST_INFO,
    media: readMedia,
    draft: true,
  })
  const f = path.join(dir, 'en.draft.pdf')
  fs.writeFileSync(f, pdf)
  const n = Number(pdfinfo(f).Pages)
  for (let p = 1; p <= n; p++) expect(pdftext(f, p)).toContain(`DRAFT · ${PDF_LABELS.en.draftNote}`)
})
