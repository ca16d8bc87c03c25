/**
 * What an export holds, independent of the XLIFF version: the report, the languages, and per
 * document its units, current targets and their states. Built by the Payload side (server/export.ts),
 * written by write12.ts / write21.ts. Pure data and helpers.
 */
import { segText } from './inline'
import type { Codes, RowStatus, Seg, TargetState, Unit } from './types'

export interface ExportUnit {
  unit: Unit
  target: TargetState | null
  /** The target was made from an earlier source (the workflow marks the field stale). */
  stale: boolean
  /** The earlier source text, when a version holds it. */
  previousSource: Seg | null
  /** Context lines beyond the unit's own (glossary terms found in its source). */
  notes: string[]
}

export interface ExportDocument {
  collection: string
  id: string
  title: string
  /** The document's translation status in the target locale. */
  status: RowStatus
  adminUrl: string
  units: ExportUnit[]
  /** Document-level remarks (a field rebuilt on the source's structure, ...). */
  notes: string[]
}

export interface ExportModel {
  report: { id: string; slug: string; year: number | null; title: string }
  sourceLang: string
  targetLang: string
  documents: ExportDocument[]
  tool: { name: string; version: string }
}

export type TargetStateName = 'none' | 'stale' | 'differ' | 'translated' | 'reviewed' | 'final'

/** The state of a unit's target: none (untranslated), stale, codes differ, or from the document's status. */
export function targetState(u: ExportUnit, status: RowStatus): TargetStateName {
  if (!u.target) return 'none'
  if (u.stale) return 'stale'
  if (u.target.codesDiffer) return 'differ'
  if (status === 'approved') return 'final'
  if (status === 'ready-for-review') return 'reviewed'
  return 'translated'
}

/** The context of a unit, one line each: collection, document, field, max length, links, glossary. */
export function unitNotes(doc: ExportDocument, u: ExportUnit): string[] {
  const lines = [
    `${collectionLabel(doc.collection)} “${doc.title}” — ${u.unit.label}${u.unit.kind === 'text' || u.unit.kind === 'block-field' ? '' : ` (${u.unit.kind})`}`,
  ]
  if (u.unit.maxLength) lines.push(`Maximum length: ${u.unit.maxLength} characters.`)
  const links = linkTargets(u.unit.codes)
  if (links.length) lines.push(`Links (kept as they are): ${links.join(', ')}`)
  if (u.target?.codesDiffer)
    lines.push(
      'The current translation has other formatting than the source: its tags must be made to match the source’s.',
    )
  if (u.stale)
    lines.push(
      u.previousSource
        ? `The source changed since this was translated. Earlier source: “${segText(u.previousSource).trim()}”`
        : 'The source changed since this was translated: review the translation.',
    )
  return [...lines, ...u.notes]
}

function linkTargets(codes: Codes): string[] {
  const out: string[] = []
  for (const [id, def] of Object.entries(codes)) {
    if (def.kind !== 'link') continue
    const fields = (def.node.fields ?? {}) as { url?: unknown }
    const url = fields.url ?? def.node.url
    if (typeof url === 'string') out.push(`${id} → ${url}`)
  }
  return out
}

const LABELS: Record<string, string> = {
  reports: 'Report',
  chapters: 'Chapter',
  testimonies: 'Testimony',
  defenders: 'Defender',
  statistics: 'Statistic',
  organisations: 'Organisation',
}
export const collectionLabel = (c: string) => LABELS[c] ?? c
