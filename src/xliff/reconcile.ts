/**
 * What import does with one unit of a file, given the current source and translation. Pure.
 *
 *   stale        the source changed since the export (its hash differs), or the segment is gone
 *   rejected     the target's inline codes do not match the source's, it uses unsupported markup,
 *                or it is longer than the field allows
 *   untranslated no target, an empty one, or a copy of the source still marked as untranslated
 *   unchanged    the target is what the translation already holds (`confirmed` when a stale unit's
 *                target is marked translated again: the translator checked it against the new source)
 *   applied      everything else: written as a draft of the locale
 */
import { segText } from './inline'
import type { ParsedUnit } from './parse'
import type { Seg, TargetState, Unit } from './types'
import { unitHash } from './units'
import { codeProblems } from './validate'

export type UnitOutcome = 'applied' | 'unchanged' | 'stale' | 'rejected' | 'untranslated'

export interface Verdict {
  outcome: UnitOutcome
  reason?: string
  /** unchanged, stale at the source, and marked translated in the file. */
  confirmed?: boolean
}

/** States that say "not translated yet" (1.2 and 2.x). */
const UNTRANSLATED_STATES = new Set(['new', 'needs-translation', 'initial'])
/** States that say "translated": a stale unit marked so is confirmed. */
const TRANSLATED_STATES = new Set(['translated', 'signed-off', 'final', 'reviewed'])

/** Events with adjacent texts merged and empty texts dropped (for comparisons). */
export function canonicalSeg(seg: Seg): Seg {
  const out: Seg = []
  for (const e of seg) {
    if (e.type === 'text') {
      if (e.text === '') continue
      const last = out[out.length - 1]
      if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + e.text }
      else out.push({ ...e })
    } else out.push({ ...e })
  }
  return out
}

export const sameSeg = (a: Seg, b: Seg) => JSON.stringify(canonicalSeg(a)) === JSON.stringify(canonicalSeg(b))

/** The file's source still is the current source: by Folio's hash when the tool kept it, else by content. */
function sourceUnchanged(p: ParsedUnit, u: Unit): boolean {
  if (p.hash) return p.hash === u.hash
  return unitHash(u.kind, canonicalSeg(p.source), u.codes) === u.hash
}

export function classifyUnit(
  p: ParsedUnit,
  u: Unit | undefined,
  current: TargetState | undefined,
  stale: boolean,
): Verdict {
  if (!u)
    return {
      outcome: 'stale',
      reason: 'the source no longer has this segment (it was removed or emptied): not applied',
    }
  if (!sourceUnchanged(p, u))
    return { outcome: 'stale', reason: 'the source changed since the export: not applied (export again)' }
  const target = p.target ? canonicalSeg(p.target) : null
  if (!target || segText(target).trim() === '') return { outcome: 'untranslated', reason: 'no translation in the file' }
  if (p.state && UNTRANSLATED_STATES.has(p.state) && sameSeg(target, u.source))
    return { outcome: 'untranslated', reason: `a copy of the source marked "${p.state}"` }
  if (p.problems.length) return { outcome: 'rejected', reason: p.problems.join('; ') }
  const problems = codeProblems(u.source, u.codes, target)
  if (current && sameSeg(current.seg, target))
    return { outcome: 'unchanged', confirmed: stale && Boolean(p.state && TRANSLATED_STATES.has(p.state)) }
  if (problems.length)
    return { outcome: 'rejected', reason: `inline codes do not match the source: ${problems.join('; ')}` }
  const length = [...segText(target)].length
  if (u.maxLength && length > u.maxLength)
    return { outcome: 'rejected', reason: `${length} characters: longer than the ${u.maxLength} the field allows` }
  return { outcome: 'applied' }
}

/** Parses a unit id `<collection>:<document id>:<field>[:<path>]`. */
export function parseUnitId(
  id: string,
): { collection: string; docId: string; field: string; path: string | null } | null {
  const parts = id.split(':')
  if (parts.length < 3 || parts.length > 4 || parts.some((p) => p === '')) return null
  return { collection: parts[0], docId: parts[1], field: parts[2], path: parts[3] ?? null }
}
