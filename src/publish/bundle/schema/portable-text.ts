/** The portable rich-text tree of the public bundle (what Lexical becomes: bundle/richtext.ts). */
import { z } from 'zod'

import { Id, PublicUrl } from './scalars'
import { CALL_TO_ACTION_KINDS, values } from '../../../model/enums'

/*
 * RichText = { type: 'root', children: Block[] }
 *
 * Block (what a layout stacks vertically):
 *   { type: 'paragraph', children: Inline[] }
 *   { type: 'heading', level: 2 | 3 | 4, children: Inline[] }       (h1 is the document title)
 *   { type: 'list', ordered: boolean, items: ListItem[] }
 *   { type: 'quote', children: Inline[] }                          (block quotation)
 *   { type: 'embed', kind: 'statistic' | 'testimony' | 'defender', id, excerpt }
 *       an embedded reference to an item of the same bundle: `statistics[]`, `testimonies[]`,
 *       `defenders[]` hold it. `excerpt` (testimony only, else null) is the witness's words the
 *       editors chose to quote; only these may be shown as a quotation. null: nothing to quote;
 *       a layout may show the testimony's summary as the editors' text, never in quotation marks
 *       nor attributed to the witness.
 *   { type: 'video', url, title, caption, poster, duration? }      poster: media id or null;
 *       duration "[h:]m:ss", present only when the editor gave it (optional: added after 1.0.0)
 *   { type: 'callToAction', label, url, kind: 'read' | 'support' | 'signup' | 'act' }
 *
 * ListItem = { type: 'listItem', children: Inline[], lists: List[] }
 *   `lists` holds lists nested under this item (usually zero or one).
 *
 * Inline:
 *   { type: 'text', text, marks: Mark[] }   marks sorted alphabetically, no duplicates
 *   { type: 'linebreak' }
 *   { type: 'link', url, newTab: boolean, children: (text | linebreak)[] }
 *
 * Mark: 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code' | 'subscript' | 'superscript'
 *   (the editor offers bold and italic; the others are mapped from Lexical's format bits so that
 *   pasted formatting is kept explicitly rather than silently lost; 'highlight' is dropped as it
 *   has no meaning in print.)
 */

export const Mark = z.enum(['bold', 'code', 'italic', 'strikethrough', 'subscript', 'superscript', 'underline'])

export const TextNode = z
  .strictObject({
    type: z.literal('text'),
    text: z.string(),
    marks: z.array(Mark),
  })
  .meta({ id: 'TextNode', description: 'A run of text with its marks' })

export const LineBreakNode = z
  .strictObject({ type: z.literal('linebreak') })
  .meta({ id: 'LineBreakNode', description: 'A line break within a block' })

export const LinkNode = z
  .strictObject({
    type: z.literal('link'),
    url: PublicUrl,
    newTab: z.boolean(),
    children: z.array(z.discriminatedUnion('type', [TextNode, LineBreakNode])),
  })
  .meta({ id: 'LinkNode', description: 'A hyperlink around text' })

export const InlineNode = z.discriminatedUnion('type', [TextNode, LineBreakNode, LinkNode]).meta({ id: 'InlineNode' })

export const ParagraphNode = z
  .strictObject({ type: z.literal('paragraph'), children: z.array(InlineNode) })
  .meta({ id: 'ParagraphNode' })
export const HeadingNode = z
  .strictObject({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    children: z.array(InlineNode),
  })
  .meta({ id: 'HeadingNode' })
export const QuoteNode = z
  .strictObject({ type: z.literal('quote'), children: z.array(InlineNode) })
  .meta({ id: 'QuoteNode' })

export interface ListNodeT {
  type: 'list'
  ordered: boolean
  items: ListItemNodeT[]
}
export interface ListItemNodeT {
  type: 'listItem'
  children: z.infer<typeof InlineNode>[]
  lists: ListNodeT[]
}

export const ListItemNode: z.ZodType<ListItemNodeT> = z
  .strictObject({
    type: z.literal('listItem'),
    children: z.array(InlineNode),
    get lists(): z.ZodArray<z.ZodType<ListNodeT>> {
      return z.array(ListNode)
    },
  })
  .meta({ id: 'ListItemNode', description: 'A list item: inline content, then the lists nested under it' })
export const ListNode: z.ZodType<ListNodeT> = z
  .strictObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    get items(): z.ZodArray<z.ZodType<ListItemNodeT>> {
      return z.array(ListItemNode)
    },
  })
  .meta({ id: 'ListNode', description: 'An ordered or unordered list' })

export const EmbedKind = z.enum(['statistic', 'testimony', 'defender'])
export const EmbedNode = z
  .strictObject({
    type: z.literal('embed'),
    kind: EmbedKind,
    id: Id,
    excerpt: z
      .string()
      .nullable()
      .describe(
        "The witness's words to quote (testimony only); null: nothing to quote (the summary is the editors' text, never a quotation)",
      ),
  })
  .meta({ id: 'EmbedNode', description: 'Embedded reference to a statistic, testimony or defender of this bundle' })

export const VideoNode = z
  .strictObject({
    type: z.literal('video'),
    url: PublicUrl,
    title: z.string(),
    caption: z.string().nullable(),
    poster: Id.nullable().describe('media id of the poster image, or null'),
    duration: z
      .string()
      .regex(/^(\d+:)?[0-5]?\d:[0-5]\d$/)
      .optional()
      .describe('length as [h:]m:ss ("4:12"); absent when not given (optional, added after 1.0.0)'),
  })
  .meta({ id: 'VideoNode' })

export const CallToActionKind = z.enum(values(CALL_TO_ACTION_KINDS))
export const CallToActionNode = z
  .strictObject({
    type: z.literal('callToAction'),
    label: z.string(),
    url: PublicUrl,
    kind: CallToActionKind,
  })
  .meta({ id: 'CallToActionNode' })

export const BlockNode = z
  .union([ParagraphNode, HeadingNode, ListNode, QuoteNode, EmbedNode, VideoNode, CallToActionNode])
  .meta({ id: 'BlockNode' })

export const RichText = z
  .strictObject({ type: z.literal('root'), children: z.array(BlockNode) })
  .meta({ id: 'RichText', description: 'Portable rich text (see src/publish/schema.ts for the node list)' })

export type Mark = z.infer<typeof Mark>
export type TextNode = z.infer<typeof TextNode>
export type LinkNode = z.infer<typeof LinkNode>
export type InlineNode = z.infer<typeof InlineNode>
export type BlockNode = z.infer<typeof BlockNode>
export type ListNode = ListNodeT
export type ListItemNode = ListItemNodeT
export type EmbedNode = z.infer<typeof EmbedNode>
export type RichText = z.infer<typeof RichText>
