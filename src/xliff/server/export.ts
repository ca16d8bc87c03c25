/**
 * Export of a report's translatable text for one target locale: the XLIFF file (and, with
 * `glossary`, the TBX file of the glossary). Reads the latest drafts; writes nothing.
 */
import type { Payload } from 'payload'

import { DEFAULT_LOCALE, TRANSLATION_LOCALES } from '../../model/locales'
import type { ExportDocument, ExportModel, ExportUnit } from '../document'
import { termNote, termsIn, type GlossaryEntry } from '../glossary'
import { segText } from '../inline'
import { writeTbx } from '../tbx'
import { DEFAULT_STATUS_FILTER, ROW_STATUSES, type Format, type RowStatus, type TargetState, type Unit } from '../types'
import { carryTargets, currentTargets } from '../units'
import { writeXliff } from '../write'
import { reportDocuments, type LoadedDocument } from './documents'
import { loadGlossary } from './glossary'
import { staleInfo } from './stale'

export class XliffRequestError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
    this.name = 'XliffRequestError'
  }
}

export interface ExportOptions {
  /** Year, slug or id. */
  report: string
  locale: string
  format?: Format
  statuses?: RowStatus[]
  glossary?: boolean
  adminRoute?: string
}

export interface ExportResult {
  xml: string
  tbx: string | null
  fileName: string
  report: ExportModel['report']
  documents: number
  units: number
  /** Documents of the report kept out of the file, and why. */
  leftOut: Array<{ collection: string; id: string; title: string; reason: string }>
}

/** Parses `missing,stale` into statuses; throws XliffRequestError naming a bad one. */
export function parseStatuses(value: string | undefined | null): RowStatus[] {
  if (!value) return [...DEFAULT_STATUS_FILTER]
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const bad = list.filter((s) => !(ROW_STATUSES as string[]).includes(s))
  if (bad.length || !list.length)
    throw new XliffRequestError(
      `Unknown status "${bad[0] ?? value}": use a comma-separated list of ${ROW_STATUSES.join(', ')}.`,
    )
  return list as RowStatus[]
}

export function checkLocale(locale: string): void {
  if (!(TRANSLATION_LOCALES as string[]).includes(locale))
    throw new XliffRequestError(
      locale === DEFAULT_LOCALE
        ? `${DEFAULT_LOCALE} is the source language: export a target language (${TRANSLATION_LOCALES.join(', ')}).`
        : `"${locale}" is not a locale of the report: use one of ${TRANSLATION_LOCALES.join(', ')}.`,
    )
}

async function exportDocument(
  payload: Payload,
  d: LoadedDocument,
  locale: string,
  glossary: GlossaryEntry[],
  adminRoute: string,
): Promise<ExportDocument> {
  const ref = { collection: d.collection, id: d.id }
  const { units, targets, aligned } = currentTargets(ref, d.fields, d.source, d.target)
  const info = await staleInfo(payload, d, units)
  const stale = info.units
  const restructured: string[] = []
  const carried = new Map<string, { target: TargetState; changed: Unit | null }>()
  for (const f of new Set(units.map((u) => u.field))) {
    if (aligned.has(f) || !hasText(d.target, f)) continue
    const earlier = info.earlier.get(f)
    const matched = earlier ? carryTargets(ref, d.fields, f, units, earlier, d.target) : new Map()
    if (!matched.size) restructured.push(f)
    for (const [id, c] of matched) carried.set(id, c)
  }
  const exportUnits: ExportUnit[] = units.map((unit) => {
    const c = carried.get(unit.id)
    if (c)
      return {
        unit,
        target: c.target,
        stale: c.changed !== null,
        previousSource: c.changed?.source ?? null,
        notes: termsIn(segText(unit.source), glossary).map((e) => termNote(e, locale)),
      }
    const s = aligned.has(unit.field) || !info.earlier.has(unit.field) ? stale.get(unit.id) : undefined
    const target = targets.get(unit.id) ?? null
    return {
      unit,
      target,
      stale: Boolean(s && target),
      previousSource: s?.previous ?? null,
      notes: termsIn(segText(unit.source), glossary).map((e) => termNote(e, locale)),
    }
  })
  return {
    collection: d.collection,
    id: d.id,
    title: d.title,
    status: d.row.status,
    adminUrl: `${adminRoute}/collections/${d.collection}/${d.id}?locale=${locale}`,
    units: exportUnits,
    notes: restructured.map(
      (f) =>
        `The ${locale} text of “${f}” is structured differently from the source (other paragraphs, lists or blocks): its units have no target, and importing them rebuilds the field on the source's structure.`,
    ),
  }
}

const hasText = (doc: Record<string, unknown>, path: string) => {
  const v = path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc)
  return v !== null && v !== undefined && v !== ''
}

/** Exports a report's documents whose `locale` translation has one of `statuses`. */
export async function exportXliff(payload: Payload, options: ExportOptions): Promise<ExportResult> {
  checkLocale(options.locale)
  const statuses = options.statuses ?? DEFAULT_STATUS_FILTER
  const format = options.format ?? '1.2'
  if (format !== '1.2' && format !== '2.1')
    throw new XliffRequestError(`Unknown format "${String(format)}": use 1.2 or 2.1.`)
  const found = await reportDocuments(payload, options.report, options.locale)
  if (!found) throw new XliffRequestError(`No report with year, slug or id "${options.report}".`, 404)
  const glossary = await loadGlossary(payload)
  const adminRoute = options.adminRoute ?? payload.config.routes?.admin ?? '/admin'
  const documents: ExportDocument[] = []
  for (const d of found.documents) {
    if (!statuses.includes(d.row.status)) continue
    const doc = await exportDocument(payload, d, options.locale, glossary, adminRoute)
    if (doc.units.length) documents.push(doc)
  }
  if (!documents.length)
    throw new XliffRequestError(
      `Nothing to translate: no document of “${found.report.title}” has a ${options.locale} translation that is ${statuses.join(', ')} (and has text).`,
      404,
    )
  const model: ExportModel = {
    report: found.report,
    sourceLang: DEFAULT_LOCALE,
    targetLang: options.locale,
    documents,
    tool: { name: 'Folio', version: process.env.npm_package_version ?? '0.1.0' },
  }
  const base = `${found.report.slug || `report-${found.report.id}`}.${options.locale}`
  return {
    xml: writeXliff(model, format),
    tbx:
      options.glossary && glossary.length
        ? writeTbx(glossary, {
            source: DEFAULT_LOCALE,
            locales: [options.locale],
            title: `Glossary of ${found.report.title}`,
          })
        : null,
    fileName: `${base}.${format === '2.1' ? 'xliff' : 'xlf'}`,
    report: found.report,
    documents: documents.length,
    units: documents.reduce((n, d) => n + d.units.length, 0),
    leftOut: found.leftOut,
  }
}
