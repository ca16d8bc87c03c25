/**
 * The files themselves: well-formed (xmllint), valid against the OASIS schemas, read by
 * translate-toolkit; the parser's refusals (XXE, entity expansion, size, namespace, version,
 * truncation, not XML); the TBX glossary; the glossary QA. No database.
 */
import { describe, expect, test } from '@jest/globals'

import { checkTerms, type GlossaryEntry, termsIn } from '../../src/xliff/glossary'
import { parseXliff, XliffFileError } from '../../src/xliff/parse'
import { writeTbx } from '../../src/xliff/tbx'
import { writeXliff } from '../../src/xliff/write'
import { chapterDoc, modelOf } from './helpers'
import { hasCommand, schemaErrors, schemas, SCHEMA_SOURCE, wellFormed, xliff2poCount } from './tools'

const en = chapterDoc()
const fr = chapterDoc((s) => (s.startsWith('Plain') ? `Texte ${s}` : `fr ${s}`))
// Half translated: the French text of the title and the first paragraph only.
const half = { title: fr.title }

describe('the files are well-formed and valid XLIFF', () => {
  const xsd = schemas()
  for (const format of ['1.2', '2.1'] as const) {
    for (const [name, target] of [
      ['untranslated', {}],
      ['partly translated', half],
      ['translated', fr],
    ] as const) {
      test(`XLIFF ${format}, ${name}: xmllint --noout, and xmllint --schema against OASIS's core schema`, () => {
        const xml = writeXliff(modelOf(en, target), format)
        wellFormed(xml)
        if (!xsd) {
          console.warn(
            `No XLIFF schemas in ${SCHEMA_SOURCE} (apt-get install php-symfony-translation): schema check skipped`,
          )
          return
        }
        expect(schemaErrors(xml, format === '1.2' ? xsd.v12 : xsd.v20)).toBe('')
      })
    }
  }
  test('a stale unit carries its earlier source (1.2 alt-trans, 2.1 translation candidate) and stays valid', () => {
    const m = modelOf(en, fr)
    const u = m.documents[0].units.find((x) => x.unit.id === 'chapters:12:title')!
    u.stale = true
    u.previousSource = [{ type: 'text', text: 'The earlier chapter title' }]
    const x12 = writeXliff(m, '1.2')
    const x21 = writeXliff(m, '2.1')
    expect(x12).toContain('state="needs-review-translation"')
    expect(x12).toContain(
      '<alt-trans origin="previous-source"><source xml:lang="en">The earlier chapter title</source>',
    )
    expect(x21).toMatch(
      /<mtc:match ref="#s1" origin="previous-source" type="tm"><source>The earlier chapter title<\/source>/,
    )
    expect(x21).toMatch(/<segment id="s1" state="initial">\s*<source>Belarus chapter<\/source>/)
    const xsd = schemas()
    if (xsd) {
      expect(schemaErrors(x12, xsd.v12)).toBe('')
      expect(schemaErrors(x21, xsd.v20)).toBe('')
    }
  })

  test("translate-toolkit's xliff2po reads the 1.2 export: as many messages as units", () => {
    if (!hasCommand('xliff2po')) {
      console.warn('translate-toolkit is not installed (apt-get install -y translate-toolkit): xliff2po check skipped')
      return
    }
    const m = modelOf(en, half)
    const units = m.documents[0].units.length
    expect(units).toBeGreaterThan(8)
    expect(xliff2poCount(writeXliff(m, '1.2'))).toBe(units)
  })
})

const refused = (xml: string | Buffer, max?: number) => {
  try {
    parseXliff(xml, max)
  } catch (e) {
    expect(e).toBeInstanceOf(XliffFileError)
    return (e as Error).message
  }
  throw new Error('the file was accepted')
}

describe('bad files are refused with one clear message', () => {
  const good = writeXliff(modelOf(en, fr), '1.2')
  test('XXE: an external entity in a DOCTYPE', () => {
    const xxe = good
      .replace('<xliff', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff')
      .replace('Belarus chapter</source>', '&xxe;</source>')
    expect(refused(xxe)).toMatch(/^The file has a DOCTYPE declaration: refused/)
    expect(refused(xxe)).not.toContain('root:')
  })
  test('entity expansion ("billion laughs")', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body><trans-unit id="a"><source>&lol3;</source></trans-unit></body></file></xliff>`
    expect(refused(lol)).toMatch(/DOCTYPE declaration: refused/)
    // Without the DOCTYPE, an undefined entity is refused too (never looked up).
    expect(refused(good.replace('Belarus chapter</source>', '&lol3;</source>'))).toMatch(/entity XML does not define/)
  })
  test('over the size limit', () => {
    expect(refused(good, 1000)).toMatch(/^The file is 0\.0 MB; the limit is 0\.0 MB/)
  })
  test('not XML, not UTF-8, truncated', () => {
    expect(refused('PK\u0003\u0004 this is a zip')).toMatch(/^Not a well-formed XML file/)
    expect(refused(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))).toMatch(/UTF-16/)
    expect(refused(Buffer.from([0x3c, 0x78, 0xc3, 0x28]))).toMatch(/not UTF-8/)
    expect(refused(good.slice(0, Math.floor(good.length / 2)))).toMatch(/^The file ends before its XML is complete/)
  })
  test('wrong namespace, wrong version, not XLIFF', () => {
    expect(refused(good.replace('urn:oasis:names:tc:xliff:document:1.2', 'urn:example:other'))).toMatch(
      /^<xliff> in the namespace "urn:example:other": expected/,
    )
    expect(refused(good.replace('version="1.2"', 'version="1.1"'))).toMatch(/only version 1\.2 goes with/)
    expect(refused('<?xml version="1.0"?><html><body/></html>')).toMatch(/root element is <html>, not <xliff>/)
  })
  test('the same unit twice', () => {
    const unit = '<trans-unit id="chapters:1:title"><source>A</source><target>B</target></trans-unit>'
    const twice = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" datatype="plaintext"><body>\n${unit}\n${unit}\n</body></file></xliff>`
    expect(refused(twice)).toMatch(/^The unit id "chapters:1:title" appears twice \(lines 2 and 3\)/)
  })
})

const glossary: GlossaryEntry[] = [
  {
    term: 'human rights defender',
    doNotTranslate: false,
    translations: { fr: 'défenseur des droits humains' },
    forbidden: [{ locale: 'fr', variant: "défenseur des droits de l'homme" }],
  },
  { term: 'Viasna', doNotTranslate: true, translations: {}, forbidden: [] },
  {
    term: 'torture',
    doNotTranslate: false,
    translations: { fr: 'torture' },
    forbidden: [],
    note: 'Legal sense (UNCAT art. 1).',
  },
]

describe('glossary', () => {
  test('terms a source contains (case-insensitive, at word starts, plurals included)', () => {
    expect(termsIn('Human rights defenders and Viasna face torture.', glossary).map((e) => e.term)).toEqual([
      'human rights defender',
      'Viasna',
      'torture',
    ])
    expect(termsIn('Distortured', glossary)).toEqual([])
  })
  test('QA: a missing approved term, a term not kept, a forbidden variant', () => {
    const source = 'Human rights defenders of Viasna document torture.'
    expect(
      checkTerms(source, 'Les défenseurs des droits humains de Viasna documentent la torture.', glossary, 'fr'),
    ).toEqual([])
    const issues = checkTerms(
      source,
      "Les défenseurs des droits de l'homme de Vesna documentent les sévices.",
      glossary,
      'fr',
    )
    expect(issues.map((i) => [i.kind, i.term])).toEqual([
      ['missing-approved', 'human rights defender'],
      ['forbidden-variant', 'human rights defender'],
      ['missing-approved', 'Viasna'],
      ['missing-approved', 'torture'],
    ])
    expect(checkTerms(source, '', glossary, 'fr')).toEqual([])
  })
  test('TBX-Basic: well-formed, the approved and forbidden terms per language', () => {
    const tbx = writeTbx(glossary, { source: 'en', locales: ['fr'], title: 'Glossary of Annual report 2020' })
    wellFormed(tbx, 'glossary.tbx')
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">')
    expect(tbx).toContain('<term>défenseur des droits humains</term>')
    expect(tbx).toContain('<term>défenseur des droits de l&apos;homme</term>'.replace('&apos;', "'"))
    expect(tbx).toMatch(
      /<term>défenseur des droits de l'homme<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/,
    )
    expect(tbx).toMatch(/<langSec xml:lang="fr">\s*<termSec>\s*<term>Viasna<\/term>/)
  })
})
