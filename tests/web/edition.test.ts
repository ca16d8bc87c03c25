/**
 * The web edition as a pure function of the bundle: pages per locale, figures as text, integrity
 * of testimonies, notes, alternates, CSP, escaping, fallbacks, reproducibility. No database.
 */
import { jest } from '@jest/globals'
import sharp from 'sharp'

import { buildWebEdition } from '../../src/publish/editions/web/index'
import { WEB_LABELS, webLabelsFor } from '../../src/publish/editions/web/labels'
import type { LocaleBundle } from '../../src/publish/bundle/schema'
import { CONFIDENTIAL_MARKERS, displayValue, LOCALES } from '../pdf/fixtures/belarus'
import { BASE_URL, build, CHECKSUM, fixture, htmlPages, text } from './fixture'

jest.setTimeout(180_000)

let files: Map<string, Buffer>
let bundles: LocaleBundle[]

beforeAll(async () => {
  const f = await fixture()
  bundles = f.bundles
  files = await build(f)
})

const bundle = (l: string) => bundles.find((b) => b.locale === l)!
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!)

test('a front page, a page per chapter, testimonies and defenders in every locale, and the language chooser', () => {
  const expected = ['index.html', 'sitemap.xml']
  for (const l of LOCALES) {
    expected.push(`${l}/index.html`, `${l}/testimonies/index.html`, `${l}/defenders/index.html`)
    for (const c of bundle(l).chapters) expected.push(`${l}/${c.slug}/index.html`)
  }
  for (const p of expected) expect(files.has(p)).toBe(true)
  expect(htmlPages(files)).toHaveLength(1 + LOCALES.length * 6)
  // Every asset is named by its content hash.
  for (const p of files.keys())
    if (p.startsWith('assets/'))
      expect(p).toMatch(
        /^assets\/(img\/|fonts\/)?[\w-]+\.[0-9a-f]{16,20}(\.\d+)?\.\w+$|^assets\/img\/[0-9a-f]{20}\.\d+\.\w+$/,
      )
})

test('lang and dir on every page; Arabic is right-to-left', () => {
  for (const p of htmlPages(files)) {
    const l = p.split('/')[0]!
    const html = text(files, p)
    const tag = html.match(/<html[^>]*>/)![0]
    if (l === 'ar') expect(tag).toContain('lang="ar" dir="rtl"')
    else if (p === 'index.html' || l === 'en') expect(tag).toContain('lang="en-GB" dir="ltr"')
    else expect(tag).toContain(`lang="${l}" dir="ltr"`)
  }
})

test('every page has the strict CSP and links nothing outside the site but plain links', () => {
  for (const p of htmlPages(files)) {
    const html = text(files, p)
    expect(html).toContain(
      `http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; font-src 'self'; frame-src 'none'`,
    )
    expect(html).toContain('<meta name="referrer" content="no-referrer">')
    for (const v of [
      ...attr(html, /\ssrc="([^"]*)"/g),
      ...attr(html, /\ssrcset="([^"]*)"/g),
      ...attr(html, /<link rel="(?:stylesheet|icon)" href="([^"]*)"/g),
    ])
      expect(v).not.toMatch(/^(https?:)?\/\/|\s(https?:)?\/\//)
    expect(html).not.toMatch(/<iframe|<object|<embed|style="/)
    // Inline scripts: only the JSON-LD data block, which must parse.
    for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (m[1]!.includes('src=')) expect(m[2]).toBe('')
      else {
        expect(m[1]).toBe(' type="application/ld+json"')
        expect(() => JSON.parse(m[2]!)).not.toThrow()
      }
    }
  }
})

test('headline figures are text in the page, formatted for the locale, with qualifier, source and as-of date', () => {
  for (const l of LOCALES) {
    const html = text(files, `${l}/index.html`)
    for (const s of bundle(l).statistics.filter((x) => x.headline)) {
      expect(html).toContain(`data-count="${s.value}">${s.displayParts.value}</span>`)
      expect(s.displayParts.value).toBe(displayValue(l, s.value))
      if (s.displayParts.before) expect(html).toContain(s.displayParts.before.trim())
      if (s.displayParts.after) expect(html).toContain(s.displayParts.after.trim())
      expect(html).toContain(s.asOfDisplay)
    }
    expect(html).toContain(bundle(l).statistics[0]!.source.title!)
  }
  // Thousands as each locale writes them (the fixture's 2,000 documented cases is a headline figure).
  expect(text(files, 'fr/index.html')).toContain('2\u202f000')
  expect(text(files, 'en/index.html')).toContain('2,000')
})

test('note references link to their note and every note links back; ids are unique', () => {
  for (const p of htmlPages(files)) {
    const html = text(files, p)
    const ids = attr(html, /\sid="([^"]+)"/g)
    expect(new Set(ids).size).toBe(ids.length)
    for (const target of attr(html, /href="#([^"]+)"/g)) expect(ids).toContain(target)
    const refs = attr(html, /<a id="(ref-\d+-\d+)" href="#note-\d+"/g)
    for (const r of refs) expect(html).toContain(`href="#${r}"`)
  }
  // Identical sources are one note with several references.
  const en = text(files, 'en/belarus/index.html')
  expect(en.match(/<li id="note-\d+">/g)).toHaveLength(1)
  expect(attr(en, /<a id="(ref-1-\d+)"/g).length).toBeGreaterThan(1)
})

test('a testimony without an excerpt is never quoted: its summary is the editors’ text', () => {
  let found = 0
  for (const l of LOCALES) {
    const labels = { ...WEB_LABELS[l] }
    for (const p of htmlPages(files).filter((x) => x.startsWith(`${l}/`))) {
      const html = text(files, p)
      for (const t of bundle(l).testimonies) {
        const i = html.indexOf(
          t.summary.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`),
        )
        if (i < 0) continue
        found++
        const before = html.slice(Math.max(0, i - 120), i)
        expect(before).not.toMatch(/<blockquote|[“«„]\s*$/)
        expect(before).toContain(labels.editorsSummary)
      }
    }
  }
  expect(found).toBeGreaterThanOrEqual(LOCALES.length * 2)
})

test('an excerpt the editor chose is quoted in the locale’s quotation marks and attributed', async () => {
  const f = await fixture((bs) => {
    for (const b of bs) {
      const body = b.chapters.find((c) => c.slug === 'belarus')!.body!
      const embed = body.children.find((n) => n.type === 'embed' && n.kind === 'testimony')
      if (embed && embed.type === 'embed') embed.excerpt = `EXCERPT-${b.locale}`
    }
  })
  const out = await buildWebEdition({ ...f.input, bundles: f.bundles.filter((b) => ['en', 'fr'].includes(b.locale)) })
  expect(text(out, 'en/belarus/index.html')).toMatch(/<blockquote><p>“EXCERPT-en”<\/p><\/blockquote>/)
  expect(text(out, 'fr/belarus/index.html')).toMatch(/<blockquote><p>«\u202fEXCERPT-fr\u202f»<\/p><\/blockquote>/)
})

test('hreflang alternates, canonical URLs and the language switcher link the same page in every locale', () => {
  for (const p of htmlPages(files).filter((x) => x !== 'index.html')) {
    const html = text(files, p)
    const rest = p
      .split('/')
      .slice(1)
      .join('/')
      .replace(/index\.html$/, '')
    expect(html).toContain(`<link rel="canonical" href="${BASE_URL}${p.replace(/index\.html$/, '')}">`)
    for (const l of LOCALES) {
      const tag = l === 'en' ? 'en-GB' : l
      expect(html).toContain(`<link rel="alternate" hreflang="${tag}" href="${BASE_URL}${l}/${rest}">`)
    }
    expect(html).toContain(`hreflang="x-default" href="${BASE_URL}en/${rest}"`)
    expect(html.match(/<nav class="languages"[\s\S]*?<\/nav>/)![0].match(/<a /g)).toHaveLength(LOCALES.length)
  }
  const sitemap = text(files, 'sitemap.xml')
  expect(sitemap.match(/<url>/g)).toHaveLength(LOCALES.length * 6)
  expect(sitemap).toContain(`<loc>${BASE_URL}ar/belarus/</loc>`)
})

test('a video shows its duration when the editor gave it, as a <time>', async () => {
  const f = await fixture((bs) => {
    for (const b of bs) {
      const v = b.chapters.find((c) => c.slug === 'belarus')!.body!.children.find((n) => n.type === 'video')
      if (v?.type === 'video') v.duration = '4:12'
    }
  })
  const out = await buildWebEdition({ ...f.input, bundles: f.bundles.filter((b) => b.locale === 'fr') })
  expect(text(out, 'fr/belarus/index.html')).toContain('(Durée <time datetime="PT4M12S">4:12</time>)')
  expect(text(files, 'fr/belarus/index.html')).not.toContain('Durée')
})

test('CMS text is escaped, never markup', async () => {
  const f = await fixture((bs) => {
    for (const b of bs) b.chapters[0]!.title = '<script>alert(1)</script> & "quoted"'
  })
  const out = await buildWebEdition({ ...f.input, bundles: f.bundles.filter((b) => b.locale === 'en') })
  const html = text(out, 'en/intro/index.html')
  expect(html).not.toContain('<script>alert(1)')
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;')
})

test('a chapter shown as an English fallback is marked lang="en-GB" with a note in the page’s language', () => {
  const html = text(files, 'es/advocacy/index.html')
  expect(html).toMatch(/<article class="chapter" lang="en-GB"/)
  expect(html).toContain(`<p class="fallback-note" lang="es">${webLabelsFor('es').fallback}</p>`)
})

test('no confidential value in any file; a bundle carrying an unknown field is refused', async () => {
  for (const [p, b] of files) {
    const s = b.toString('latin1')
    for (const m of CONFIDENTIAL_MARKERS) expect({ p, found: s.includes(m) }).toEqual({ p, found: false })
  }
  const f = await fixture()
  ;(f.bundles[0]!.testimonies[0] as Record<string, unknown>).legalName = CONFIDENTIAL_MARKERS[0]
  await expect(buildWebEdition({ ...f.input, bundles: [f.bundles[0]!] })).rejects.toThrow(
    /does not match the schema: testimonies\.0: Unrecognized key: "legalName"/,
  )
})

test('images: AVIF, WebP and JPEG at several widths, width and height set, no metadata', async () => {
  const html = text(files, 'en/defenders/index.html')
  const pictures = html.match(/<picture[\s\S]*?<\/picture>/g)!
  // One picture per defender with a photo (the fixture's sixth has none).
  expect(pictures.length).toBe(bundle('en').defenders.filter((d) => d.photo).length)
  expect(pictures.length).toBeGreaterThan(0)
  for (const pic of pictures) {
    expect(pic).toMatch(/<source type="image\/avif" srcset="[^"]+ \d+w, [^"]+ \d+w"/)
    expect(pic).toMatch(/<source type="image\/webp"/)
    expect(pic).toMatch(/<img src="[^"]+\.jpg" srcset="[^"]+" sizes="[^"]+" width="\d+" height="\d+" alt="[^"]+"/)
  }
  for (const [p, b] of files) {
    if (!p.startsWith('assets/img/')) continue
    const m = await sharp(b).metadata()
    expect({ p, exif: m.exif, icc: m.icc, xmp: m.xmp, iptc: m.iptc }).toEqual({
      p,
      exif: undefined,
      icc: undefined,
      xmp: undefined,
      iptc: undefined,
    })
  }
})

test('the same bundles give byte-identical files', async () => {
  const again = await build(await fixture())
  expect([...again.keys()]).toEqual([...files.keys()])
  for (const [p, b] of files) expect({ p, same: again.get(p)!.equals(b) }).toEqual({ p, same: true })
})

test('the footer prints the edition and the data checksum; the draft preview is marked and not indexed', async () => {
  expect(text(files, 'ru/index.html')).toContain(CHECKSUM)
  expect(text(files, 'en/index.html')).not.toContain('noindex')
  const f = await fixture()
  const draft = await buildWebEdition({
    ...f.input,
    bundles: [f.bundles[0]!],
    draft: true,
    version: 'DRAFT',
    baseUrl: null,
  })
  const html = text(draft, 'en/index.html')
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
  expect(html).toContain('class="draft-banner"')
  expect(draft.has('sitemap.xml')).toBe(false)
})
