/** Pure fingerprinting: no database. */
import { describe, expect, test } from '@jest/globals'
import type { Field } from 'payload'

import {
  changedFields,
  fieldHashes,
  fingerprint,
  localisedTexts,
  normaliseRichText,
  normaliseText,
} from '../../src/workflow/fingerprint'
import { changedFields as changedValues } from '../../src/model/changes'
import { fieldNodes } from '../../src/model/walk'
import { richText } from './fixtures'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'summary', type: 'textarea', localized: true },
  { name: 'body', type: 'richText', localized: true },
  { name: 'slug', type: 'text' },
  {
    name: 'source',
    type: 'group',
    fields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'url', type: 'text' },
    ],
  },
  {
    name: 'links',
    type: 'array',
    fields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'url', type: 'text' },
    ],
  },
  { type: 'tabs', tabs: [{ label: 'Public', fields: [{ name: 'place', type: 'text', localized: true }] }] },
  { name: 'workflow', type: 'group', fields: [{ name: 'comment', type: 'textarea' }] },
] as Field[]

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const para = (...children: unknown[]) => ({
  type: 'paragraph',
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  children,
})
const doc = (...children: unknown[]) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
})

describe('normaliseText', () => {
  test.each([
    ['Hello world', 'Hello world'],
    ['  Hello   world \n', 'Hello world'],
    ['Hello\u00a0world', 'Hello world'],
    ['Hello\t\nworld', 'Hello world'],
    ['Cafe\u0301', 'Café'],
  ])('%j → %j', (input, expected) => expect(normaliseText(input)).toBe(expected))

  test('a changed word, a removed space between words or a changed letter case are changes', () => {
    expect(normaliseText('Hello world')).not.toBe(normaliseText('Hello World'))
    expect(normaliseText('Hello world')).not.toBe(normaliseText('Helloworld'))
    expect(normaliseText('30 000 detained')).not.toBe(normaliseText('30 001 detained'))
  })
})

describe('normaliseRichText', () => {
  const base = doc(para(text('More than 30,000 people were detained.')), para(text('Torture was widespread.')))
  test.each([
    [
      'extra spaces inside a text node',
      doc(para(text('More  than   30,000 people were detained. ')), para(text('Torture was widespread.'))),
    ],
    [
      'an empty paragraph added',
      doc(para(text('More than 30,000 people were detained.')), para(), para(text('Torture was widespread.'))),
    ],
    [
      'a whitespace-only paragraph added',
      doc(para(text(' ')), para(text('More than 30,000 people were detained.')), para(text('Torture was widespread.'))),
    ],
    [
      'a text node split in two with the same format',
      doc(para(text('More than 30,000 '), text('people were detained.')), para(text('Torture was widespread.'))),
    ],
    [
      'the space moved across a node boundary',
      doc(para(text('More than 30,000'), text(' people were detained.')), para(text('Torture was widespread.'))),
    ],
    [
      'presentation-only attributes (direction, indent)',
      doc(
        { ...para(text('More than 30,000 people were detained.')), direction: 'rtl', indent: 0 },
        para(text('Torture was widespread.')),
      ),
    ],
  ])('not a change: %s', (_label, edited) => {
    expect(normaliseRichText(edited)).toBe(normaliseRichText(base))
  })

  test.each([
    [
      'a word changed',
      doc(para(text('More than 40,000 people were detained.')), para(text('Torture was widespread.'))),
    ],
    [
      'a word added',
      doc(para(text('More than 30,000 people were arbitrarily detained.')), para(text('Torture was widespread.'))),
    ],
    [
      'two paragraphs merged into one',
      doc(para(text('More than 30,000 people were detained. Torture was widespread.'))),
    ],
    [
      'a paragraph became a heading',
      doc(
        { type: 'heading', tag: 'h2', version: 1, children: [text('More than 30,000 people were detained.')] },
        para(text('Torture was widespread.')),
      ),
    ],
    [
      'a word made bold',
      doc(
        para(text('More than '), text('30,000', 1), text(' people were detained.')),
        para(text('Torture was widespread.')),
      ),
    ],
    [
      'a link added',
      doc(
        para(
          text('More than 30,000 '),
          {
            type: 'link',
            version: 3,
            fields: { url: 'https://spring96.org', linkType: 'custom' },
            children: [text('people')],
          },
          text(' were detained.'),
        ),
        para(text('Torture was widespread.')),
      ),
    ],
    [
      'an embedded block added',
      doc(
        para(text('More than 30,000 people were detained.')),
        { type: 'block', version: 2, fields: { id: 'x', blockType: 'statistic', statistic: 3 } },
        para(text('Torture was widespread.')),
      ),
    ],
  ])('a change: %s', (_label, edited) => {
    expect(normaliseRichText(edited)).not.toBe(normaliseRichText(base))
  })

  test('a link URL change is a change; an embedded block field change is a change', () => {
    const link = (url: string) =>
      doc(para({ type: 'link', version: 3, fields: { url, linkType: 'custom' }, children: [text('report')] }))
    expect(normaliseRichText(link('https://a.example'))).not.toBe(normaliseRichText(link('https://b.example')))
    const block = (id: number) =>
      doc({ type: 'block', version: 2, fields: { id: 'abc', blockType: 'statistic', statistic: id } })
    expect(normaliseRichText(block(1))).not.toBe(normaliseRichText(block(2)))
  })

  test('an empty editor state has no text', () => {
    expect(normaliseRichText(doc(para()))).toBe('')
    expect(normaliseRichText(null)).toBe('')
  })
})

describe('localisedTexts / fieldHashes / fingerprint', () => {
  const data = {
    title: 'Belarus',
    summary: 'Mass detentions.',
    body: richText('First paragraph.', 'Second paragraph.'),
    slug: 'belarus',
    source: { title: 'Viasna monitoring', url: 'https://spring96.org' },
    links: [{ id: 'a', title: 'Briefing', url: 'https://x.example' }],
    place: 'Minsk',
    workflow: { comment: 'not content' },
  }

  test('collects localised text fields only, with nested paths', () => {
    expect(Object.keys(localisedTexts(fields, data)).sort()).toEqual([
      'body',
      'links.0.title',
      'place',
      'source.title',
      'summary',
      'title',
    ])
  })

  test('reads one locale out of locale-all data', () => {
    const all = { title: { en: 'Belarus', fr: 'Biélorussie' }, source: { title: { en: 'Viasna', fr: 'Viasna (fr)' } } }
    expect(localisedTexts(fields, all, { locale: 'fr', allLocales: true })).toEqual({
      title: 'Biélorussie',
      'source.title': 'Viasna (fr)',
    })
    expect(localisedTexts(fields, all, { locale: 'en', allLocales: true })).toEqual({
      title: 'Belarus',
      'source.title': 'Viasna',
    })
  })

  test('whitespace-only edits keep the fingerprint; a word change changes it and names the field', () => {
    const before = fieldHashes(fields, data)
    const spaced = {
      ...data,
      title: ' Belarus  ',
      summary: 'Mass   detentions.\n',
      body: richText('First  paragraph. ', 'Second paragraph.'),
    }
    expect(fingerprint(fields, spaced)).toBe(fingerprint(fields, data))
    expect(changedFields(before, fieldHashes(fields, spaced))).toEqual([])
    const edited = { ...data, summary: 'Mass arrests.', source: { ...data.source, title: 'Viasna monitoring 2020' } }
    expect(fingerprint(fields, edited)).not.toBe(fingerprint(fields, data))
    expect(changedFields(before, fieldHashes(fields, edited))).toEqual(['source.title', 'summary'])
  })

  test('non-localised and bookkeeping fields do not count', () => {
    const edited = {
      ...data,
      slug: 'other',
      source: { ...data.source, url: 'https://other.example' },
      workflow: { comment: 'changed' },
    }
    expect(fingerprint(fields, edited)).toBe(fingerprint(fields, data))
  })

  test('added and removed fields are changes', () => {
    const before = fieldHashes(fields, data)
    expect(changedFields(before, fieldHashes(fields, { ...data, place: '' }))).toEqual(['place'])
    expect(
      changedFields(
        before,
        fieldHashes(fields, { ...data, links: [...data.links, { id: 'b', title: 'Video', url: 'https://y.example' }] }),
      ),
    ).toEqual(['links.1.title'])
  })
})

describe('changedValues (audit, four-eyes: "did the shared content change?")', () => {
  const nodes = fieldNodes(fields)
  const ignore = new Set(['workflow'])
  const changes = (a: unknown, b: unknown) => changedValues(nodes, a, b, { ignore })

  test('re-saving rich text with editor bookkeeping is not a change; any text change is, even whitespace', () => {
    const stored = { title: 'T', body: doc(para(text('Hello world.'))) }
    const resaved = {
      title: 'T',
      body: { root: { ...doc(para(text('Hello world.'))).root, direction: null, version: 1 } },
    }
    ;(resaved.body.root.children[0] as Record<string, unknown>).textFormat = 0
    ;(resaved.body.root.children[0] as Record<string, unknown>).textStyle = ''
    expect(changes(stored, resaved)).toEqual([])
    expect(changes(stored, { ...stored, body: doc(para(text('Hello  world.'))) }).map((c) => c.path)).toEqual(['body'])
    expect(changes(stored, { ...stored, slug: 'x', source: { url: 'https://x.example' } })).toEqual([
      { path: 'slug', field: 'slug', localized: false },
      { path: 'source.url', field: 'source.url', localized: false },
    ])
  })

  test('a shared leaf inside an array row is a shared change, even when the row has localised members', () => {
    const stored = { links: [{ id: 'a', title: 'Briefing', url: 'https://a.example' }] }
    expect(changes(stored, { links: [{ id: 'a', title: 'Note', url: 'https://a.example' }] })).toEqual([
      { path: 'links.id:a.title', field: 'links.title', localized: true },
    ])
    expect(changes(stored, { links: [{ id: 'a', title: 'Briefing', url: 'https://evil.example' }] })).toEqual([
      { path: 'links.id:a.url', field: 'links.url', localized: false },
    ])
  })

  test('adding, removing or reordering the rows of a shared array is a shared (structure) change', () => {
    const a = { id: 'a', title: 'A', url: 'https://a.example' }
    const b = { id: 'b', title: 'B', url: 'https://b.example' }
    const structure = (x: unknown, y: unknown) => changes(x, y).filter((c) => c.structure)
    expect(structure({ links: [a, b] }, { links: [b, a] })).toEqual([
      { path: 'links', field: 'links', localized: false, structure: true },
    ])
    expect(structure({ links: [a, b] }, { links: [a] })).toHaveLength(1)
    expect(structure({ links: [a] }, { links: [a, { title: 'C', url: 'https://c.example' }] })).toHaveLength(1)
    expect(structure({ links: [a] }, { links: [{ ...a }] })).toEqual([])
    // A reorder is the structure change alone: each row is compared with itself.
    expect(changes({ links: [a, b] }, { links: [b, a] })).toHaveLength(1)
  })

  test('data read with every locale compares localised values per locale map', () => {
    const sel = { locale: 'en', allLocales: true }
    const stored = { title: { en: 'T', fr: 'T fr' }, slug: 's' }
    expect(changedValues(nodes, stored, { ...stored, title: { en: 'T', fr: 'autre' } }, { ignore, sel })).toEqual([
      { path: 'title', field: 'title', localized: true },
    ])
  })

  test('bookkeeping fields are ignored', () => {
    expect(changes({ workflow: { comment: 'a' } }, { workflow: { comment: 'b' } })).toEqual([])
  })
})
