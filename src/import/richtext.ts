/**
 * The portable rich-text tree of a bundle (src/publish/bundle/schema/portable-text.ts) → the
 * Lexical JSON Payload stores: the inverse of src/publish/bundle/richtext.ts, so that a published
 * bundle imported and published again gives the same tree. Embedded references are rewritten
 * through `ids` (bundle id → id in this database); a reference the import did not write is an
 * error naming the node, never a dangling block.
 */
import { randomBytes } from 'node:crypto'

import type { BlockNode, InlineNode, ListNode, Mark, RichText } from '../publish/bundle/schema'

type LNode = Record<string, unknown>

/** Lexical's text format bits (the inverse of formatToMarks). */
const MARK_BITS: Record<Mark, number> = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
}

/** Bundle id → database id, per referenced collection. */
export type IdLookup = (collection: 'statistics' | 'testimonies' | 'defenders' | 'media', id: string) => string | number

const element = (type: string, children: LNode[], dir: 'ltr' | 'rtl', extra: LNode = {}): LNode => ({
  type,
  children,
  direction: dir,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const textNode = (text: string, marks: Mark[]): LNode => ({
  type: 'text',
  text,
  format: marks.reduce((acc, m) => acc | MARK_BITS[m], 0),
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** An ObjectId-shaped block id, as the editor writes. */
const blockId = () => randomBytes(12).toString('hex')

const block = (fields: LNode): LNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: blockId(), blockName: '', ...fields },
})

function inlines(nodes: InlineNode[], dir: 'ltr' | 'rtl'): LNode[] {
  return nodes.map((n) => {
    if (n.type === 'text') return textNode(n.text, n.marks)
    if (n.type === 'linebreak') return { type: 'linebreak', version: 1 }
    return element('link', inlines(n.children, dir), dir, {
      version: 3,
      fields: { url: n.url, newTab: n.newTab, linkType: 'custom' },
    })
  })
}

function list(node: ListNode, dir: 'ltr' | 'rtl'): LNode {
  const items: LNode[] = []
  let value = 1
  for (const item of node.items) {
    items.push(element('listitem', inlines(item.children, dir), dir, { value: value++ }))
    // Lexical nests a list in its own list item right after its parent item.
    for (const nested of item.lists) items.push(element('listitem', [list(nested, dir)], dir, { value: value++ }))
  }
  const listType = node.ordered ? 'number' : 'bullet'
  return element('list', items, dir, { listType, tag: node.ordered ? 'ol' : 'ul', start: 1 })
}

function blockNode(b: BlockNode, dir: 'ltr' | 'rtl', ids: IdLookup): LNode {
  switch (b.type) {
    case 'paragraph':
      return element('paragraph', inlines(b.children, dir), dir, { textFormat: 0, textStyle: '' })
    case 'heading':
      return element('heading', inlines(b.children, dir), dir, { tag: `h${b.level}` })
    case 'quote':
      return element('quote', inlines(b.children, dir), dir)
    case 'list':
      return list(b, dir)
    case 'embed':
      if (b.kind === 'statistic') return block({ blockType: 'statistic', statistic: ids('statistics', b.id) })
      if (b.kind === 'defender') return block({ blockType: 'defenderCard', defender: ids('defenders', b.id) })
      return block({ blockType: 'testimonyQuote', testimony: ids('testimonies', b.id), excerpt: b.excerpt })
    case 'video':
      return block({
        blockType: 'video',
        url: b.url,
        title: b.title,
        caption: b.caption,
        poster: b.poster === null ? null : ids('media', b.poster),
        ...(b.duration ? { duration: b.duration } : {}),
      })
    case 'callToAction':
      return block({ blockType: 'callToAction', label: b.label, url: b.url, kind: b.kind })
  }
}

/** The Lexical document for a portable tree (null stays null: no text in that locale). */
export function portableToLexical(tree: RichText | null, dir: 'ltr' | 'rtl', ids: IdLookup): LNode | null {
  if (!tree) return null
  return {
    root: element(
      'root',
      tree.children.map((b) => blockNode(b, dir, ids)),
      dir,
    ),
  }
}
