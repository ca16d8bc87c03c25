/**
 * How a code is written in each XLIFF version, and the events ⇄ nested inline markup. Pure.
 *   1.2: paired codes <g id ctype>, placeholders <x id ctype/>   (ctype: bold, italic, underline, link, lb, x-…)
 *   2.1: paired codes <pc id type subType>, placeholders <ph id type subType/>   (xlf:b, xlf:i, xlf:u, xlf:lb)
 */
import type { CodeDef, Codes, Format, Seg } from './types'
import { attrs, text } from './xml'

const FMT: Record<number, { c12: string; sub21: string }> = {
  1: { c12: 'bold', sub21: 'xlf:b' },
  2: { c12: 'italic', sub21: 'xlf:i' },
  4: { c12: 'x-strikethrough', sub21: 'folio:strikethrough' },
  8: { c12: 'underline', sub21: 'xlf:u' },
  16: { c12: 'x-code', sub21: 'folio:code' },
  32: { c12: 'x-subscript', sub21: 'folio:subscript' },
  64: { c12: 'x-superscript', sub21: 'folio:superscript' },
  128: { c12: 'x-highlight', sub21: 'folio:highlight' },
}

const nodeType = (def: CodeDef) => (def.kind === 'link' || def.kind === 'ph' ? String(def.node.type) : '')
const safe = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '-')

/** 1.2 ctype of a code. */
export function ctype12(def: CodeDef): string {
  if (def.kind === 'fmt') return FMT[def.bit]?.c12 ?? `x-format-${def.bit}`
  if (def.kind === 'attrs') return 'x-style'
  if (def.kind === 'link')
    return nodeType(def) === 'link' || nodeType(def) === 'autolink' ? 'link' : `x-${safe(nodeType(def))}`
  return nodeType(def) === 'linebreak' ? 'lb' : `x-${safe(nodeType(def))}`
}

/** 2.1 type and subType of a code. */
export function type21(def: CodeDef): { type: string; subType?: string } {
  if (def.kind === 'fmt') return { type: 'fmt', subType: FMT[def.bit]?.sub21 ?? `folio:format-${def.bit}` }
  if (def.kind === 'attrs') return { type: 'fmt', subType: 'folio:style' }
  if (def.kind === 'link')
    return nodeType(def) === 'link' || nodeType(def) === 'autolink'
      ? { type: 'link' }
      : { type: 'other', subType: `folio:${safe(nodeType(def))}` }
  if (nodeType(def) === 'linebreak') return { type: 'fmt', subType: 'xlf:lb' }
  return { type: 'other', subType: `folio:${safe(nodeType(def))}` }
}

/** 2.1 writes characters XML cannot carry as <cp hex="…"/>. */
const cp = (ch: string) => `<cp hex="${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}"/>`

/**
 * Events → inline markup. The events must be properly nested (they are, for sources and for the
 * targets Folio writes). `codes` gives each id its meaning (for ctype / type).
 */
export function inlineXml(seg: Seg, codes: Codes, format: Format): string {
  const stack: string[] = []
  let out = ''
  for (const ev of seg) {
    if (ev.type === 'text') {
      out += format === '2.1' ? text(ev.text, cp) : text(ev.text)
      continue
    }
    const def = codes[ev.id]
    if (!def) throw new Error(`inline code ${ev.id} has no definition`)
    if (ev.type === 'open') {
      stack.push(ev.id)
      out +=
        format === '1.2'
          ? `<g${attrs({ id: ev.id, ctype: ctype12(def) })}>`
          : `<pc${attrs({ id: ev.id, ...type21(def) })}>`
    } else if (ev.type === 'close') {
      if (stack.pop() !== ev.id) throw new Error(`inline code ${ev.id} is not properly nested`)
      out += format === '1.2' ? '</g>' : '</pc>'
    } else {
      out +=
        format === '1.2'
          ? `<x${attrs({ id: ev.id, ctype: ctype12(def) })}/>`
          : `<ph${attrs({ id: ev.id, ...type21(def) })}/>`
    }
  }
  if (stack.length) throw new Error(`inline code ${stack[stack.length - 1]} is never closed`)
  return out
}
