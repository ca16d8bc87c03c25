/**
 * Portable rich text (src/publish/schema.ts) → HTML. Embedded statistics, testimonies and
 * defenders are shown where the editor placed them; headings are clamped so no level is skipped
 * (a page's title is its h1). Marks map to their HTML elements; links keep their text.
 */
import type { BlockNode, InlineNode, ListNode, RichText } from '../../bundle/schema'
import { callToAction, defenderCard, statFigure, testimonyEmbed, videoFacade } from './blocks'
import { html, join, raw, type Html } from './html'
import type { Ctx } from './model'
import type { Notes } from './notes'

const MARK_TAG: Record<string, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strikethrough: 's',
  code: 'code',
  subscript: 'sub',
  superscript: 'sup',
}

function inline(n: InlineNode): Html {
  if (n.type === 'linebreak') return html`<br>`
  if (n.type === 'link') {
    const a = n.newTab ? raw(' target="_blank" rel="noopener noreferrer"') : raw('')
    return html`<a href="${n.url}"${a}>${n.children.map(inline)}</a>`
  }
  let out = html`${n.text}`
  for (const m of n.marks) {
    const tag = MARK_TAG[m]
    if (tag) out = html`${raw(`<${tag}>`)}${out}${raw(`</${tag}>`)}`
  }
  return out
}

const inlines = (ns: InlineNode[]): Html => join(ns.map(inline))

export interface RichOptions {
  /** The page's directory (relative links to other pages). */
  dir: string
  notes: Notes
  /** Level of the heading the text sits under (1: the page title). */
  under?: number
  /** Ids already shown in full on the page, filled as embeds are rendered. */
  shown?: { testimonies: Set<string>; defenders: Set<string> }
  /** Filled with the top-level headings (id, text) for the page's table of contents. */
  toc?: { id: string; text: string }[]
}

/** Videos and calls to action in a rich text (the front page gathers these). */
export function collectBlocks<T extends BlockNode['type']>(
  rt: RichText | null,
  type: T,
): Extract<BlockNode, { type: T }>[] {
  return (rt?.children ?? []).filter((b): b is Extract<BlockNode, { type: T }> => b.type === type)
}

export function richText(ctx: Ctx, rt: RichText | null, o: RichOptions): Html {
  if (!rt) return html``
  const under = o.under ?? 1
  let level = under
  const list = (l: ListNode): Html => {
    const tag = raw(l.ordered ? 'ol' : 'ul')
    return html`<${tag}>${l.items.map((it) => html`<li>${inlines(it.children)}${it.lists.map(list)}</li>`)}</${tag}>`
  }
  const block = (b: BlockNode): Html => {
    switch (b.type) {
      case 'paragraph':
        return b.children.length ? html`<p>${inlines(b.children)}</p>` : html``
      case 'heading': {
        level = Math.max(under + 1, Math.min(b.level, level + 1))
        const tag = raw(`h${Math.min(level, 6)}`)
        if (o.toc && level === under + 1) {
          const id = `section-${o.toc.length + 1}`
          o.toc.push({
            id,
            text: b.children
              .map((c) =>
                c.type === 'text'
                  ? c.text
                  : c.type === 'link'
                    ? c.children.map((x) => (x.type === 'text' ? x.text : ' ')).join('')
                    : ' ',
              )
              .join(''),
          })
          return html`<${tag} id="${id}">${inlines(b.children)}</${tag}>`
        }
        return html`<${tag}>${inlines(b.children)}</${tag}>`
      }
      case 'quote':
        return html`<blockquote class="quote"><p>${inlines(b.children)}</p></blockquote>`
      case 'list':
        return list(b)
      case 'embed':
        if (b.kind === 'statistic') return statFigure(ctx, ctx.stat(b.id), o.notes)
        if (b.kind === 'testimony') {
          o.shown?.testimonies.add(b.id)
          return testimonyEmbed(ctx, o.dir, ctx.testimony(b.id), b.excerpt)
        }
        o.shown?.defenders.add(b.id)
        return defenderCard(ctx, o.dir, ctx.defender(b.id), Math.min(level + 1, 3) as 2 | 3)
      case 'video':
        return videoFacade(ctx, o.dir, b)
      case 'callToAction':
        return callToAction(b.label, b.url, b.kind)
    }
  }
  return join(
    rt.children.map(block).filter((h) => h.value !== ''),
    '\n',
  )
}
