/**
 * Fuzzing the rich-text → bundle → PDF path (issue 7, "Bad input"): fast-check generates Lexical
 * documents (paragraphs, headings, lists, quotes, links, bold/italic text) full of extremely long
 * words and paragraphs, characters from every Unicode plane, bidi controls, zero-width characters,
 * combining marks and Typst/HTML metacharacters, and sends each through the real pipeline:
 * lexicalToPortable → a locale bundle (the PDF fixture report, with the generated text as a
 * chapter) → renderPdf.
 *
 * Properties:
 * - the converter finds no problem in a document made of supported nodes, and keeps every
 *   character of its text, in order;
 * - the Lexical JSON and the bundle JSON round-trip byte-identically (and the bundle schema leaves
 *   the bundle as it is);
 * - the render either succeeds and `qpdf --check` passes, or, when (and only when) the text holds
 *   a character none of the embedded fonts has a glyph for, fails before compiling with
 *   src/publish/editions/pdf/fonts.ts's documented error naming every such character (U+XXXX). Bidi
 *   embeddings/overrides U+202A–U+202E are refused that way too (the fonts have no glyph for them
 *   and fonts.ts only lets through U+200B–U+200F, U+2066–U+2069, U+FEFF, U+00AD, tab, CR, LF).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'

import { loadFonts } from '../../src/publish/editions/pdf/fonts'
import { PdfRenderError, PdfWorkerPool, renderPdfDetailed } from '../../src/publish/editions/pdf/render'
import { lexicalToPortable } from '../../src/publish/bundle/richtext'
import { LocaleBundleSchema, type LocaleBundle, type RichText } from '../../src/publish/bundle/schema'
import { heading, link, list, paragraph, quote, root, text } from '../../src/lexical/build'
import { buildBundle, buildMedia, MANIFEST_INFO, type FixtureMedia, type L } from './fixtures/belarus'
import { hasTools, qpdfCheck } from './pdf-tools'

const RUNS = Number(process.env.FOLIO_FUZZ_RUNS ?? 25)

let dir: string
let media: FixtureMedia
let workers: PdfWorkerPool
let covered: Set<number>

beforeAll(async () => {
  if (!hasTools())
    throw new Error("The PDF tests need Debian's qpdf and poppler-utils: apt-get install -y qpdf poppler-utils")
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-fuzz-'))
  media = await buildMedia()
  covered = loadFonts().covered
  workers = new PdfWorkerPool(1)
})
afterAll(async () => {
  await workers?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

// ---------- characters -------------------------------------------------------------------------

/** fonts.ts's rule for characters that are layout controls, not glyphs (restated, not imported: the test pins it). */
const isControl = (cp: number) =>
  cp === 0x0a ||
  cp === 0x0d ||
  cp === 0x09 ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2066 && cp <= 0x2069) ||
  cp === 0xfeff ||
  cp === 0x00ad
const printable = (cp: number) => covered.has(cp) || isControl(cp)

const cps = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const BIDI = [...cps(0x202a, 0x202e), ...cps(0x2066, 0x2069), 0x200e, 0x200f, 0x061c]
// U+FEFF is left out: see the known-bug test at the end of this file.
const ZERO_WIDTH = [0x200b, 0x200c, 0x200d, 0x2060, 0x00ad, 0xfeff]
const COMBINING = [
  ...cps(0x0300, 0x036f),
  ...cps(0x0483, 0x0489),
  ...cps(0x064b, 0x065f),
  0x0670,
  ...cps(0x1ab0, 0x1abe),
  ...cps(0x20d0, 0x20f0),
]
const META = '#$*_[]<>@\\`~{}"\'&;/=%^|-+:.()!?'.split('').map((c) => c.codePointAt(0)!)
const SCRIPTS = [
  ...cps(0x41, 0x5a),
  ...cps(0x61, 0x7a),
  ...cps(0xc0, 0x17f),
  ...cps(0x410, 0x44f),
  ...cps(0x621, 0x64a),
  ...cps(0x660, 0x669),
  0x20,
  0x20,
  0x20,
  0xa0,
]
/** One code point from every plane (0–16), assigned or not, never a surrogate. */
const anyPlane = fc
  .integer({ min: 0, max: 16 })
  .chain((plane) =>
    fc.integer({ min: plane * 0x10000, max: plane * 0x10000 + 0xffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff),
  )

/** Wild: anything; tame: only what the fonts print (so the render must succeed). */
const charArb = (wild: boolean) => (wild ? anyChar(true) : anyChar(false).filter((cp) => printable(cp)))
const anyChar = (wild: boolean) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...SCRIPTS) },
    { weight: 2, arbitrary: fc.constantFrom(...META) },
    { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
    { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
    { weight: 1, arbitrary: fc.constantFrom(...BIDI) },
    { weight: wild ? 2 : 0, arbitrary: anyPlane },
    { weight: wild ? 1 : 0, arbitrary: fc.integer({ min: 0, max: 0x1f }) },
  )

/** A string: ordinary runs, and now and then an extremely long word (no break opportunity). */
const stringArb = (wild: boolean, maxLength = 40) =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.array(charArb(wild), { minLength: 1, maxLength }).map((a) => String.fromCodePoint(...a)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('W', 'Ж', 'ب', '#', '_', '\u0301a', '\u202eЖ\u202c'),
          fc.integer({ min: 300, max: 3000 }),
        )
        .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length))),
    },
  )

// ---------- Lexical documents ------------------------------------------------------------------

type Node = Record<string, unknown>
type Mark = 'bold' | 'italic'

const markArb = fc.subarray<Mark>(['bold', 'italic'])
const textArb = (wild: boolean) => fc.tuple(stringArb(wild), markArb).map(([s, m]) => text(s, ...m))
const urlArb = fc
  .tuple(
    fc.constantFrom('https://example.org/', 'http://example.org/a?', 'mailto:someone@example.org?subject='),
    fc.array(fc.constantFrom(...'abc#$*_[]@\\<>%20'.split('')), { maxLength: 20 }),
  )
  .map(([base, p]) => base + p.join(''))
/** Inline content; the first run starts with a letter so no block is blank (blank blocks are trimmed by design). */
const inlinesArb = (wild: boolean) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: textArb(wild) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(urlArb, fc.array(textArb(wild), { minLength: 1, maxLength: 3 }))
            .map(([u, t]) => link(u, ...t)),
        },
      ),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .map((children) => [text('W'), ...children])
const blockArb = (wild: boolean): fc.Arbitrary<Node> =>
  fc.oneof(
    { weight: 4, arbitrary: inlinesArb(wild).map((c) => paragraph(...c)) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom<2 | 3 | 4>(2, 3, 4), inlinesArb(wild)).map(([l, c]) => heading(l, ...c)),
    },
    { weight: 1, arbitrary: inlinesArb(wild).map((c) => quote(...c)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom<'bullet' | 'number'>('bullet', 'number'),
          fc.array(inlinesArb(wild), { minLength: 1, maxLength: 4 }),
        )
        .map(([k, items]) => list(k, items)),
    },
    // One very long paragraph of ordinary words.
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 200, max: 1500 })
        .map((n) => paragraph(text(Array.from({ length: n }, (_, i) => `word${i % 97}`).join(' ')))),
    },
  )

/** `wild`: may hold characters no font covers (then the render must refuse them clearly). */
const caseArb = fc.boolean().chain((wild) =>
  fc.record({
    wild: fc.constant(wild),
    locale: fc.constantFrom<L>('en', 'fr', 'ru', 'ar'),
    doc: fc.array(blockArb(wild), { minLength: 1, maxLength: 6 }).map((blocks) => root(...blocks)),
    title: stringArb(wild, 30).map((s) => `T${s}`),
    lead: stringArb(wild, 80),
  }),
)

// ---------- helpers ----------------------------------------------------------------------------

/** Every text leaf of a Lexical document, in order. */
const lexicalText = (n: unknown): string =>
  Array.isArray(n)
    ? n.map(lexicalText).join('')
    : n && typeof n === 'object'
      ? typeof (n as Node).text === 'string'
        ? ((n as Node).text as string)
        : Object.values(n as Node)
            .map(lexicalText)
            .join('')
      : ''
/** Every text leaf of a portable tree, in order. */
const portableText = lexicalText

const stableStringify = (v: unknown) => JSON.stringify(v)

function bundleWith(locale: L, body: RichText, title: string, lead: string): LocaleBundle {
  const bundle = buildBundle(locale, media)
  const intro = bundle.chapters.find((c) => c.slug === 'intro')!
  Object.assign(intro, { title, lead, body })
  return bundle
}

const readMedia = (p: string) => {
  const b = media.files.get(p)
  if (!b) throw new Error(`no such media ${p}`)
  return b
}

// ---------- the property -----------------------------------------------------------------------

test(`generated rich text goes through lexicalToPortable → bundle → PDF (${RUNS} runs)`, async () => {
  const stats = { rendered: 0, refused: 0, pages: 0, ms: 0 }
  let n = 0
  await fc.assert(
    fc.asyncProperty(caseArb, async ({ wild, locale, doc, title, lead }) => {
      // Lexical JSON round-trips byte-identically.
      const lexicalJson = stableStringify(doc)
      expect(stableStringify(JSON.parse(lexicalJson))).toBe(lexicalJson)

      // The converter accepts it, losing no character.
      const { tree, problems } = lexicalToPortable(JSON.parse(lexicalJson), 'body')
      expect(problems).toEqual([])
      expect(tree).not.toBeNull()
      expect(portableText(tree)).toBe(lexicalText(doc))

      // The bundle round-trips byte-identically, and the schema leaves it as it is.
      const bundle = bundleWith(locale, tree!, title, lead)
      const bundleJson = stableStringify(bundle)
      const reparsed = JSON.parse(bundleJson) as LocaleBundle
      expect(stableStringify(reparsed)).toBe(bundleJson)
      expect(stableStringify(LocaleBundleSchema.parse(reparsed))).toBe(bundleJson)

      // Characters the fonts cannot print: the render must refuse exactly these, naming them.
      const unprintable = new Set<number>()
      for (const ch of lexicalText(doc) + title + lead)
        if (!printable(ch.codePointAt(0)!)) unprintable.add(ch.codePointAt(0)!)

      if (!wild) expect([...unprintable]).toEqual([]) // the generator's own promise

      let result: Awaited<ReturnType<typeof renderPdfDetailed>> | undefined
      let error: unknown
      try {
        result = await renderPdfDetailed(
          { bundle: reparsed, locale, manifestInfo: MANIFEST_INFO, media: readMedia, chapters: ['intro'] },
          workers,
        )
      } catch (e) {
        error = e
      }
      if (unprintable.size) {
        expect(error).toBeInstanceOf(PdfRenderError)
        const message = (error as Error).message
        expect(message).toMatch(/have no glyph in the embedded fonts/)
        for (const cp of unprintable) expect(message).toContain(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`)
        stats.refused++
        return
      }
      if (error) throw error
      const file = path.join(dir, `fuzz-${n++}.pdf`)
      fs.writeFileSync(file, result!.pdf)
      const check = qpdfCheck(file)
      expect({ ok: check.ok, output: check.ok ? '' : check.output }).toEqual({ ok: true, output: '' })
      expect(result!.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      stats.rendered++
      stats.pages += result!.pages
      stats.ms += result!.ms
      fs.rmSync(file)
    }),
    {
      numRuns: RUNS,
      seed: process.env.FOLIO_FUZZ_SEED ? Number(process.env.FOLIO_FUZZ_SEED) : undefined,
      endOnFailure: true,
    },
  )
  console.log(
    `fuzz: ${stats.rendered} rendered (${stats.pages} pages, ${Math.round(stats.ms)} ms compile), ${stats.refused} refused with the missing-glyph error`,
  )
  // Both outcomes were exercised (fast-check's boolean is fair; 25 runs make either side all but certain).
  expect(stats.rendered).toBeGreaterThan(0)
  expect(stats.refused).toBeGreaterThan(0)
}, 300_000)

/**
 * Found by this fuzz test: U+FEFF (zero-width no-break space / byte order mark, common in text
 * pasted from files) made Typst's PDF/UA-1 export fail with an opaque message. The renderer now
 * drops it from every string (it has no visible form), so such text renders.
 */
test('U+FEFF in body text is dropped and the page renders', async () => {
  const bundle = bundleWith(
    'en',
    { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'A\ufeffB', marks: [] }] }] },
    'Title',
    'Lead',
  )
  const r = await renderPdfDetailed(
    { bundle, locale: 'en', manifestInfo: MANIFEST_INFO, media: readMedia, chapters: ['intro'] },
    workers,
  )
  expect(Buffer.from(r.pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
}, 60_000)

/**
 * Found by this fuzz test, each making Typst's PDF/UA-1 tagging fail with "internal error:
 * expected link ancestor in logical tree" (src/compat: typst-open-bidi-embedding-link,
 * typst-rtl-soft-hyphen-link):
 * - seeds 992388494 and -256284305: a link whose text opens a bidi embedding or override
 *   (U+202A-U+202E) without closing it, followed by its footnote. The renderer closes embeddings
 *   and isolates at the end of each string (text.ts typesettable). Both inputs as fast-check
 *   printed them (smaller variants render even without the fix).
 * - seed 971437126: in the Arabic edition, a line broken at a soft hyphen inside a word mixing
 *   Latin and Arabic letters, in a paragraph with a link. Right-to-left editions drop soft hyphens
 *   (typesettable's `rtl`). The input as printed, and shrunk to what still failed.
 */
test.each([
  ['fuzz-992388494.json', ['http://example.org/a?#@$\\]%#_', 'https://example.org/\\[b@<_a_']],
  ['fuzz-m256284305.json', ['https://example.org/@0*<a', 'https://example.org/b']],
  ['fuzz-971437126-printed.json', ['https://example.org/]02\\@[$', 'https://example.org/@]@]0]_*#<']],
  ['fuzz-971437126.json', ['https://example.org/@]@]0]_*#<']],
])(
  '%s: links the PDF/UA export once failed on render, with their notes',
  async (fixture, urls) => {
    const cx = JSON.parse(fs.readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8'))
    const bundle = bundleWith(cx.locale, lexicalToPortable(cx.doc).tree!, cx.title, cx.lead)
    const r = await renderPdfDetailed(
      { bundle, locale: cx.locale, manifestInfo: MANIFEST_INFO, media: readMedia, chapters: ['intro'] },
      workers,
    )
    const file = path.join(os.tmpdir(), `folio-bidi-links-${process.pid}.pdf`)
    fs.writeFileSync(file, r.pdf)
    expect(qpdfCheck(file).ok).toBe(true)
    const text_ = execFileSync('pdftotext', [file, '-']).toString()
    fs.rmSync(file)
    for (const url of urls) expect(text_).toContain(url)
  },
  60_000,
)
