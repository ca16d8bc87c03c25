/**
 * The pure XLIFF core: segmentation with inline codes, both writers, the parser, the exact round
 * trip, code validation. No database.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

import { chapterBody } from '../../src/seed/chapter'
import { inlineToSeg, segToInline } from '../../src/xliff/inline'
import { parseXliff } from '../../src/xliff/parse'
import type { Format, Seg } from '../../src/xliff/types'
import { applyTargets, sourceUnits } from '../../src/xliff/units'
import { codeProblems } from '../../src/xliff/validate'
import { writeXliff } from '../../src/xliff/write'
import { chapterDoc, chapterFields, linebreak, modelOf, pseudo, richBody } from './helpers'
import { link, text } from '../../src/lexical/build'

const ref = { collection: 'chapters', id: '12' }
const xmllint = (xml: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xliff-')), 'f.xlf')
  fs.writeFileSync(file, xml)
  execFileSync('xmllint', ['--noout', '--nonet', file], { stdio: 'pipe' })
}

describe('segmentation', () => {
  test('one unit per heading, paragraph, list item, quote and block text field; none for the blocks themselves', () => {
    const units = sourceUnits(ref, chapterFields, chapterDoc())
    expect(units.map((u) => [u.id, u.kind])).toEqual([
      ['chapters:12:title', 'text'],
      ['chapters:12:lead', 'text'],
      ['chapters:12:body:0', 'heading'],
      ['chapters:12:body:1', 'paragraph'],
      ['chapters:12:body:3.0', 'listitem'],
      ['chapters:12:body:3.1', 'listitem'],
      ['chapters:12:body:4', 'quote'],
      ['chapters:12:body:5.excerpt', 'block-field'],
      ['chapters:12:body:6.title', 'block-field'],
      ['chapters:12:body:6.caption', 'block-field'],
      ['chapters:12:furtherReading.0.title', 'text'],
    ])
    expect(units.find((u) => u.id === 'chapters:12:body:1')!.resname).toBe('body/1')
  })

  test('inline structure becomes paired codes and placeholders; the link URL stays out of the text', () => {
    const u = sourceUnits(ref, chapterFields, chapterDoc()).find((x) => x.id === 'chapters:12:body:1')!
    const xml12 = writeXliff(modelOf(chapterDoc(), {}), '1.2')
    const line = xml12.split('\n').find((l) => l.includes('<source') && l.includes('Plain'))!
    expect(line).toBe(
      '        <source xml:lang="en">Plain <g id="1" ctype="bold">bold </g><g id="2" ctype="italic"><g id="3" ctype="bold">both</g> italic</g> see <g id="4" ctype="link">the <g id="5" ctype="bold">full report</g></g><x id="6" ctype="lb"/>after the break.</source>',
    )
    expect(line).not.toContain('example.org')
    expect(u.codes['4']).toMatchObject({ kind: 'link', node: { fields: { url: 'https://example.org/report' } } })
    const xml21 = writeXliff(modelOf(chapterDoc(), {}), '2.1')
    expect(xml21).toContain(
      '<source>Plain <pc id="1" type="fmt" subType="xlf:b">bold </pc><pc id="2" type="fmt" subType="xlf:i"><pc id="3" type="fmt" subType="xlf:b">both</pc> italic</pc> see <pc id="4" type="link">the <pc id="5" type="fmt" subType="xlf:b">full report</pc></pc><ph id="6" type="fmt" subType="xlf:lb"/>after the break.</source>',
    )
  })

  test('Lexical inline content → events → Lexical is exact, including a bold that crosses a link', () => {
    const children = [
      text('a ', 'bold'),
      link('https://example.org', text('b', 'bold'), text(' c')),
      linebreak(),
      text('d', 'italic'),
    ]
    const { seg, codes } = inlineToSeg(children)
    expect(segToInline(seg, codes)).toEqual(children)
  })
})

const roundTrip = (format: Format) => {
  test(`XLIFF ${format}: a finished translation re-imports to the same Lexical JSON, and an unchanged file changes nothing`, () => {
    const en = chapterDoc()
    const fr = chapterDoc((s) => `fr:${s}`)
    const xml = writeXliff(modelOf(en, fr, 'approved'), format)
    xmllint(xml)
    const parsed = parseXliff(xml)
    expect(parsed).toMatchObject({ version: format, sourceLang: 'en', targetLang: 'fr', report: 'annual-report-2020' })
    const units = sourceUnits(ref, chapterFields, en)
    expect(parsed.units.map((u) => u.id)).toEqual(units.map((u) => u.id))
    for (const p of parsed.units) expect(p.hash).toBe(units.find((u) => u.id === p.id)!.hash)
    expect(parsed.units.every((p) => p.state === (format === '1.2' ? 'final' : 'final'))).toBe(true)
    const accepted = new Map(parsed.units.map((p) => [p.id, p.target!]))
    // Against the translation it came from: nothing changes.
    expect(
      applyTargets({
        collection: 'chapters',
        fields: chapterFields,
        source: en,
        target: fr,
        units,
        accepted,
        rtl: false,
      }).values.size,
    ).toBe(0)
    // Into an empty translation: the same Lexical JSON (the blocks' ids are the source's).
    const rebuilt = applyTargets({
      collection: 'chapters',
      fields: chapterFields,
      source: en,
      target: {},
      units,
      accepted,
      rtl: false,
    }).values
    expect(rebuilt.get('body')).toEqual(fr.body)
    expect(rebuilt.get('title')).toBe(fr.title)
    expect(rebuilt.get('furtherReading.0.title')).toBe(fr.furtherReading[0].title)
  })
}
describe('round trip', () => {
  roundTrip('1.2')
  roundTrip('2.1')

  test('the demo chapter in all five languages: the export of each translation rebuilds it exactly', () => {
    const refs = {
      statistics: { 'arrests-first-days': 1, 'torture-cases': 2 },
      testimonies: { 'sample-detention': 3 },
      defenders: { rabkova: 4, other: 5 },
      defenderNames: { rabkova: 'Marfa Rabkova', other: 'Another defender' },
      defenderRoles: { rabkova: 'coordinator', other: 'lawyer' },
    }
    const en = { title: 'x', body: chapterBody('en', refs) }
    for (const locale of ['fr', 'es', 'ru', 'ar'] as const) {
      const tr = { title: 'y', body: chapterBody(locale, refs) }
      const parsed = parseXliff(writeXliff(modelOf(en, tr), '1.2'))
      const units = sourceUnits(ref, chapterFields, en)
      const accepted = new Map(parsed.units.map((p) => [p.id, p.target!]))
      const out = applyTargets({
        collection: 'chapters',
        fields: chapterFields,
        source: en,
        target: tr,
        units,
        accepted,
        rtl: locale === 'ar',
      })
      expect({ locale, changed: [...out.values.keys()] }).toEqual({ locale, changed: [] })
    }
  })

  test('a pseudo-translation keeps every code: bold, link, line break and the blocks where they were', () => {
    const en = chapterDoc()
    const units = sourceUnits(ref, chapterFields, en)
    const accepted = new Map<string, Seg>(
      units.map((u) => [u.id, u.source.map((e) => (e.type === 'text' ? { ...e, text: pseudo(e.text) } : e))]),
    )
    const out = applyTargets({
      collection: 'chapters',
      fields: chapterFields,
      source: en,
      target: {},
      units,
      accepted,
      rtl: false,
    })
    expect(out.values.get('body')).toEqual(richBody(pseudo))
  })
})

describe('validation of a translated unit', () => {
  const u = sourceUnits(ref, chapterFields, chapterDoc()).find((x) => x.id === 'chapters:12:body:1')!
  const unitXml = (target: string) =>
    `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="c" source-language="en" target-language="fr" datatype="plaintext"><body>
<trans-unit id="chapters:12:body:1"><source>s</source><target>${target}</target></trans-unit></body></file></xliff>`
  const check = (target: string) => codeProblems(u.source, u.codes, parseXliff(unitXml(target)).units[0].target!)

  test('reordered and renested codes are valid', () => {
    expect(
      check(
        '<g id="4" ctype="link">le <g id="5">rapport</g></g> <g id="3">ital</g> <g id="1">gras <g id="2">les deux</g></g><x id="6"/>fin',
      ),
    ).toEqual([])
  })
  test('missing, extra, duplicated and misused codes are named', () => {
    expect(check('<g id="1">gras <g id="2">x</g></g><g id="3">i</g><g id="4">l<g id="5">r</g></g>')).toEqual([
      'missing code 6 (lb)',
    ])
    expect(
      check('<g id="1"><g id="2">x</g></g><g id="3">i</g><g id="4"><g id="5">r</g></g><x id="6"/><x id="9"/>'),
    ).toEqual(['code 9 not in the source'])
    expect(check('<g id="1"><g id="2">x</g></g><g id="3">i</g><g id="4"><g id="5">r</g></g><g id="6">lb</g>')).toEqual([
      'code 6 (lb) is a placeholder in the source but a paired code in the target',
    ])
  })
  test('overlapping <bx>/<ex> pairs are balanced and valid; an unclosed one is not', () => {
    const ok = check(
      '<bx id="1" rid="a"/>a<bx id="3" rid="b"/>b<ex id="e1" rid="a"/>c<ex id="e2" rid="b"/><g id="2">x</g><g id="4"><g id="5">r</g></g><x id="6"/>',
    )
    expect(ok).toEqual([])
    const open = check('<bx id="1" rid="a"/>a<g id="2">x</g><g id="3">i</g><g id="4"><g id="5">r</g></g><x id="6"/>')
    expect(open).toEqual(['code 1 (bold) is opened but never closed'])
  })
})
