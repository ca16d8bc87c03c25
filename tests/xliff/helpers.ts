/** Builders shared by the XLIFF tests: documents with every inline structure, and export models. */
import type { Field } from 'payload'

import { Chapters } from '../../collections/Chapters'
import { block, heading, link, list, paragraph, quote, root, text } from '../../src/lexical/build'
import type { ExportDocument, ExportModel } from '../../src/xliff/document'
import type { RowStatus } from '../../src/xliff/types'
import { currentTargets } from '../../src/xliff/units'

export const linebreak = () => ({ type: 'linebreak', version: 1 })

/** A chapter body with bold, italic, both, a link with bold inside, a line break, a list, a quote and blocks. */
export function richBody(words: (s: string) => string = (s) => s) {
  return fixedBlockIds(
    root(
      heading(2, words('Findings of the year')),
      paragraph(
        words('Plain '),
        text(words('bold '), 'bold'),
        text(words('both'), 'bold', 'italic'),
        text(words(' italic'), 'italic'),
        words(' see '),
        link('https://example.org/report', words('the '), text(words('full report'), 'bold')),
        linebreak(),
        words('after the break.'),
      ),
      block('statistic', { statistic: 7 }),
      list('bullet', [[text(words('First'), 'bold'), words(', a defender')], [words('Second item')]]),
      quote(words('A quoted sentence.')),
      block('testimonyQuote', { testimony: 3, excerpt: words('The words quoted.') }),
      block('video', { url: 'https://example.org/video', title: words('A video'), caption: words('Its caption') }),
    ),
  )
}

/** Block ids by position (the builder numbers them globally), so that two builds compare equal. */
export function fixedBlockIds<T>(doc: T): T {
  let n = 0
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const o = node as { type?: string; fields?: { id?: string }; children?: unknown[] }
    if (o.type === 'block' && o.fields) o.fields.id = `block-${++n}`
    o.children?.forEach(walk)
  }
  walk((doc as { root: unknown }).root)
  return doc
}

export const pseudo = (s: string) => s.replace(/[A-Za-z]+/g, (w) => `ƒ${w}`)

export const chapterFields = Chapters.fields as Field[]

export function chapterDoc(words: (s: string) => string = (s) => s) {
  return {
    title: words('Belarus chapter'),
    lead: words('A short lead.'),
    body: richBody(words),
    furtherReading: [{ id: 'row1', title: words('A briefing'), url: 'https://example.org/b', kind: 'briefing' }],
  }
}

/** The export model of one chapter (en source, `target` translation). */
export function modelOf(source: unknown, target: unknown, status: RowStatus = 'in-progress'): ExportModel {
  const ref = { collection: 'chapters', id: '12' }
  const { units, targets } = currentTargets(ref, chapterFields, source, target)
  const doc: ExportDocument = {
    collection: 'chapters',
    id: '12',
    title: 'Belarus chapter',
    status,
    adminUrl: '/admin/collections/chapters/12?locale=fr',
    notes: [],
    units: units.map((unit) => ({
      unit,
      target: targets.get(unit.id) ?? null,
      stale: false,
      previousSource: null,
      notes: [],
    })),
  }
  return {
    report: { id: '1', slug: 'annual-report-2020', year: 2020, title: 'Annual report 2020' },
    sourceLang: 'en',
    targetLang: 'fr',
    documents: [doc],
    tool: { name: 'Folio', version: 'test' },
  }
}
