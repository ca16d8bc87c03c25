/**
 * The template's own rules, checked on its source and by compiling small documents against
 * template/theme.typ with the edition's fonts: no letter-spacing on cursive scripts (whatever the
 * string), URLs broken only at path boundaries, no punctuation typed into the template.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'

import { loadFonts } from '../../src/publish/editions/pdf/fonts'
import { PDF_LABELS } from '../../src/publish/editions/pdf/labels'
import { TEMPLATE_DIR } from '../../src/publish/editions/pdf/render'
import { CURSIVE_SCRIPTS } from '../../src/publish/editions/pdf/text'
import { buildBundle, buildMedia, LOCALES } from './fixtures/belarus'

const require = createRequire(import.meta.url)
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')

const source = (f: string) => fs.readFileSync(path.join(TEMPLATE_DIR, f), 'utf8')
const files = fs.readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.typ'))
/** Typst source without comments (line comments only are used). */
const code = (f: string) => source(f).replace(/\/\/.*$/gm, '')

type Compiler = {
  mapShadow(p: string, b: Buffer): void
  resetShadow(): void
  compile(o: { mainFilePath: string }): {
    hasError(): boolean
    takeDiagnostics(): unknown
    result: unknown
  }
  fetchDiagnostics(d: unknown): { message: string }[]
  pdf(r: unknown, o: object): Buffer
}
let compiler: Compiler
/** Compiles `body` (Typst markup importing the theme) for an edition of direction `dir`; returns the PDF. */
function compile(body: string, dir: 'ltr' | 'rtl' = 'ltr'): Buffer {
  compiler.resetShadow()
  compiler.mapShadow(path.join(TEMPLATE_DIR, 'data/view.json'), Buffer.from(JSON.stringify({ dir })))
  const main = path.join(TEMPLATE_DIR, '__template_test.typ')
  compiler.mapShadow(main, Buffer.from(`#import "theme.typ": *\n#set document(title: "test")\n${body}`))
  const res = compiler.compile({ mainFilePath: main })
  if (res.hasError())
    throw new Error(
      compiler
        .fetchDiagnostics(res.takeDiagnostics())
        .map((d) => d.message)
        .join('\n'),
    )
  return compiler.pdf(res.result, {})
}

beforeAll(() => {
  compiler = NodeCompiler.create({ workspace: TEMPLATE_DIR, fontArgs: [{ fontBlobs: loadFonts().blobs }] })
})

describe('letter-spacing', () => {
  test('the template spaces letters only through tracked(): no other text(tracking: …)', () => {
    const theme = code('theme.typ')
    const def = theme.slice(theme.indexOf('#let tracked('), theme.indexOf('}', theme.indexOf('#let tracked(')) + 1)
    expect(def).toContain('show cursive-runs: set text(tracking: 0em)')
    for (const f of files) {
      const rest = f === 'theme.typ' ? theme.replace(def, '') : code(f)
      // `tracking:` may appear only as kicker()'s own parameter, which it hands to tracked(), and
      // in the two justification settings (words-and-letters is never used for cursive text).
      const uses = [...rest.matchAll(/tracking:/g)].map((m) => rest.slice(Math.max(0, m.index! - 60), m.index! + 60))
      for (const u of uses)
        expect([f, u]).toEqual([f, expect.stringMatching(/kicker\(|#let words-only = |#let words-and-letters = /)])
    }
    // Justification may space letters only outside the Arabic edition, and never in a block with
    // a cursive script.
    expect(code('main.typ')).toContain(
      '#set par(justification-limits: if rtl { words-only } else { words-and-letters })',
    )
    expect(code('components.typ')).toMatch(
      /#let rich-block\(b, labels\) = \{\n {2}set par\(justification-limits: words-only\) if b.at\("cursive"/,
    )
    for (const f of files) {
      const n = [...code(f).matchAll(/words-and-letters/g)].length
      expect([f, n]).toEqual([f, { 'theme.typ': 1, 'main.typ': 1 }[f] ?? 0])
    }
  })

  test('the template and src/publish/editions/pdf/text.ts list the same cursive scripts', () => {
    const m = /#let cursive-scripts = \(([^)]*)\)/.exec(code('theme.typ'))!
    const listed = [...m[1]!.matchAll(/"([A-Za-z_]+)"/g)].map((x) => x[1])
    expect(listed).toEqual([...CURSIVE_SCRIPTS])
  })

  test('no tracking on any run of a cursive script, whatever the string; Latin labels keep theirs', async () => {
    const b = buildBundle('ar', await buildMedia())
    // Every Arabic label of the edition, the fixture's Arabic titles and names, and other cursive scripts.
    const cursive = [
      ...Object.values(PDF_LABELS.ar).filter((v): v is string => typeof v === 'string' && !/[A-Za-z0-9]/.test(v)),
      ...Object.values(PDF_LABELS.ar.status),
      ...b.chapters.map((c) => c.title.replace(/[0-9]/g, '')),
      ...b.defenders.map((d) => d.name),
      b.organisations[0]!.name,
      'ܫܠܡܐ ܥܠܡܐ', // Syriac
      'ߒߞߏ', // N'Ko
      'नमस्ते दुनिया', // Devanagari
    ]
    const mixed = ['الفصل 1 · بيلاروس', 'Chapter 1 · بيلاروس', 'OMCT «فياسنا» 2020']
    const latin = ['Chapter 1', 'World Organisation Against Torture', 'ДЕМОНСТРАЦИОННАЯ СЕТЬ']
    const str = (s: string) => JSON.stringify(s)
    const width = (s: string, t: string) => `measure(kicker(${str(s)}, tracking: ${t})).width`
    const body = [
      '#set text(font: sans-latin, fallback: false)',
      '#context {',
      // Against the same text set without tracked() at all.
      ...cursive.map(
        (s) =>
          `  assert(${width(s, '0.12em')} == measure(text(font: sans-latin, size: type-size.kicker, weight: "bold", upper(${str(s)}))).width, message: ${str(`tracked: ${s}`)})`,
      ),
      // In a mixed string only the non-cursive characters are spaced: tracking adds no more to the
      // whole than to those characters alone (one Arabic letter spaced would add 0.9 pt).
      ...mixed.map((s) => {
        const rest = s.replace(/\p{scx=Arabic}(?:[\s\p{P}\p{N}]*\p{scx=Arabic})*\p{P}*/gu, '')
        return `  assert((${width(s, '0.12em')} - ${width(s, '0em')}) <= (${width(rest, '0.12em')} - ${width(rest, '0em')}) + 0.3pt, message: ${str(`mixed: ${s}`)})`
      }),
      ...latin.map((s) => `  assert(${width(s, '0.12em')} > ${width(s, '0em')}, message: ${str(`not tracked: ${s}`)})`),
      '}',
    ].join('\n')
    for (const dir of ['rtl', 'ltr'] as const) expect(compile(body, dir).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('URLs', () => {
  test('a URL breaks only after a path segment, never inside the scheme and host, in LTR and RTL text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-url-'))
    try {
      const url = 'https://www.europarl.europa.eu/doceo/document/TA-9-2020-0231_EN.html'
      const pieces = ['https://www.europarl.europa.eu/', 'doceo/', 'document/', 'TA-9-2020-0231_EN.html']
      for (const [lang, words] of [
        ['en', 'Source: the resolution'],
        ['ar', 'المصدر: القرار'],
      ] as const) {
        const f = path.join(dir, `${lang}.pdf`)
        const u = JSON.stringify({ href: url, pieces })
        fs.writeFileSync(
          f,
          compile(
            `#set page(width: 60mm, height: auto, margin: 2mm)\n#set text(font: serif, fallback: false, size: 8pt, lang: "${lang}")\n` +
              `#${JSON.stringify(words)} #url-text(json(bytes(${JSON.stringify(u)})))`,
            lang === 'ar' ? 'rtl' : 'ltr',
          ),
        )
        const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-'], { encoding: 'utf8' })
          .split('\n')
          .map((l) => l.replace(/[\u2066-\u2069\u200e\u200f\u202a-\u202e]/g, '').trim())
          .filter((l) => /[a-z]{2}/i.test(l) && !/^(Source|the)/.test(l))
        const urlLines = lines.filter((l) => /europarl|doceo|document|TA-9/.test(l))
        expect(urlLines.length).toBeGreaterThan(1)
        expect(urlLines.join('')).toContain(url)
        for (const l of urlLines.slice(0, -1)) expect(l.endsWith('/')).toBe(true)
        // The scheme and host are never split: the first line holds them whole.
        expect(urlLines[0]).toContain('https://www.europarl.europa.eu/')
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

test('no punctuation typed into the template: joined text comes with the locale’s punctuation from the labels', () => {
  for (const f of files) {
    const literals = [...code(f).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!)
    for (const s of literals) expect([f, s, /[,;:?!](\s|$)|\s[,;:?!]/.test(s)]).toEqual([f, s, false])
  }
  // …and every locale has them.
  for (const l of LOCALES) expect(Object.keys(PDF_LABELS[l].punct).sort()).toEqual(['colon', 'comma', 'semicolon'])
})
