/**
 * The demo content the PDF edition is read with (src/seed/): complete, consistent with the
 * edition's labels, and shaped so each thing appears once (issue 17).
 */
import { LOCALE_CODES, type LocaleCode } from '../../src/model/locales'
import { PDF_LABELS } from '../../src/publish/editions/pdf/labels'
import { CHAPTER_TEXT, chapterBody, FURTHER_READING, REPORT_TEXT } from '../../src/seed/chapter'
import { defenders, organisations, statistics } from '../../src/seed/content'
import { testimonies } from '../../src/seed/testimonies'

type Node = { type: string; text?: string; children?: Node[]; fields?: Record<string, unknown> }
const refs = {
  statistics: Object.fromEntries(statistics.map((s, i) => [s.key, i + 1])),
  testimonies: Object.fromEntries(testimonies.map((t, i) => [t.key, i + 1])),
  defenders: Object.fromEntries(defenders.map((d, i) => [d.key, i + 1])),
}
const body = (l: LocaleCode) => chapterBody(l, refs).root.children as Node[]
const textOf = (n: Node): string => n.text ?? (n.children ?? []).map(textOf).join('')
/** Every French string the demo writes. */
const frenchStrings = (): string[] => {
  const out: string[] = []
  const walk = (v: unknown, fr: boolean) => {
    if (typeof v === 'string') {
      if (fr) out.push(v)
    } else if (Array.isArray(v)) for (const x of v) walk(x, fr)
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, fr || k === 'fr')
  }
  walk([REPORT_TEXT, CHAPTER_TEXT, organisations, statistics, defenders, testimonies], false)
  return out
}

test.each(LOCALE_CODES)('%s: the chapter opens with 2019, the crackdown, and the mobilisation of 2020', (l) => {
  const first = body(l)[0]!
  expect(first.type).toBe('paragraph')
  expect(textOf(first)).toBe(CHAPTER_TEXT[l].p0)
  expect(CHAPTER_TEXT[l].p0).toMatch(/2019/)
  expect(CHAPTER_TEXT[l].p0).toMatch(/2020/)
  const words: Record<LocaleCode, RegExp> = {
    en: /civil society[\s\S]*mobilise/,
    fr: /société civile[\s\S]*mobilisation/,
    es: /sociedad civil[\s\S]*movilizarse/,
    ru: /гражданского общества[\s\S]*выступить/,
    ar: /المجتمع المدني[\s\S]*للتعبئة/,
  }
  expect(CHAPTER_TEXT[l].p0).toMatch(words[l])
})

test.each(LOCALE_CODES)('%s: the six defenders are cards where the text introduces them, not a list as well', (l) => {
  const nodes = body(l)
  const cards = nodes
    .map((n, i) => [n, i] as const)
    .filter(([n]) => n.type === 'block' && n.fields?.blockType === 'defenderCard')
  expect(cards.map(([n]) => n.fields!.defender)).toEqual(Object.values(refs.defenders))
  const at = cards.map(([, i]) => i)
  expect(at).toEqual(at.map((_, k) => at[0]! + k)) // one after another: one group of cards
  expect(textOf(nodes[at[0]! - 1]!)).toBe(CHAPTER_TEXT[l].p4)
  // No name is also written out in the text, and no role follows a name after a comma.
  const text = nodes.map(textOf).join('\n')
  for (const d of defenders) expect(text).not.toContain(d.name[l])
  expect(nodes.some((n) => n.type === 'list')).toBe(false)
})

test.each(['fr', 'es', 'ru'] as const)('%s: a role after a name and a comma is not capitalised', (l) => {
  // Wherever the demo joins a name and a role, the role continues the sentence in lower case.
  const text = [...Object.values(CHAPTER_TEXT[l]), REPORT_TEXT.introduction[l]].join('\n')
  for (const d of defenders) expect(text).not.toMatch(new RegExp(`${d.name[l]}, \\p{Lu}`, 'u'))
})

test.each(LOCALE_CODES)(
  '%s: further reading lists the briefing once, without "(briefing)"; the video is in the body',
  (l) => {
    const items = FURTHER_READING(l)
    expect(items.map((f) => f.kind)).toEqual(['briefing'])
    for (const f of items) expect(f.title).not.toMatch(/\([^)]*\)\s*$/)
    expect(body(l).filter((n) => n.type === 'block' && n.fields?.blockType === 'video')).toHaveLength(1)
  },
)

test('fr: the inclusive “défenseur·es” of the edition’s headings, throughout the text', () => {
  expect(PDF_LABELS.fr.defenders).toMatch(/^Défenseur·es/)
  const strings = frenchStrings()
  expect(strings.length).toBeGreaterThan(50)
  for (const s of strings) expect(s).not.toMatch(/\bdéfenseurs\b/i)
  expect(strings.join(' ')).toMatch(/défenseur·es/)
})

test('es: “personas defensoras”, as the edition’s headings', () => {
  expect(PDF_LABELS.es.defenders).toBe('Personas defensoras de derechos humanos')
  expect(CHAPTER_TEXT.es.h3).toMatch(/^Personas defensoras/)
})

test('fr: a narrow no-break space before : ; ? ! and inside « »', () => {
  for (const s of frenchStrings()) {
    for (const m of s.matchAll(/[:;?!»]/g))
      if (!/^https?$/.test(s.slice(0, m.index!).split(/\s/).pop() ?? ''))
        expect([s, s[m.index! - 1]]).toEqual([s, '\u202f'])
    for (const m of s.matchAll(/«/g)) expect([s, s[m.index! + 1]]).toEqual([s, '\u202f'])
  }
})
