/**
 * Validation of a translated unit's inline codes against its source. Pure.
 *
 * The target must use the same set of codes as the source, each once: a paired code opened once
 * and closed once after its opening, a placeholder once, no paired code used as a placeholder or
 * the reverse, and no link inside another link (Lexical cannot hold it). Codes may be reordered and
 * nested differently (that is translation); paired codes may even overlap (<sc>/<ec>), since
 * formatting applies per character.
 */
import { ctype12 } from './codes'
import type { Codes, Seg } from './types'

const describe = (id: string, codes: Codes) => (codes[id] ? `${id} (${ctype12(codes[id])})` : id)

/** Problems of `target` against the source's `codes` and events; empty when it is valid. */
export function codeProblems(source: Seg, codes: Codes, target: Seg): string[] {
  const problems: string[] = []
  const paired = new Set(source.filter((e) => e.type === 'open').map((e) => e.id))
  const placeholders = new Set(source.filter((e) => e.type === 'ph').map((e) => e.id))
  const opened = new Map<string, number>()
  const closed = new Set<string>()
  const phSeen = new Map<string, number>()
  const openNow: string[] = []
  for (const ev of target) {
    if (ev.type === 'text') continue
    if (ev.type === 'ph') {
      phSeen.set(ev.id, (phSeen.get(ev.id) ?? 0) + 1)
      if (paired.has(ev.id))
        problems.push(`code ${describe(ev.id, codes)} is a paired code in the source but a placeholder in the target`)
      continue
    }
    if (ev.type === 'open') {
      opened.set(ev.id, (opened.get(ev.id) ?? 0) + 1)
      if (placeholders.has(ev.id))
        problems.push(`code ${describe(ev.id, codes)} is a placeholder in the source but a paired code in the target`)
      if (codes[ev.id]?.kind === 'link' && openNow.some((id) => codes[id]?.kind === 'link'))
        problems.push(`link ${describe(ev.id, codes)} is inside another link`)
      openNow.push(ev.id)
      continue
    }
    if (!opened.has(ev.id)) problems.push(`code ${describe(ev.id, codes)} is closed before it is opened`)
    else if (closed.has(ev.id)) problems.push(`code ${describe(ev.id, codes)} is closed twice`)
    closed.add(ev.id)
    const at = openNow.lastIndexOf(ev.id)
    if (at >= 0) openNow.splice(at, 1)
  }
  for (const [id, n] of opened) {
    if (n > 1) problems.push(`code ${describe(id, codes)} is used ${n} times (once in the source)`)
    if (!closed.has(id)) problems.push(`code ${describe(id, codes)} is opened but never closed`)
  }
  for (const [id, n] of phSeen)
    if (n > 1 && placeholders.has(id))
      problems.push(`placeholder ${describe(id, codes)} is used ${n} times (once in the source)`)
  const used = new Set([...opened.keys(), ...phSeen.keys()])
  const expected = new Set([...paired, ...placeholders])
  const missing = [...expected].filter((id) => !used.has(id))
  const extra = [...used].filter((id) => !expected.has(id))
  if (missing.length)
    problems.push(`missing code${missing.length > 1 ? 's' : ''} ${missing.map((id) => describe(id, codes)).join(', ')}`)
  if (extra.length) problems.push(`code${extra.length > 1 ? 's' : ''} ${extra.join(', ')} not in the source`)
  return [...new Set(problems)]
}
