/**
 * Lexical JSON (as Payload stores it) → the portable rich-text tree of the public bundle.
 *
 * The target tree is documented in src/publish/bundle/schema/portable-text.ts. Summary:
 *   root → blocks: paragraph | heading(2–4) | list(ordered, items[listItem{children, lists}])
 *                  | quote | embed{kind: statistic|testimony|defender, id, excerpt}
 *                  | video{url,title,caption,poster} | callToAction{label,url,kind}
 *   inline: text{text, marks[]} | linebreak | link{url,newTab,children[text|linebreak]}
 *
 * Mapping from Lexical:
 *   root                → root (null when it holds no visible content, e.g. one empty paragraph)
 *   paragraph           → paragraph (indent, direction, alignment are presentation: dropped)
 *   heading tag h2..h4  → heading level 2..4; h1/h5/h6 → problem (not offered by the editor)
 *   quote               → quote
 *   list listType bullet|number → list ordered false|true; `check` → problem
 *   listitem            → listItem; a `list` child becomes one of the item's nested `lists`
 *   text format bitmask → marks: 1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code,
 *                          32 subscript, 64 superscript; 128 highlight dropped (no print meaning);
 *                          `style` (inline CSS) dropped. Adjacent runs with equal marks are merged.
 *   tab                 → text "\t"
 *   linebreak           → linebreak
 *   link / autolink     → link; fields.url checked with linkProblem (http, https, mailto only);
 *                          linkType "internal" → problem (the editor has no internal links)
 *   block statistic      → embed kind statistic      (fields.statistic: id or populated object)
 *   block testimonyQuote → embed kind testimony, excerpt = fields.excerpt or null
 *   block defenderCard   → embed kind defender
 *   block video          → video (fields.url, title, caption, poster media id, duration when given)
 *   block callToAction   → callToAction (kind defaults to "read")
 * Anything else (upload, relationship, horizontalrule, inlineBlock, unknown block types, a node
 * in the wrong place) is a problem naming the node type and its path; nothing is silently dropped.
 *
 * The converter is pure and never throws on content: it returns the tree, the ids it references
 * (for collection and validation) and every problem found.
 */
import { linkProblem } from '../../fields/url'
import { compareIds, relationId } from '../../model/ids'
import type { BlockNode, InlineNode, ListItemNode, ListNode, Mark, RichText, TextNode } from './schema'

export interface RichTextRefs {
  statistics: string[]
  testimonies: string[]
  defenders: string[]
  media: string[]
}

export interface RichTextProblem {
  /** JSON path inside the Lexical document, e.g. `root.children[3].children[0]`. */
  path: string
  /** The Lexical node type (or block type as `block:<slug>`). */
  nodeType: string
  code: 'unknown-node' | 'misplaced-node' | 'bad-link' | 'bad-reference' | 'bad-value'
  message: string
}

export interface ConvertResult {
  tree: RichText | null
  refs: RichTextRefs
  problems: RichTextProblem[]
}

type LNode = Record<string, unknown>

const FORMAT_BITS: Array<[number, Mark | null]> = [
  [1, 'bold'],
  [2, 'italic'],
  [4, 'strikethrough'],
  [8, 'underline'],
  [16, 'code'],
  [32, 'subscript'],
  [64, 'superscript'],
  [128, null], // highlight: dropped on purpose
]

/** Lexical's text format bitmask → sorted marks; bits beyond the known ones → null (a problem). */
export function formatToMarks(format: unknown): Mark[] | null {
  const f = typeof format === 'number' ? format : 0
  if (!Number.isInteger(f) || f < 0 || f > 255) return null
  const marks: Mark[] = []
  for (const [bit, mark] of FORMAT_BITS) if (f & bit && mark) marks.push(mark)
  return marks.sort()
}

const isObj = (v: unknown): v is LNode => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)

class Converter {
  problems: RichTextProblem[] = []
  refs = {
    statistics: new Set<string>(),
    testimonies: new Set<string>(),
    defenders: new Set<string>(),
    media: new Set<string>(),
  }

  problem(path: string, nodeType: string, code: RichTextProblem['code'], message: string) {
    this.problems.push({ path, nodeType, code, message })
  }

  children(node: LNode, path: string): Array<[LNode, string]> {
    const c = node.children
    if (c === undefined) return []
    if (!Array.isArray(c)) {
      this.problem(path, String(node.type), 'bad-value', `children of "${String(node.type)}" is not an array`)
      return []
    }
    const out: Array<[LNode, string]> = []
    c.forEach((child, i) => {
      const p = `${path}.children[${i}]`
      if (isObj(child)) out.push([child, p])
      else this.problem(p, typeof child, 'bad-value', 'a rich-text node is not an object')
    })
    return out
  }

  /** Inline content; `inLink` forbids nested links. */
  inlines(node: LNode, path: string, inLink = false): InlineNode[] {
    const out: InlineNode[] = []
    for (const [child, p] of this.children(node, path)) {
      const type = String(child.type)
      switch (type) {
        case 'text': {
          const marks = formatToMarks(child.format)
          if (marks === null) {
            this.problem(p, type, 'bad-value', `text format ${JSON.stringify(child.format)} has unknown bits`)
            break
          }
          if (typeof child.text !== 'string') {
            this.problem(p, type, 'bad-value', 'text node without a string text')
            break
          }
          out.push({ type: 'text', text: child.text, marks })
          break
        }
        case 'tab':
          out.push({ type: 'text', text: '\t', marks: formatToMarks(child.format) ?? [] })
          break
        case 'linebreak':
          out.push({ type: 'linebreak' })
          break
        case 'link':
        case 'autolink': {
          const link = this.link(child, p, type, inLink)
          if (link) out.push(link)
          break
        }
        default:
          this.problem(
            p,
            type === 'block' ? `block:${String(isObj(child.fields) ? child.fields.blockType : '?')}` : type,
            KNOWN_BLOCK_TYPES.has(type) ? 'misplaced-node' : 'unknown-node',
            KNOWN_BLOCK_TYPES.has(type)
              ? `"${type}" cannot appear inside text (inside a paragraph, heading, quote, list item or link)`
              : `unsupported rich-text node "${type}"`,
          )
      }
    }
    return mergeText(out)
  }

  /** A link (or autolink) node; its children are text and line breaks only. */
  link(child: LNode, p: string, type: string, inLink: boolean): InlineNode | null {
    if (inLink) {
      this.problem(p, type, 'misplaced-node', 'a link inside a link')
      return null
    }
    const fields = isObj(child.fields) ? child.fields : {}
    // Lexical's older link nodes kept url at the top level.
    const url = (fields.url ?? child.url) as unknown
    if (fields.linkType === 'internal') {
      this.problem(
        p,
        type,
        'bad-link',
        'internal links (to CMS documents) are not supported in published text; use an https:// URL',
      )
      return null
    }
    const bad = linkProblem(url)
    if (bad) {
      this.problem(p, type, 'bad-link', `link ${bad}`)
      return null
    }
    const inner = this.inlines(child, p, true).filter(
      (n): n is TextNode | { type: 'linebreak' } => n.type === 'text' || n.type === 'linebreak',
    )
    return {
      type: 'link',
      url: String(url).trim(),
      newTab: fields.newTab === true || child.target === '_blank',
      children: mergeText(inner),
    }
  }

  list(node: LNode, path: string): ListNode | null {
    const listType = node.listType ?? (node.tag === 'ol' ? 'number' : node.tag === 'ul' ? 'bullet' : undefined)
    if (listType !== 'bullet' && listType !== 'number') {
      this.problem(
        path,
        'list',
        'unknown-node',
        `list type ${JSON.stringify(listType)} is not supported (bullet and number only)`,
      )
      return null
    }
    const items: ListItemNode[] = []
    for (const [child, p] of this.children(node, path)) {
      if (child.type !== 'listitem') {
        this.problem(
          p,
          String(child.type),
          'misplaced-node',
          `"${String(child.type)}" directly inside a list (expected listitem)`,
        )
        continue
      }
      const nested = this.children(child, p).filter(([c]) => c.type === 'list')
      const inlineOnly: LNode = {
        ...child,
        children: Array.isArray(child.children) ? child.children.filter((c) => !(isObj(c) && c.type === 'list')) : [],
      }
      const lists: ListNode[] = []
      for (const [c, cp] of nested) {
        const l = this.list(c, cp)
        if (l) lists.push(l)
      }
      const inl = this.inlines(inlineOnly, p)
      // Lexical nests a list in its own listitem right after the parent item: attach it there.
      if (inl.length === 0 && lists.length > 0 && items.length > 0) {
        items[items.length - 1].lists.push(...lists)
      } else {
        items.push({ type: 'listItem', children: inl, lists })
      }
    }
    return { type: 'list', ordered: listType === 'number', items }
  }

  ref(fields: LNode, key: string, path: string, blockType: string): string | null {
    const id = relationId(fields[key])
    if (!id) this.problem(path, `block:${blockType}`, 'bad-reference', `the ${blockType} block has no ${key}`)
    return id
  }

  urlOf(fields: LNode, path: string, blockType: string): string | null {
    const bad = linkProblem(fields.url)
    if (bad) {
      this.problem(path, `block:${blockType}`, 'bad-link', `${blockType} link ${bad}`)
      return null
    }
    return String(fields.url).trim()
  }

  /** A block node: an embedded statistic, testimony or defender, a video or a call to action. */
  embed(node: LNode, path: string): BlockNode | null {
    const fields = isObj(node.fields) ? node.fields : {}
    const blockType = String(fields.blockType)
    switch (blockType) {
      case 'statistic': {
        const id = this.ref(fields, 'statistic', path, blockType)
        if (!id) return null
        this.refs.statistics.add(id)
        return { type: 'embed', kind: 'statistic', id, excerpt: null }
      }
      case 'testimonyQuote': {
        const id = this.ref(fields, 'testimony', path, blockType)
        if (!id) return null
        this.refs.testimonies.add(id)
        return { type: 'embed', kind: 'testimony', id, excerpt: str(fields.excerpt)?.trim() ?? null }
      }
      case 'defenderCard': {
        const id = this.ref(fields, 'defender', path, blockType)
        if (!id) return null
        this.refs.defenders.add(id)
        return { type: 'embed', kind: 'defender', id, excerpt: null }
      }
      case 'video': {
        const url = this.urlOf(fields, path, blockType)
        const title = str(fields.title)
        if (!title) this.problem(path, 'block:video', 'bad-value', 'the video block has no title')
        if (!url || !title) return null
        const poster = fields.poster == null || fields.poster === '' ? null : relationId(fields.poster)
        if (poster) this.refs.media.add(poster)
        const duration = str(fields.duration)?.trim() ?? null
        if (duration && !/^(\d+:)?[0-5]?\d:[0-5]\d$/.test(duration)) {
          this.problem(path, 'block:video', 'bad-value', `the video's duration "${duration}" is not minutes:seconds`)
          return null
        }
        return { type: 'video', url, title, caption: str(fields.caption), poster, ...(duration ? { duration } : {}) }
      }
      case 'callToAction': {
        const url = this.urlOf(fields, path, blockType)
        const label = str(fields.label)
        if (!label) this.problem(path, 'block:callToAction', 'bad-value', 'the call to action has no label')
        const kind = fields.kind == null || fields.kind === '' ? 'read' : fields.kind
        if (kind !== 'read' && kind !== 'support' && kind !== 'signup' && kind !== 'act') {
          this.problem(
            path,
            'block:callToAction',
            'bad-value',
            `call-to-action kind ${JSON.stringify(kind)} is not supported`,
          )
          return null
        }
        if (!url || !label) return null
        return { type: 'callToAction', label, url, kind }
      }
      default:
        this.problem(path, `block:${blockType}`, 'unknown-node', `unsupported block type "${blockType}"`)
        return null
    }
  }

  block(node: LNode, path: string): BlockNode | null {
    const type = String(node.type)
    switch (type) {
      case 'paragraph':
        return { type: 'paragraph', children: this.inlines(node, path) }
      case 'quote':
        return { type: 'quote', children: this.inlines(node, path) }
      case 'heading': {
        const level = { h2: 2, h3: 3, h4: 4 }[String(node.tag)] as 2 | 3 | 4 | undefined
        if (!level) {
          this.problem(
            path,
            'heading',
            'unknown-node',
            `heading ${JSON.stringify(node.tag)} is not supported (h2, h3, h4 only)`,
          )
          return null
        }
        return { type: 'heading', level, children: this.inlines(node, path) }
      }
      case 'list':
        return this.list(node, path)
      case 'block':
        return this.embed(node, path)
      case 'text':
      case 'linebreak':
      case 'link':
      case 'autolink':
      case 'tab':
        this.problem(path, type, 'misplaced-node', `"${type}" at block level (expected inside a paragraph)`)
        return null
      default:
        this.problem(path, type, 'unknown-node', `unsupported rich-text node "${type}"`)
        return null
    }
  }
}

const KNOWN_BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'block'])

function mergeText<T extends InlineNode>(nodes: T[]): T[] {
  const out: T[] = []
  for (const n of nodes) {
    const prev = out[out.length - 1]
    if (n.type === 'text' && prev?.type === 'text' && prev.marks.join() === n.marks.join()) {
      out[out.length - 1] = { ...prev, text: prev.text + n.text } as T
    } else if (!(n.type === 'text' && n.text === '')) {
      out.push(n)
    }
  }
  return out
}

/** True when a block carries no visible content (an empty paragraph). */
function isEmptyBlock(b: BlockNode): boolean {
  if (b.type === 'paragraph') return b.children.every((c) => c.type === 'text' && c.text.trim() === '')
  return false
}

/**
 * Converts a stored Lexical value (`{ root: {...} }`, or null/undefined) to the portable tree.
 * `path` prefixes problem paths (e.g. `body`), so a problem reads `body.root.children[2]`.
 */
export function lexicalToPortable(value: unknown, path = ''): ConvertResult {
  const conv = new Converter()
  const done = (tree: RichText | null): ConvertResult => ({
    tree,
    refs: {
      statistics: [...conv.refs.statistics].sort(compareIds),
      testimonies: [...conv.refs.testimonies].sort(compareIds),
      defenders: [...conv.refs.defenders].sort(compareIds),
      media: [...conv.refs.media].sort(compareIds),
    },
    problems: conv.problems,
  })
  if (value === null || value === undefined || value === '') return done(null)
  const rootPath = path ? `${path}.root` : 'root'
  if (!isObj(value) || !isObj(value.root) || value.root.type !== 'root') {
    conv.problem(
      rootPath,
      isObj(value) && isObj(value.root) ? String(value.root.type) : typeof value,
      'bad-value',
      'not a Lexical document (expected { root: { type: "root" } })',
    )
    return done(null)
  }
  const blocks: BlockNode[] = []
  for (const [child, p] of conv.children(value.root, rootPath)) {
    const b = conv.block(child, p)
    if (b) blocks.push(b)
  }
  const visible = blocks.filter((b) => !isEmptyBlock(b))
  // Empty paragraphs are kept between content (they are the author's spacing) but trimmed at ends.
  let start = 0
  let end = blocks.length
  while (start < end && isEmptyBlock(blocks[start])) start++
  while (end > start && isEmptyBlock(blocks[end - 1])) end--
  return done(visible.length === 0 ? null : { type: 'root', children: blocks.slice(start, end) })
}
