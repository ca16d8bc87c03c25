/**
 * A Lexical document ⇄ its translatable slots, and the rebuilding of a translated document. Pure.
 *
 * One slot per paragraph, heading, quote and list item (the inline content of a block element),
 * plus one per translatable text field of an embedded block (a testimony quote's excerpt, a
 * video's title and caption, a call to action's label). Everything else is the skeleton: the
 * root, lists, the blocks themselves (their references, URLs, ids), element attributes, and the
 * inline codes' meaning. A slot's path is the child indexes from the root, `.`-joined
 * (`3.1` = the second item of the list at position 3); a block field adds its name (`5.excerpt`).
 */
import { blockTextFields } from './model'
import { inlineToSeg, isElement, segText } from './inline'
import type { Codes, Seg, UnitKind } from './types'

type Node = Record<string, unknown>

const isObj = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Elements that hold blocks (their children are walked); every other element holds inline content. */
const BLOCK_HOLDERS = new Set(['root', 'list'])
/** Children of a content element that are blocks of their own (a nested list inside a list item). */
const BLOCK_CHILDREN = new Set(['list', 'paragraph', 'heading', 'quote', 'listitem'])
const KINDS = new Set<UnitKind>(['paragraph', 'heading', 'quote', 'listitem'])

export type Slot =
  | { type: 'inline'; path: string; kind: UnitKind; seg: Seg; codes: Codes; hasText: boolean }
  | {
      type: 'field'
      path: string
      kind: 'block-field'
      text: string
      label: string
      blockType: string
      maxLength?: number
    }

/** Runs of inline children of a content element: [start, end) index ranges. */
function inlineRuns(children: unknown[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let start = -1
  children.forEach((c, i) => {
    const block = isObj(c) && isElement(c) && BLOCK_CHILDREN.has(String(c.type))
    if (!block && start < 0) start = i
    if (block && start >= 0) {
      runs.push([start, i])
      start = -1
    }
  })
  if (start >= 0) runs.push([start, children.length])
  return runs
}

const runPath = (path: string, runs: number, k: number) => (runs > 1 ? `${path}~${k}` : path)

/** The root of a stored rich-text value, or null. */
export const rootOf = (value: unknown): Node | null =>
  isObj(value) && isObj(value.root) && value.root.type === 'root' ? value.root : null

/** Every slot of a Lexical document, in reading order. `collection` selects the block fields' rules. */
export function richTextSlots(value: unknown, collection: string): Slot[] {
  const root = rootOf(value)
  if (!root) return []
  const out: Slot[] = []
  const visit = (node: Node, path: string) => {
    const type = String(node.type)
    if (isElement(node) && (BLOCK_HOLDERS.has(type) || path === '')) {
      for (const [i, c] of (node.children as unknown[]).entries())
        if (isObj(c)) visit(c, path === '' ? String(i) : `${path}.${i}`)
      return
    }
    if (isElement(node)) {
      const children = node.children as unknown[]
      const runs = inlineRuns(children)
      const kind = KINDS.has(type as UnitKind) ? (type as UnitKind) : 'element'
      if (runs.length === 0) out.push({ type: 'inline', path, kind, seg: [], codes: {}, hasText: false })
      runs.forEach(([a, b], k) => {
        const { seg, codes } = inlineToSeg(children.slice(a, b))
        out.push({
          type: 'inline',
          path: runPath(path, runs.length, k),
          kind,
          seg,
          codes,
          hasText: segText(seg).trim() !== '',
        })
      })
      children.forEach((c, i) => {
        if (isObj(c) && isElement(c) && BLOCK_CHILDREN.has(String(c.type))) visit(c, `${path}.${i}`)
      })
      return
    }
    if (type === 'block' && isObj(node.fields)) {
      const fields = node.fields
      for (const f of blockTextFields(collection, fields.blockType)) {
        const text = typeof fields[f.name] === 'string' ? (fields[f.name] as string) : ''
        out.push({
          type: 'field',
          path: `${path}.${f.name}`,
          kind: 'block-field',
          text,
          label: f.label,
          blockType: String(fields.blockType),
          ...(f.maxLength ? { maxLength: f.maxLength } : {}),
        })
      }
    }
  }
  visit(root, '')
  return out
}

/**
 * The structure of a document without its text: two documents with the same shape have their
 * slots at the same paths (a translation made with the same paragraphs, lists and blocks).
 */
export function shapeOf(value: unknown): string {
  const root = rootOf(value)
  if (!root) return ''
  const shape = (node: Node): string => {
    const type = String(node.type)
    if (!isElement(node))
      return type === 'block' && isObj(node.fields) ? `block:${String(node.fields.blockType)}` : type
    const children = node.children as unknown[]
    if (BLOCK_HOLDERS.has(type)) return `${type}(${children.filter(isObj).map(shape).join(',')})`
    const runs = inlineRuns(children).length
    const blocks = children.filter((c) => isObj(c) && isElement(c) && BLOCK_CHILDREN.has(String(c.type))) as Node[]
    return `${type}${runs > 1 ? `*${runs}` : ''}(${blocks.map(shape).join(',')})`
  }
  return shape(root)
}

/** What to put in a slot when rebuilding: new inline children, or a block field's new text. */
export type SlotContent = { type: 'inline'; children: Node[] } | { type: 'field'; text: string }

/**
 * A copy of `base` (a Lexical document: the translation's own, when its shape matches the source,
 * else the source's skeleton) with the given slots replaced. Paths are those of richTextSlots.
 */
/** Inline nodes with every element's direction set to `direction` (when the block has one). */
function withDirection(nodes: unknown[], direction: unknown): unknown[] {
  if (typeof direction !== 'string') return nodes
  const set = (n: unknown): unknown => {
    if (!isObj(n)) return n
    const out: Node = { ...n }
    if (typeof out.direction === 'string') out.direction = direction
    if (Array.isArray(out.children)) out.children = out.children.map(set)
    return out
  }
  return nodes.map(set)
}

export function rebuildRichText(base: unknown, replace: Map<string, SlotContent>): unknown {
  const copy = structuredClone(base) as Node
  const root = rootOf(copy)
  if (!root) return copy
  const visit = (node: Node, path: string) => {
    const type = String(node.type)
    if (isElement(node) && (BLOCK_HOLDERS.has(type) || path === '')) {
      for (const [i, c] of (node.children as unknown[]).entries())
        if (isObj(c)) visit(c, path === '' ? String(i) : `${path}.${i}`)
      return
    }
    if (isElement(node)) {
      const children = node.children as unknown[]
      const runs = inlineRuns(children)
      children.forEach((c, i) => {
        if (isObj(c) && isElement(c) && BLOCK_CHILDREN.has(String(c.type))) visit(c, `${path}.${i}`)
      })
      // Inline elements (links) made from the source's codes take the direction of the block they
      // are placed in (an Arabic paragraph's link is right-to-left, like the paragraph).
      const placed = (nodes: unknown[]) => withDirection(nodes, node.direction)
      if (runs.length === 0) {
        const r = replace.get(path)
        if (r?.type === 'inline') children.unshift(...placed(r.children))
        return
      }
      // From the last run backwards, so earlier indexes stay valid.
      for (let k = runs.length - 1; k >= 0; k--) {
        const r = replace.get(runPath(path, runs.length, k))
        if (r?.type === 'inline') children.splice(runs[k][0], runs[k][1] - runs[k][0], ...placed(r.children))
      }
      return
    }
    if (type === 'block' && isObj(node.fields)) {
      for (const [p, r] of replace) {
        if (r.type !== 'field' || !p.startsWith(`${path}.`)) continue
        const name = p.slice(path.length + 1)
        if (!name.includes('.')) node.fields[name] = r.text
      }
    }
  }
  visit(root, '')
  return copy
}

/**
 * The source's skeleton for a translation that has none of its own (or one of another shape):
 * every translatable slot emptied, element directions set for the target language.
 */
export function emptySkeleton(source: unknown, collection: string, rtl: boolean): unknown {
  const empty = new Map<string, SlotContent>()
  for (const s of richTextSlots(source, collection)) {
    if (s.type === 'inline' && s.hasText) empty.set(s.path, { type: 'inline', children: [] })
    if (s.type === 'field' && s.text.trim() !== '') empty.set(s.path, { type: 'field', text: '' })
  }
  const out = rebuildRichText(source, empty) as Node
  const dir = (n: unknown) => {
    if (!isObj(n)) return
    if (typeof n.direction === 'string') n.direction = rtl ? 'rtl' : 'ltr'
    if (Array.isArray(n.children)) n.children.forEach(dir)
  }
  dir(out.root)
  return out
}
