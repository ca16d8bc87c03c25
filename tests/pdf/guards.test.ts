/** What the renderer refuses, and why: the checks that run before anything is compiled. */
import { PDF_LABELS } from '../../src/publish/editions/pdf/labels'
import { renderPdf } from '../../src/publish/editions/pdf/render'
import type { LocaleBundle } from '../../src/publish/bundle/schema'
import { buildBundle, buildMedia, MANIFEST_INFO, type FixtureMedia } from './fixtures/belarus'

let media: FixtureMedia
let en: LocaleBundle
const readMedia = (p: string) => media.files.get(p)!
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x))

beforeAll(async () => {
  media = await buildMedia()
  en = buildBundle('en', media)
})

test('every locale has the same labels', () => {
  const keys = (o: object): string[] =>
    Object.entries(o)
      .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]))
      .sort()
  const ref = keys(PDF_LABELS.en)
  for (const l of Object.keys(PDF_LABELS)) expect(keys(PDF_LABELS[l as keyof typeof PDF_LABELS])).toEqual(ref)
})

test('a character the fonts cannot draw fails the render, naming it and where it is', async () => {
  const b = clone(en)
  b.chapters[1]!.title = 'Belarus ✓ 中'
  await expect(renderPdf({ bundle: b, locale: 'en', manifestInfo: MANIFEST_INFO, media: readMedia })).rejects.toThrow(
    /no glyph.*"✓" U\+2713 in [^;]*view\.chapters\[1\]\.title.*U\+4E2D/,
  )
})

test('a field outside the public schema (e.g. a confidential one) is refused, not printed', async () => {
  const b = clone(en) as unknown as { testimonies: Record<string, unknown>[] }
  b.testimonies[0]!.legalName = 'ZZCONF-LEGALNAME-7Q'
  await expect(
    renderPdf({ bundle: b as unknown as LocaleBundle, locale: 'en', manifestInfo: MANIFEST_INFO, media: readMedia }),
  ).rejects.toThrow(/does not match the schema/)
})

test('a bundle for another locale is refused', async () => {
  await expect(renderPdf({ bundle: en, locale: 'fr', manifestInfo: MANIFEST_INFO, media: readMedia })).rejects.toThrow(
    /locale "en"/,
  )
})

test('user text is data: Typst markup in content is printed literally', async () => {
  const { pdftext } = await import('./pdf-tools')
  const fs = await import('node:fs')
  const os = await import('node:os')
  const path = await import('node:path')
  const b = clone(en)
  const evil = '#set text(fill: red) $x^2$ *bold* _em_ <lbl> @ref \\ #import "/etc/passwd" ]} {'
  b.chapters[0]!.lead = evil
  const pdf = await renderPdf({ bundle: b, locale: 'en', manifestInfo: MANIFEST_INFO, media: readMedia })
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-')), 'evil.pdf')
  fs.writeFileSync(f, pdf)
  expect(pdftext(f)).toContain(evil)
  fs.rmSync(path.dirname(f), { recursive: true })
})

test('a sparse report renders: no cover image, publisher, statistics, lead or body; an introduction', async () => {
  const b = clone(en)
  b.report.coverImage = null
  b.report.organisation = null
  b.report.subtitle = null
  b.report.licence = null
  b.report.introduction = {
    type: 'root',
    children: [
      { type: 'heading', level: 4, children: [{ type: 'text', text: 'Why this report', marks: [] }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Short.', marks: ['bold'] }] },
    ],
  }
  b.statistics = []
  b.chapters = b.chapters.map((c) => ({
    ...c,
    lead: null,
    body: null,
    headlineStatistics: [],
    testimonies: [],
    furtherReading: [],
  }))
  const pdf = await renderPdf({
    bundle: b,
    locale: 'en',
    manifestInfo: MANIFEST_INFO,
    media: readMedia,
    standard: 'a-2b',
  })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
})
