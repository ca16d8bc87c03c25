/**
 * Inline content of one Lexical block (a paragraph's children) ⇄ a unit's events and codes. Pure.
 *
 * Lexical keeps formatting as a bitmask on each text node and links as elements around text;
 * XLIFF wants properly nested paired codes. Going out, links (and any other inline element) are
 * the outermost codes and are never split; format bits are nested inside them, the one that lasts
 * longest outermost, and split where two overlap (bold over a link's start becomes two bold
 * codes). Coming back, every text character gets the union of the codes around it, so any valid
 * nesting a translator makes (or overlapping <sc>/<ec> pairs) maps back to text nodes. The round
 * trip is exact for content as Lexical saves it (no two adjacent text nodes with the same
 * attributes, no empty text nodes).
 */
import type { CodeDef, Codes, Seg } from './types'

type Node = Record<string, unknown>

/** A text node's attributes besides text and format, as Lexical saves them by default. */
export const DEFAULT_TEXT: Node = { detail: 0, mode: 'normal', style: '', type: 'text', version: 1 }

const isObj = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)
export const isElement = (n: Node): boolean => Array.isArray(n.children)

const sortedJSON = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    isObj(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  )

export const deepEqual = (a: unknown, b: unknown): boolean => sortedJSON(a) === sortedJSON(b)

const withoutChildren = (n: Node): Node => {
  const { children: _c, ...rest } = n
  return rest
}

const textAttrs = (n: Node): Node | null => {
  const { text: _t, format: _f, ...rest } = n
  return deepEqual(rest, DEFAULT_TEXT) ? null : rest
}

const BITS = [1, 2, 4, 8, 16, 32, 64, 128]

/** One leaf of the inline content: a text run or a placeholder, with the elements around it. */
interface Leaf {
  kind: 'text' | 'ph'
  node: Node
  /** Enclosing inline elements, outermost first, each with a key unique to that element. */
  wrappers: Array<{ key: string; node: Node }>
  /** Mark keys: `f<bit>` and `a<attrs json>`. */
  marks: string[]
}

function leaves(children: unknown[], wrappers: Leaf['wrappers'], out: Leaf[], counter: { n: number }) {
  for (const child of children) {
    if (!isObj(child)) continue
    if (child.type === 'text' && typeof child.text === 'string') {
      if (child.text === '') continue
      const f = typeof child.format === 'number' ? child.format : 0
      const marks = BITS.filter((b) => f & b).map((b) => `f${b}`)
      const attrs = textAttrs(child)
      if (attrs) marks.push(`a${sortedJSON(attrs)}`)
      out.push({ kind: 'text', node: child, wrappers, marks })
    } else if (isElement(child)) {
      const key = `w${counter.n++}`
      leaves(child.children as unknown[], [...wrappers, { key, node: withoutChildren(child) }], out, counter)
    } else {
      out.push({ kind: 'ph', node: child, wrappers, marks: [] })
    }
  }
}

/** Placeholders keep the marks that continue on both sides open (a line break inside bold text). */
function spreadMarks(ls: Leaf[]) {
  for (let i = 0; i < ls.length; i++) {
    if (ls[i].kind !== 'ph') continue
    const prev = ls
      .slice(0, i)
      .reverse()
      .find((l) => l.kind === 'text')
    const next = ls.slice(i + 1).find((l) => l.kind === 'text')
    if (prev && next) ls[i].marks = prev.marks.filter((m) => next.marks.includes(m))
  }
}

const sameWrappers = (a: Leaf['wrappers'], b: Leaf['wrappers']) =>
  a.length === b.length && a.every((w, i) => w.key === b[i].key)

/** Lexical inline children → events and codes (ids "1", "2", ... in order of appearance). */
export function inlineToSeg(children: unknown[]): { seg: Seg; codes: Codes } {
  const ls: Leaf[] = []
  leaves(children, [], ls, { n: 0 })
  spreadMarks(ls)
  const seg: Seg = []
  const codes: Codes = {}
  let next = 1
  const stack: Array<{ key: string; id: string }> = []
  const persistence = (i: number, mark: string) => {
    let n = 0
    for (let j = i; j < ls.length && ls[j].marks.includes(mark) && sameWrappers(ls[j].wrappers, ls[i].wrappers); j++)
      n++
    return n
  }
  ls.forEach((leaf, i) => {
    const marks = [...leaf.marks].sort((a, b) => persistence(i, b) - persistence(i, a) || (a < b ? -1 : a > b ? 1 : 0))
    const desired = [...leaf.wrappers.map((w) => w.key), ...marks]
    let keep = 0
    while (keep < stack.length && keep < desired.length && stack[keep].key === desired[keep]) keep++
    while (stack.length > keep) seg.push({ type: 'close', id: stack.pop()!.id })
    for (const key of desired.slice(keep)) {
      const id = String(next++)
      const wrapper = leaf.wrappers.find((w) => w.key === key)
      codes[id] = wrapper
        ? { kind: 'link', node: wrapper.node }
        : key.startsWith('f')
          ? { kind: 'fmt', bit: Number(key.slice(1)) }
          : { kind: 'attrs', attrs: JSON.parse(key.slice(1)) as Node }
      seg.push({ type: 'open', id })
      stack.push({ key, id })
    }
    if (leaf.kind === 'text') {
      const text = String(leaf.node.text)
      const last = seg[seg.length - 1]
      if (last?.type === 'text') last.text += text
      else seg.push({ type: 'text', text })
    } else {
      const id = String(next++)
      codes[id] = { kind: 'ph', node: leaf.node }
      seg.push({ type: 'ph', id })
    }
  })
  while (stack.length) seg.push({ type: 'close', id: stack.pop()!.id })
  return { seg, codes }
}

interface OutLeaf {
  node: Node
  wrappers: string[]
}

/**
 * Events and codes → Lexical inline children. The events must be valid for the codes (see
 * validate.ts): every code opened once and closed after it, placeholders once, no link in a link.
 */
export function segToInline(seg: Seg, codes: Codes): Node[] {
  const active: string[] = []
  const out: OutLeaf[] = []
  for (const ev of seg) {
    if (ev.type === 'open') active.push(ev.id)
    else if (ev.type === 'close') active.splice(active.indexOf(ev.id), 1)
    else {
      const wrappers = active.filter((id) => codes[id]?.kind === 'link')
      if (ev.type === 'ph') {
        const def = codes[ev.id] as Extract<CodeDef, { kind: 'ph' }>
        out.push({ node: structuredClone(def.node), wrappers })
        continue
      }
      if (ev.text === '') continue
      let format = 0
      let attrs: Node | null = null
      for (const id of active) {
        const def = codes[id]
        if (def?.kind === 'fmt') format |= def.bit
        else if (def?.kind === 'attrs') attrs = def.attrs
      }
      out.push({ node: { ...(attrs ?? DEFAULT_TEXT), format, text: ev.text }, wrappers })
    }
  }
  return group(out, 0, codes)
}

function group(ls: OutLeaf[], depth: number, codes: Codes): Node[] {
  const out: Node[] = []
  let i = 0
  while (i < ls.length) {
    const w = ls[i].wrappers[depth]
    if (w === undefined) {
      const node = ls[i].node
      const prev = out[out.length - 1]
      if (
        node.type === 'text' &&
        prev?.type === 'text' &&
        deepEqual(textAttrs(prev), textAttrs(node)) &&
        prev.format === node.format
      )
        out[out.length - 1] = { ...prev, text: String(prev.text) + String(node.text) }
      else out.push(node)
      i++
      continue
    }
    let j = i
    while (j < ls.length && ls[j].wrappers[depth] === w) j++
    const def = codes[w] as Extract<CodeDef, { kind: 'link' }>
    out.push({ ...structuredClone(def.node), children: group(ls.slice(i, j), depth + 1, codes) })
    i = j
  }
  return out
}

/** The plain text of events (codes dropped, placeholders as a space). */
export const segText = (seg: Seg): string =>
  seg.map((e) => (e.type === 'text' ? e.text : e.type === 'ph' ? ' ' : '')).join('')

/** A code's signature: what it is, regardless of its id (to match a translation's codes to the source's). */
export function codeSignature(def: CodeDef): string {
  switch (def.kind) {
    case 'fmt':
      return `fmt:${def.bit}`
    case 'attrs':
      return `attrs:${sortedJSON(def.attrs)}`
    case 'link':
      return `el:${String(def.node.type)}`
    case 'ph':
      return `ph:${String(def.node.type)}`
  }
}

/**
 * Re-expresses `seg` (with its own `codes`) with the ids of `target` codes of the same kind, matched
 * in order of appearance. Codes without a counterpart get ids `t1`, `t2`, ... and `differ` is true.
 */
export function mapCodes(seg: Seg, codes: Codes, target: Codes): { seg: Seg; differ: boolean; extra: Codes } {
  const pools = new Map<string, string[]>()
  for (const [id, def] of Object.entries(target)) {
    const sig = codeSignature(def)
    pools.set(sig, [...(pools.get(sig) ?? []), id])
  }
  const map = new Map<string, string>()
  const extra: Codes = {}
  let differ = false
  for (const ev of seg) {
    if (ev.type === 'text' || map.has(ev.id)) continue
    const pool = pools.get(codeSignature(codes[ev.id]))
    const id = pool?.shift()
    if (id) map.set(ev.id, id)
    else {
      const id = `t${Object.keys(extra).length + 1}`
      map.set(ev.id, id)
      extra[id] = codes[ev.id]
      differ = true
    }
  }
  if ([...pools.values()].some((p) => p.length > 0)) differ = true
  return { seg: seg.map((ev) => (ev.type === 'text' ? ev : { ...ev, id: map.get(ev.id)! })), differ, extra }
}
