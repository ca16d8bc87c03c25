import { describe, expect, test } from '@jest/globals'
import type { Field } from 'payload'

import { declared } from '../../src/model/registry'
import { countWords, fieldWords, plainText, translatableTexts, wordDiff } from '../../src/workflow/words'

const para = (...texts: string[]) => ({
  type: 'paragraph',
  children: texts.map((text) => ({ type: 'text', text, format: 0 })),
})
const rich = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('countWords', () => {
  test('counts words as a translator does, in every script', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('   \n ')).toBe(0)
    expect(countWords('Human rights defenders were detained.')).toBe(5)
    expect(countWords('More than 1,000 people — in 2020!')).toBe(6)
    expect(countWords('Правозащитники были задержаны', 'ru')).toBe(3)
    expect(countWords('تم احتجاز المدافعين عن حقوق الإنسان', 'ar')).toBe(6)
    expect(countWords('See https://www.omct.org/ and www.example.org for more.')).toBe(4)
  })
})

describe('plainText', () => {
  test('rich text: the text runs, one line per paragraph, and the text of embedded blocks', () => {
    const value = rich(
      para('Peaceful ', 'protesters', ' were beaten.'),
      { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'In detention' }] },
      { type: 'block', fields: { blockType: 'video', url: 'https://example.org/v', title: 'A sample video' } },
      { type: 'block', fields: { blockType: 'statistic', statistic: 3 } },
    )
    expect(plainText('richText', value)).toBe('Peaceful protesters were beaten.\nIn detention\nA sample video')
    expect(countWords(plainText('richText', value))).toBe(9)
  })
  test('nothing to translate is the empty string', () => {
    expect(plainText('richText', null)).toBe('')
    expect(plainText('richText', rich(para('  ')))).toBe('')
    expect(plainText('text', undefined)).toBe('')
  })
})

describe('fieldWords over the model', () => {
  const fields = declared('testimonies').fields as Field[]
  test('counts translatable fields only: never a confidential field, never a shared one', () => {
    const doc = {
      title: 'A fictional sample testimony',
      summary: 'A sample summary of four words',
      body: rich(para('One two three.')),
      legalName: 'Secret Legal Name',
      internalNotes: 'Never counted words here',
    }
    const words = fieldWords(fields, doc, { locale: 'en' })
    expect(words).toEqual({ title: 4, summary: 6, body: 3 })
    expect(Object.keys(translatableTexts(fields, doc))).not.toContain('legalName')
  })
  test('reads one locale of data read with every locale', () => {
    const doc = { title: { en: 'Two words', fr: 'Trois mots ici' }, summary: { en: 'One' } }
    expect(fieldWords(fields, doc, { locale: 'fr', allLocales: true })).toEqual({ title: 3 })
    expect(fieldWords(fields, doc, { locale: 'en', allLocales: true })).toEqual({ title: 2, summary: 1 })
  })
})

describe('wordDiff', () => {
  const render = (ops: ReturnType<typeof wordDiff>) =>
    ops.map((o) => (o.op === 'same' ? o.text : o.op === 'added' ? `{+${o.text}+}` : `[-${o.text}-]`)).join('')
  test('marks the words added and removed, keeps the rest', () => {
    expect(render(wordDiff('At least 20 people were detained.', 'At least 30 people were detained in Minsk.'))).toBe(
      'At least [-20 -]{+30 +}people were [-detained.-]{+detained in Minsk.+}',
    )
  })
  test('identical texts are one unchanged run; an empty side is all added or removed', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ op: 'same', text: 'same text' }])
    expect(wordDiff('', 'new words')).toEqual([{ op: 'added', text: 'new words' }])
    expect(wordDiff('old words', '')).toEqual([{ op: 'removed', text: 'old words' }])
  })
  test('the diff of two texts rebuilds both of them', () => {
    const before = 'The court sentenced the defender to five years in a penal colony.'
    const after = 'In March the court sentenced her to six years in a colony.'
    const ops = wordDiff(before, after)
    expect(
      ops
        .filter((o) => o.op !== 'added')
        .map((o) => o.text)
        .join(''),
    ).toBe(before.replace(/\s+/g, ' ').trim())
    expect(
      ops
        .filter((o) => o.op !== 'removed')
        .map((o) => o.text)
        .join(''),
    ).toBe(after)
  })
})
