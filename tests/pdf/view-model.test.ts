/**
 * The view model's rules (issue 17), checked without typesetting: what is a quotation, what is
 * shown once and where, which figures share a chart, grouped notes, the locale's punctuation.
 */
import { PDF_LABELS } from '../../src/publish/editions/pdf/labels'
import {
  initials,
  roleNamesOrganisation,
  typesettable,
  urlPieces,
  withoutKindSuffix,
} from '../../src/publish/editions/pdf/text'
import { buildViewModel, type VBlock, type VChapter, type ViewModel } from '../../src/publish/editions/pdf/view-model'
import type { LocaleBundle } from '../../src/publish/bundle/schema'
import { buildBundle, buildMedia, type FixtureMedia, type L, LOCALES, MANIFEST_INFO } from './fixtures/belarus'

let media: FixtureMedia
const bundles = new Map<L, LocaleBundle>()
const vm = (l: L, b: LocaleBundle = bundles.get(l)!) => buildViewModel(b, MANIFEST_INFO)
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x))
const chapter = (v: ViewModel, slug: string, b: LocaleBundle) =>
  v.chapters[b.chapters.findIndex((c) => c.slug === slug)]!
/** Every string of a value, with its path. */
const strings = (v: unknown, at = ''): [string, string][] =>
  typeof v === 'string'
    ? [[at, v]]
    : Array.isArray(v)
      ? v.flatMap((x, i) => strings(x, `${at}[${i}]`))
      : v && typeof v === 'object'
        ? Object.entries(v).flatMap(([k, x]) => strings(x, at ? `${at}.${k}` : k))
        : []
const allBlocks = (c: VChapter): VBlock[] => c.blocks

beforeAll(async () => {
  media = await buildMedia()
  for (const l of LOCALES) bundles.set(l, buildBundle(l, media))
})

describe('testimonies: no excerpt, no quotation', () => {
  test.each(LOCALES)('%s: only an excerpt is quoted; a summary is the editors’ text, with the title', (l) => {
    const b = bundles.get(l)!
    const v = vm(l)
    const ch = chapter(v, 'belarus', b)
    const embedded = allBlocks(ch).filter((x) => x.k === 'testimony')
    expect(embedded).toHaveLength(2)
    const [quoted, summarised] = embedded as Extract<VBlock, { k: 'testimony' }>[]
    const source = (id: string) => b.testimonies.find((t) => t.id === id)!
    // Testimony 1 is embedded with the witness's words: those, and only those, are the quote.
    const excerpt = (
      b.chapters[1]!.body!.children.find((n) => n.type === 'embed' && n.id === '1') as { excerpt: string }
    ).excerpt
    expect(quoted!.quote).toBe(excerpt)
    expect(quoted!.summary).toBeNull()
    // Testimony 2 has no excerpt: no quote at all; its summary and title are printed as such.
    expect(summarised!.quote).toBeNull()
    expect(summarised!.summary).toBe(source('2').summary)
    expect(summarised!.title).toBe(source('2').title)
    // Nothing the witness did not say is ever a quote.
    for (const t of [...embedded, ...ch.testimonies] as { quote: string | null }[])
      if (t.quote !== null) expect(t.quote).not.toBe(source('2').summary)
  })

  test('an empty or blank excerpt counts as none; a testimony only listed by the chapter is summarised', () => {
    const b = clone(bundles.get('en')!)
    const body = b.chapters[1]!.body!.children
    const i = body.findIndex((n) => n.type === 'embed' && n.id === '1')
    body[i] = { type: 'embed', kind: 'testimony', id: '1', excerpt: '  ' }
    const ch = chapter(vm('en', b), 'belarus', b)
    const t1 = ch.blocks.find((x) => x.k === 'testimony' && x.id === '1') as Extract<VBlock, { k: 'testimony' }>
    expect(t1.quote).toBeNull()
    expect(t1.summary).toBe(b.testimonies[0]!.summary)
    // Removed from the body, it is shown after it, still as a summary.
    body.splice(i, 1)
    const after = chapter(vm('en', b), 'belarus', b).testimonies
    expect(after.map((t) => [t.id, t.quote])).toEqual([['1', null]])
  })
})

describe('each thing once, where a reader expects it', () => {
  test.each(LOCALES)('%s: each defender once: the chapter’s other defenders join the body’s cards', (l) => {
    const b = bundles.get(l)!
    const ch = chapter(vm(l), 'belarus', b)
    const groups = ch.blocks.filter((x) => x.k === 'defenders') as Extract<VBlock, { k: 'defenders' }>[]
    expect(groups).toHaveLength(1)
    const shown = [...groups.flatMap((g) => g.cards), ...ch.defenders].map((d) => d.id)
    expect(shown.sort()).toEqual([...b.chapters[1]!.defenders].sort())
    expect(ch.defenders).toEqual([])
  })

  test('a chapter that embeds no defender lists them after its body, once', () => {
    const b = clone(bundles.get('en')!)
    b.chapters[1]!.body!.children = b.chapters[1]!.body!.children.filter(
      (n) => !(n.type === 'embed' && n.kind === 'defender'),
    )
    const ch = chapter(vm('en', b), 'belarus', b)
    expect(ch.blocks.some((x) => x.k === 'defenders')).toBe(false)
    expect(ch.defenders.map((d) => d.id)).toEqual(['1', '2', '3', '4', '5', '6'])
  })

  test('consecutive defender cards in a body form one group', () => {
    const b = clone(bundles.get('en')!)
    const body = b.chapters[1]!.body!.children
    const at = body.findIndex((n) => n.type === 'embed' && n.kind === 'defender')
    body.splice(at + 1, 0, { type: 'embed', kind: 'defender', id: '2', excerpt: null })
    const groups = chapter(vm('en', b), 'belarus', b).blocks.filter((x) => x.k === 'defenders') as Extract<
      VBlock,
      { k: 'defenders' }
    >[]
    expect(groups.map((g) => g.cards.map((c) => c.id))).toEqual([['1', '2', '3', '4', '5', '6']])
  })

  test.each(LOCALES)('%s: a video the chapter shows is not listed again under further reading', (l) => {
    const b = bundles.get(l)!
    const ch = chapter(vm(l), 'belarus', b)
    expect(b.chapters[1]!.furtherReading.some((f) => f.kind === 'video')).toBe(true)
    expect(ch.furtherReading.map((f) => f.kind)).toEqual([PDF_LABELS[l].kind.briefing])
  })

  test('a further-reading title does not repeat its kind in parentheses', () => {
    const b = clone(bundles.get('fr')!)
    b.chapters[2]!.furtherReading = [
      { title: '100 jours de crise (note d’information)', url: 'https://example.org/a', kind: 'briefing' },
      { title: 'Un rapport (2020)', url: 'https://example.org/b', kind: 'report' },
    ]
    expect(chapter(vm('fr', b), 'advocacy', b).furtherReading.map((f) => f.title)).toEqual([
      '100 jours de crise',
      'Un rapport (2020)',
    ])
    expect(withoutKindSuffix('Police brutality in Belarus (video)', ['video'], 'en')).toBe(
      'Police brutality in Belarus',
    )
    expect(withoutKindSuffix('100 يوم من أزمة (موجز)', ['briefing', 'إحاطة', 'موجز'], 'ar')).toBe('100 يوم من أزمة')
    expect(withoutKindSuffix('A briefing (video)', ['briefing'], 'en')).toBe('A briefing (video)')
  })

  test.each(LOCALES)('%s: the partners section comes from chapter.partners', (l) => {
    const b = bundles.get(l)!
    const ch = chapter(vm(l), 'advocacy', b)
    const names = b.chapters[2]!.partners.map((id) => b.organisations.find((o) => o.id === id)!.name)
    expect(ch.partners.map((p) => p.name)).toEqual(names)
    expect(ch.partners[0]!.url?.href).toBe('https://spring96.org/en')
  })
})

describe('defender cards', () => {
  test('the organisation is not repeated after a role that already names it, in any locale', () => {
    const viasna = (name: string, acronym: string | null = 'Viasna') => ({ name, acronym })
    const cases: [string, string, { name: string; acronym: string | null }, boolean][] = [
      ['en', 'Volunteer, Human Rights Center “Viasna”', viasna('Human Rights Center “Viasna”'), true],
      ['fr', 'Bénévole, Centre des droits humains « Viasna »', viasna('Centre des droits humains « Viasna »'), true],
      [
        'ru',
        'Координатор волонтёрской службы Правозащитного центра «Весна»',
        viasna('Правозащитный центр «Весна»', null),
        true,
      ],
      [
        'ru',
        'Директор Офиса по правам людей с инвалидностью',
        viasna('Офис по правам людей с инвалидностью', null),
        true,
      ],
      ['ar', 'منسّقة خدمات المتطوعين، مركز حقوق الإنسان «فياسنا»', viasna('مركز حقوق الإنسان «فياسنا»', null), true],
      ['en', 'Lawyer at Viasna’s Homieĺ branch', viasna('Human Rights Center Viasna'), true],
      ['en', 'Lawyer at the Homieĺ branch', viasna('Human Rights Center Viasna'), false],
      ['en', 'Lawyer, Viasna', viasna('Human Rights Center Viasna'), true],
      ['en', 'Coordinator of volunteer services', viasna('Human Rights Center Viasna'), false],
      ['es', 'Director', viasna('Oficina por los Derechos de las Personas con Discapacidad', null), false],
    ]
    for (const [locale, role, org, named] of cases)
      expect([role, roleNamesOrganisation(role, org, locale)]).toEqual([role, named])
  })

  test('the view model drops the organisation after such a role, keeps it otherwise', () => {
    const b = clone(bundles.get('en')!)
    b.defenders[1]!.role = 'Volunteer, Human Rights Center Viasna'
    const cards = (
      chapter(vm('en', b), 'belarus', b).blocks.find((x) => x.k === 'defenders') as Extract<VBlock, { k: 'defenders' }>
    ).cards
    expect(cards.find((c) => c.id === '2')!.organisation).toBeNull()
    expect(cards.find((c) => c.id === '1')!.organisation).toBe('Human Rights Center Viasna')
  })

  test('no photo: initials for names with separate letters, no placeholder for cursive scripts', () => {
    expect(initials('Marfa Rabkova', 'en')).toBe('MR')
    expect(initials('Leanid Sudalenka', 'en')).toBe('LS')
    expect(initials('Леонид Судаленко', 'ru')).toBe('ЛС')
    expect(initials('Siarhei', 'en')).toBe('S')
    expect(initials('ليانيد سودالينكا', 'ar')).toBeNull()
    expect(initials('  ', 'en')).toBeNull()
    const card = (l: L) =>
      (
        chapter(vm(l), 'belarus', bundles.get(l)!).blocks.find((x) => x.k === 'defenders') as Extract<
          VBlock,
          { k: 'defenders' }
        >
      ).cards.find((c) => c.id === '6')!
    expect(card('en')).toMatchObject({ photo: null, initials: 'LS' })
    expect(card('ar')).toMatchObject({ photo: null, initials: null })
    expect(card('en').since).toBe(PDF_LABELS.en.sinceUnknown)
  })
})

describe('figures', () => {
  test.each(LOCALES)('%s: the chart has only figures of one unit per panel, none of the counters above it', (l) => {
    const b = bundles.get(l)!
    const v = vm(l)
    expect(v.chart).not.toBeNull()
    const headline = new Set(v.headline.map((s) => s.id))
    for (const p of v.chart!.panels) {
      expect(p.bars.length).toBeGreaterThanOrEqual(2)
      const units = new Set(p.bars.map((bar) => b.statistics.find((s) => s.id === bar.id)!.unit))
      expect([...units]).toEqual([p.unit])
      for (const bar of p.bars) expect(headline.has(bar.id)).toBe(false)
      expect(Math.max(...p.bars.map((x) => x.share))).toBe(1)
    }
    expect(v.chart!.panels.map((p) => p.bars.map((x) => x.value))).toEqual([[30000, 7000]])
    expect(v.chart!.sources.startsWith(PDF_LABELS[l].source + PDF_LABELS[l].punct.colon)).toBe(true)
  })

  test('figures without a unit, or alone in their unit, are not charted', () => {
    const b = clone(bundles.get('en')!)
    for (const s of b.statistics) s.unit = null
    expect(vm('en', b).chart).toBeNull()
    const c = clone(bundles.get('en')!)
    c.statistics.find((s) => s.id === '5')!.unit = 'arrests'
    expect(vm('en', c).chart).toBeNull()
  })

  test.each(LOCALES)(
    '%s: identical sources are one note per section: the first prints it, the others point to it',
    (l) => {
      const v = vm(l)
      type N = { label: string; first: boolean; text: string }
      const notes = (blocks: VBlock[]) => blocks.filter((x) => x.k === 'stat').map((x) => (x as { note: N }).note)
      const head = v.headline.map((s) => s.note as N)
      expect(head.length).toBe(2)
      expect(new Set(head.map((n) => n.label)).size).toBe(1)
      expect(head.map((n) => n.first)).toEqual([true, false])
      // The note names the source, not the figure's period (which differs from figure to figure).
      expect(head[0]!.text).not.toMatch(/August|août|agosto|августа|أغسطس/)
      // The first chapter's two figures share its note; a new chapter, or a new level-2 section,
      // prints the note again once.
      const intro = notes(v.chapters[0]!.blocks)
      expect(intro.map((n) => n.first)).toEqual([true, false])
      expect(intro[0]!.label).not.toBe(head[0]!.label)
      const belarus = v.chapters[1]!.blocks
      const sections: N[][] = [[]]
      for (const b of belarus) {
        if (b.k === 'h' && b.level === 2) sections.push([])
        if (b.k === 'stat') sections[sections.length - 1]!.push((b as { note: N }).note)
      }
      for (const s of sections.filter((x) => x.length)) {
        expect(s[0]!.first).toBe(true)
        for (const n of s.slice(1)) expect([n.first, n.label]).toEqual([false, s[0]!.label])
      }
    },
  )

  test('a different source is a different note', () => {
    const b = clone(bundles.get('en')!)
    b.statistics[0]!.source.title = 'Another study'
    const notes = vm('en', b).headline.map((s) => s.note)
    expect(new Set(notes.map((n) => n.label)).size).toBe(2)
    expect(notes.map((n) => n.first)).toEqual([true, true])
  })
})

describe('locale typography', () => {
  const punct = /[:;?!]/g
  test('fr: a narrow no-break space before : ; ? ! in every label and every sentence the view model makes', () => {
    const v = vm('fr')
    const made = [
      ...strings(PDF_LABELS.fr, 'labels'),
      ...v.headline.map((s) => ['note', s.note.text] as [string, string]),
      // (the chapter title is content; the words the template adds come first)
      ['chart.title', v.chart!.title.slice(0, PDF_LABELS.fr.chart.length + 3)],
      ['chart.sources', v.chart!.sources],
      ...v.chapters
        .flatMap((c) => c.blocks)
        .flatMap((x) => (x.k === 'testimony' && x.warning ? [['warning', x.warning] as [string, string]] : [])),
    ]
    expect(made.length).toBeGreaterThan(40)
    for (const [at, s] of made)
      for (const m of s.matchAll(punct))
        expect([at, s.slice(Math.max(0, m.index! - 1), m.index! + 1)]).toEqual([at, `\u202f${m[0]}`])
  })

  test('ar: Arabic comma and semicolon in the labels and the sentences the view model makes', () => {
    const v = vm('ar')
    const made = [
      ...strings(PDF_LABELS.ar, 'labels').filter(([at]) => !at.includes('checksum')),
      ...v.headline.map((s) => ['note', s.note.text] as [string, string]),
      ['chart.sources', v.chart!.sources],
      ['chart.alt', v.chart!.alt],
    ]
    for (const [at, s] of made)
      expect([at, /[,;?]/.test(s.replace(/https?:\S+/g, '').replace(/\d,\d/g, ''))]).toEqual([at, false])
    expect(v.headline[0]!.note.text).toContain('، ')
  })

  test('URLs break only at path boundaries: scheme and host whole', () => {
    expect(urlPieces('https://www.omct.org/en/resources/statements/belarus-100-days')).toEqual([
      'https://www.omct.org/',
      'en/',
      'resources/',
      'statements/',
      'belarus-100-days',
    ])
    expect(urlPieces('https://spring96.org')).toEqual(['https://spring96.org'])
    expect(urlPieces('https://a.org/x/?q=a/b#f')).toEqual(['https://a.org/', 'x/', '?q=a/b#f'])
    expect(urlPieces('https://a.org/doc.html?x=1')).toEqual(['https://a.org/', 'doc.html?x=1'])
    for (const u of ['https://www.europarl.europa.eu/doceo/document/TA-9-2020-0231_EN.html', 'mailto:a@b.org'])
      expect(urlPieces(u).join('')).toBe(u)
  })
})

test('a justified block with a cursive script in it says so (justified by word spaces only)', () => {
  const b = clone(bundles.get('en')!)
  const body = b.chapters[1]!.body!.children
  body.unshift({ type: 'paragraph', children: [{ type: 'text', text: 'Viasna (فياسنا) in Arabic.', marks: [] }] })
  body.unshift({ type: 'quote', children: [{ type: 'text', text: 'ܫܠܡܐ', marks: [] }] })
  const blocks = chapter(vm('en', b), 'belarus', b).blocks as { k: string; cursive?: boolean }[]
  expect(blocks.slice(0, 2).map((x) => [x.k, x.cursive])).toEqual([
    ['quote', true],
    ['p', true],
  ])
  expect(blocks.filter((x) => x.k === 'p' || x.k === 'list').every((x, i) => i < 1 || x.cursive === false)).toBe(true)
  expect((chapter(vm('ar'), 'belarus', bundles.get('ar')!).blocks[0] as { cursive: boolean }).cursive).toBe(true)
})

describe('cover and metadata', () => {
  test('the year once: printed alone only when the title does not say it', () => {
    expect(vm('en').report.showYear).toBe(false)
    const b = clone(bundles.get('en')!)
    b.report.title = 'Annual report'
    expect(vm('en', b).report.showYear).toBe(true)
  })

  test.each(LOCALES)('%s: cover and colophon print the publication date, labelled', (l) => {
    const r = vm(l).report
    const b = bundles.get(l)!
    expect(r.coverDate).toBe(`${PDF_LABELS[l].coverPublished} ${b.report.publicationDateDisplay}`)
    expect(r.dateRow).toEqual({
      label: PDF_LABELS[l].publicationDate,
      value: b.report.publicationDateDisplay,
      note: null,
    })
  })

  test('without a publication date: the approval date, labelled as such, never as a publication date', () => {
    const b = clone(bundles.get('fr')!)
    b.report.publicationDate = null
    b.report.publicationDateDisplay = null
    const r = vm('fr', b).report
    expect(r.coverDate).toBe(`Contenu approuvé le ${b.generatedAtDisplay}`)
    expect(r.dateRow).toEqual({
      label: PDF_LABELS.fr.approvalDate,
      value: b.generatedAtDisplay,
      note: PDF_LABELS.fr.approvalDateNote,
    })
  })

  test.each(LOCALES)('%s: keywords and subject in the edition’s language', (l) => {
    const r = vm(l).report
    expect(r.keywords).toEqual(expect.arrayContaining([...PDF_LABELS[l].keywords, '2020']))
    expect(r.keywords).toContain(new Intl.DisplayNames([l], { type: 'region' }).of('BY'))
    if (l !== 'en') for (const k of PDF_LABELS.en.keywords) expect(r.keywords).not.toContain(k)
    expect(r.subject).toBe(bundles.get(l)!.report.subtitle)
    const b = clone(bundles.get(l)!)
    b.report.subtitle = null
    expect(vm(l, b).report.subject).toBe(PDF_LABELS[l].subject)
  })
})

describe('typesettable: strings as the template may set them', () => {
  test.each([
    ['plain text is unchanged', 'Minsk, 2020', 'Minsk, 2020'],
    ['a byte order mark is dropped', 'A\uFEFFB', 'AB'],
    ['an open embedding is closed at the end', 'a\u202Bب', 'a\u202Bب\u202C'],
    ['an open override and isolate are closed, innermost first', '\u2067x\u202Dy', '\u2067x\u202Dy\u202C\u2069'],
    ['balanced controls are kept', '\u202Ax\u202C \u2068y\u2069', '\u202Ax\u202C \u2068y\u2069'],
    ['a closer without an opener is dropped', 'x\u202Cy\u2069z', 'xyz'],
    ['a PDI closes the embeddings opened inside its isolate', '\u2066a\u202Eb\u2069c', '\u2066a\u202Eb\u202C\u2069c'],
  ])('%s', (_name, input, expected) => {
    expect(typesettable(input)).toBe(expected)
  })

  test('soft hyphens are kept in a left-to-right edition and dropped in a right-to-left one', () => {
    expect(typesettable('Men\u00ADschen')).toBe('Men\u00ADschen')
    expect(typesettable('Y\u00ADťأ', { rtl: true })).toBe('Yťأ')
    expect(typesettable('\u2067Y\u00ADť', { rtl: true })).toBe('\u2067Yť\u2069')
    expect(typesettable('مينسك', { rtl: true })).toBe('مينسك')
  })
})
