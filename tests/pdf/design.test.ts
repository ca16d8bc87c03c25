/**
 * Issue 17, read off the typeset PDFs (poppler): what a reader sees. The view-model rules behind
 * them are in view-model.test.ts, the template's own in template.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDF_LABELS } from '../../src/publish/editions/pdf/labels'
import { pdfFileName, renderAll, renderPdf } from '../../src/publish/editions/pdf/render'
import type { LocaleBundle } from '../../src/publish/bundle/schema'
import {
  buildBundle,
  buildMedia,
  DEFENDER_NAMES,
  type FixtureMedia,
  type L,
  LOCALES,
  MANIFEST_INFO,
} from './fixtures/belarus'
import { bookmarks, hasTools, normalise, pageLines, pdfinfo, pdftext } from './pdf-tools'

let dir: string
let media: FixtureMedia
const bundles = new Map<L, LocaleBundle>()
const pages = new Map<L, number>()
const file = (l: L) => path.join(dir, pdfFileName(bundles.get(l)!))
const readMedia = (p: string) => media.files.get(p)!
const count = (text: string, s: string) => text.split(s).length - 1
const LATIN: L[] = ['en', 'fr', 'es', 'ru']

beforeAll(async () => {
  if (!hasTools()) throw new Error("The PDF tests need Debian's qpdf and poppler-utils")
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-design-'))
  media = await buildMedia()
  for (const l of LOCALES) bundles.set(l, buildBundle(l, media))
  const out = await renderAll({ bundles: [...bundles.values()], manifestInfo: MANIFEST_INFO, media: readMedia })
  for (const r of out) {
    fs.writeFileSync(file(r.locale as L), r.pdf)
    pages.set(r.locale as L, r.pages)
  }
})

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe.each(LATIN)('%s', (l) => {
  const L = PDF_LABELS[l]

  test('a summary is never printed as a quotation; the excerpt is', () => {
    const b = bundles.get(l)!
    const text = pdftext(file(l))
    for (const t of b.testimonies) {
      const start = normalise(t.summary).slice(0, 40)
      // Testimony 2 has no excerpt: its summary is printed, never in quotation marks; testimony
      // 1 is quoted (its excerpt), so its summary is not needed.
      if (t.id === '2') expect(text).toContain(start)
      expect(text).not.toContain(normalise(L.quoteOpen + start))
    }
    const excerpt = (
      b.chapters[1]!.body!.children.find((n) => n.type === 'embed' && n.id === '1') as { excerpt: string }
    ).excerpt
    expect(text).toContain(normalise(L.quoteOpen + excerpt.slice(0, 30)))
    expect(text).toContain(normalise(L.editorsSummary))
  })

  test('each defender once (before the colophon, whose image credits name the portraits)', () => {
    const n = pages.get(l)!
    const text = Array.from({ length: n - 1 }, (_, i) => pdftext(file(l), i + 1)).join(' ')
    for (const name of DEFENDER_NAMES[l]) expect([name, count(text, name)]).toEqual([name, 1])
  })

  test('identical sources: one note for all the figures of a page citing it', () => {
    const page = bookmarks(file(l)).find((m) => m.title === L.headlineFigures)!.page
    const text = pdftext(file(l), page)
    const s = bundles.get(l)!.statistics[0]!
    // Two counters cite the same source: one note (the chart's own sources line has no date).
    expect(count(text, normalise(`${L.asOf} ${s.asOfDisplay}`))).toBe(1)
    expect(count(text, normalise(`${L.source}${L.punct.colon}`))).toBe(2)
  })

  test('the video once; further reading does not repeat its kind in the title', () => {
    const b = bundles.get(l)!
    const video = b.chapters[1]!.body!.children.find((n) => n.type === 'video') as { title: string }
    const text = pdftext(file(l))
    expect(count(text, normalise(video.title))).toBe(1)
    expect(text).not.toContain(`${normalise(video.title)} (`)
  })

  test('a partners section from chapter.partners', () => {
    const b = bundles.get(l)!
    const text = pdftext(file(l))
    expect(text).toContain(normalise(L.partners))
    for (const id of b.chapters[2]!.partners)
      expect(text).toContain(normalise(b.organisations.find((o) => o.id === id)!.name))
  })

  test('the cover says the year once and the publication date, labelled', () => {
    const cover = pdftext(file(l), 1)
    expect(count(cover, '2020')).toBe(1)
    expect(cover).toContain(normalise(`${L.coverPublished} ${bundles.get(l)!.report.publicationDateDisplay}`))
  })

  test('PDF keywords and subject in the edition’s language', () => {
    const info = pdfinfo(file(l))
    for (const k of L.keywords) expect(info.Keywords).toContain(k)
    if (l !== 'en') expect(info.Keywords).not.toContain('human rights')
    expect(info.Subject).toBe(bundles.get(l)!.report.subtitle)
  })

  test('reading comfort: the running text sets 60–75 characters a line (Cyrillic: 52–70)', () => {
    const measure = 122 * (72 / 25.4)
    const full: number[] = []
    for (let p = 4; p <= 7; p++)
      for (const line of pageLines(file(l), p))
        if (Math.abs(line.xMax - line.xMin - measure) < 4) full.push([...line.text].length)
    expect(full.length).toBeGreaterThan(15)
    const median = full.sort((a, b) => a - b)[Math.floor(full.length / 2)]!
    const [lo, hi] = l === 'ru' ? [52, 70] : [60, 75]
    expect(median).toBeGreaterThanOrEqual(lo)
    expect(median).toBeLessThanOrEqual(hi)
  })
})

test('fr: the counters line up, though only one has a qualifier after its number “(estimation)”', () => {
  const page = bookmarks(file('fr')).find((m) => m.title === PDF_LABELS.fr.headlineFigures)!.page
  const lines = pageLines(file('fr'), page)
  const words = lines.flatMap((x) => x.words)
  expect(words.some((w) => w.text === '(estimation)')).toBe(true)
  const first = (s: string) => words.find((w) => w.text === s)!
  const labels = bundles
    .get('fr')!
    .statistics.filter((s) => s.headline)
    .map((s) => s.label.split(' ')[0]!)
  const tops = labels.map((w) => first(w).yMin)
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(0.5)
  const numbers = ['2', '6'].map((n) => words.find((w) => w.text.startsWith(n) && w.yMax - w.yMin > 20)!.yMin)
  expect(Math.abs(numbers[0]! - numbers[1]!)).toBeLessThan(0.5)
})

test('es: “fecha desconocida” stays on one line, on its own under the status badge', () => {
  let seen = 0
  for (let p = 1; p <= pages.get('es')!; p++)
    for (const line of pageLines(file('es'), p)) {
      const i = line.words.findIndex((w) => w.text === 'fecha')
      if (i < 0 || line.words[i + 1]?.text !== 'desconocida') continue
      seen++
      expect(line.text).toBe(PDF_LABELS.es.sinceUnknown)
    }
  expect(seen).toBe(6)
})

test('a long chapter with many identical notes converges (no layout warning) and prints each note once a section', async () => {
  const b = JSON.parse(JSON.stringify(bundles.get('en')!)) as LocaleBundle
  const words = 'torture detention protest rights defenders violence arrest accountability'.split(' ')
  const children: NonNullable<LocaleBundle['chapters'][0]['body']>['children'] = []
  for (let i = 0; i < 120; i++) {
    const text = Array.from({ length: 5 + ((i * 37) % 60) }, (_, k) => words[(i + k) % words.length]).join(' ')
    if (i % 30 === 0)
      children.push({
        type: 'heading',
        level: 2,
        children: [{ type: 'text', text: `Section ${i / 30 + 1}`, marks: [] }],
      })
    if (i % 3 === 0)
      children.push({
        type: 'paragraph',
        children: [
          { type: 'text', text: `${text} `, marks: [] },
          {
            type: 'link',
            url: `https://example.org/${i % 2}`,
            newTab: false,
            children: [{ type: 'text', text: 'link', marks: [] }],
          },
        ],
      })
    else if (i % 3 === 1) children.push({ type: 'embed', kind: 'statistic', id: String(1 + (i % 5)), excerpt: null })
    else children.push({ type: 'paragraph', children: [{ type: 'text', text, marks: [] }] })
  }
  b.chapters[0]!.body = { type: 'root', children }
  const f = path.join(dir, 'long.pdf')
  fs.writeFileSync(
    f,
    await renderPdf({ bundle: b, locale: 'en', manifestInfo: MANIFEST_INFO, media: readMedia, chapters: ['intro'] }),
  )
  const text = pdftext(f)
  // One note per source in each of the four sections (and the figures page's own).
  expect(count(text, 'https://example.org/0')).toBe(4)
  expect(count(text, 'https://example.org/1')).toBe(4)
  expect(count(text, normalise(`${PDF_LABELS.en.asOf} ${b.statistics[0]!.asOfDisplay}`))).toBe(1 + 4)
})

test('a short introduction shares its page with the year in figures', async () => {
  const b = JSON.parse(JSON.stringify(bundles.get('en')!)) as LocaleBundle
  b.report.introduction = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Two lines of introduction. '.repeat(6), marks: [] }] },
    ],
  }
  const f = path.join(dir, 'intro.pdf')
  fs.writeFileSync(f, await renderPdf({ bundle: b, locale: 'en', manifestInfo: MANIFEST_INFO, media: readMedia }))
  const marks = bookmarks(f)
  const page = (t: string) => marks.find((m) => m.title === t)!.page
  expect(page(PDF_LABELS.en.introduction)).toBe(page(PDF_LABELS.en.headlineFigures))
})
