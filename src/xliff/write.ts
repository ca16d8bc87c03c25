/**
 * The XLIFF writers: 1.2 (the default, read by every CAT tool) and 2.1. One <file> per document
 * (CAT tools show them as separate documents), one unit per segment, context in notes, the
 * source hash in Folio's namespace (`folio:hash`), earlier sources of stale units as an
 * <alt-trans origin="previous-source"> (1.2) or a translation candidate <mtc:match> (2.1). Pure.
 */
import { inlineXml } from './codes'
import {
  targetState,
  unitNotes,
  type ExportDocument,
  type ExportModel,
  type ExportUnit,
  type TargetStateName,
} from './document'
import { segText } from './inline'
import type { Format } from './types'
import { attrs, FOLIO_NS, text, XML_DECL } from './xml'

export const NS_12 = 'urn:oasis:names:tc:xliff:document:1.2'
export const NS_20 = 'urn:oasis:names:tc:xliff:document:2.0'
export const NS_MTC = 'urn:oasis:names:tc:xliff:matches:2.0'

const STATE_12: Record<Exclude<TargetStateName, 'none'>, string> = {
  stale: 'needs-review-translation',
  differ: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
}
const STATE_21: Record<Exclude<TargetStateName, 'none'>, string> = {
  stale: 'initial',
  differ: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'final',
}

const docHeaderNote = (m: ExportModel, d: ExportDocument) =>
  [
    `Report: ${m.report.title}${m.report.year ? ` (${m.report.year})` : ''}`,
    `Document: ${d.collection} ${d.id}, “${d.title}”; ${m.targetLang} translation status: ${d.status}`,
    ...d.notes,
  ].join('\n')

const codesOf = (u: ExportUnit) => ({ ...u.unit.codes, ...(u.target?.extraCodes ?? {}) })

function unit12(m: ExportModel, d: ExportDocument, u: ExportUnit): string {
  const state = targetState(u, d.status)
  const lines = [
    `      <trans-unit${attrs({
      id: u.unit.id,
      resname: u.unit.resname,
      'xml:space': 'preserve',
      maxwidth: u.unit.maxLength,
      'size-unit': u.unit.maxLength ? 'char' : undefined,
      'folio:hash': u.unit.hash,
    })}>`,
    `        <source xml:lang="${m.sourceLang}">${inlineXml(u.unit.source, u.unit.codes, '1.2')}</source>`,
  ]
  if (u.target && state !== 'none')
    lines.push(
      `        <target${attrs({ 'xml:lang': m.targetLang, state: STATE_12[state] })}>${inlineXml(u.target.seg, codesOf(u), '1.2')}</target>`,
    )
  if (u.stale && u.previousSource && u.target)
    lines.push(
      `        <alt-trans origin="previous-source"><source xml:lang="${m.sourceLang}">${text(segText(u.previousSource))}</source><target xml:lang="${m.targetLang}">${text(segText(u.target.seg))}</target></alt-trans>`,
    )
  for (const n of unitNotes(d, u)) lines.push(`        <note from="folio">${text(n)}</note>`)
  lines.push('      </trans-unit>')
  return lines.join('\n')
}

function write12(m: ExportModel): string {
  const files = m.documents.map((d) =>
    [
      `  <file${attrs({
        original: `${d.collection}/${d.id}`,
        'source-language': m.sourceLang,
        'target-language': m.targetLang,
        datatype: 'x-folio-lexical',
        'product-name': m.tool.name,
        'folio:collection': d.collection,
        'folio:doc': d.id,
      })}>`,
      '    <header>',
      `      <tool${attrs({ 'tool-id': 'folio', 'tool-name': m.tool.name, 'tool-version': m.tool.version })}/>`,
      `      <note from="folio">${text(docHeaderNote(m, d))}</note>`,
      '    </header>',
      '    <body>',
      ...d.units.map((u) => unit12(m, d, u)),
      '    </body>',
      '  </file>',
    ].join('\n'),
  )
  return `${XML_DECL}<xliff${attrs({
    version: '1.2',
    xmlns: NS_12,
    'xmlns:folio': FOLIO_NS,
    'folio:report': m.report.slug,
    'folio:report-id': m.report.id,
  })}>\n${files.join('\n')}\n</xliff>\n`
}

function unit21(d: ExportDocument, u: ExportUnit): string {
  const state = targetState(u, d.status)
  const lines = [
    `      <unit${attrs({ id: u.unit.id, name: u.unit.resname, 'xml:space': 'preserve', 'folio:hash': u.unit.hash })}>`,
  ]
  if (u.stale && u.previousSource && u.target)
    lines.push(
      `        <mtc:matches><mtc:match ref="#s1" origin="previous-source" type="tm"><source>${text(segText(u.previousSource))}</source><target>${text(segText(u.target.seg))}</target></mtc:match></mtc:matches>`,
    )
  lines.push('        <notes>')
  for (const n of unitNotes(d, u)) lines.push(`          <note category="folio">${text(n)}</note>`)
  lines.push('        </notes>')
  lines.push(
    `        <segment${attrs({ id: 's1', state: u.target && state !== 'none' ? STATE_21[state] : 'initial' })}>`,
  )
  lines.push(`          <source>${inlineXml(u.unit.source, u.unit.codes, '2.1')}</source>`)
  if (u.target && state !== 'none')
    lines.push(`          <target>${inlineXml(u.target.seg, codesOf(u), '2.1')}</target>`)
  lines.push('        </segment>', '      </unit>')
  return lines.join('\n')
}

function write21(m: ExportModel): string {
  const files = m.documents.map((d, i) =>
    [
      `  <file${attrs({ id: `f${i + 1}`, original: `${d.collection}/${d.id}`, 'folio:collection': d.collection, 'folio:doc': d.id })}>`,
      '    <notes>',
      `      <note category="folio">${text(docHeaderNote(m, d))}</note>`,
      '    </notes>',
      ...d.units.map((u) => unit21(d, u)),
      '  </file>',
    ].join('\n'),
  )
  return `${XML_DECL}<xliff${attrs({
    version: '2.1',
    xmlns: NS_20,
    'xmlns:mtc': NS_MTC,
    'xmlns:folio': FOLIO_NS,
    srcLang: m.sourceLang,
    trgLang: m.targetLang,
    'folio:report': m.report.slug,
    'folio:report-id': m.report.id,
  })}>\n${files.join('\n')}\n</xliff>\n`
}

/** The XLIFF file of an export. A file with no document still is a valid file (one empty <file> is not allowed, so none). */
export function writeXliff(m: ExportModel, format: Format = '1.2'): string {
  return format === '2.1' ? write21(m) : write12(m)
}
