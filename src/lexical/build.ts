/**
 * A tiny builder for Lexical's stored JSON, so demo content and tests read like the text they hold
 * (used by the seed and the tests; the admin's editor writes the same shapes).
 * The shapes are the ones the admin's editor saves (see @payloadcms/richtext-lexical).
 */
type Node = Record<string, unknown>

const FORMAT = { bold: 1, italic: 2 } as const
export type Mark = keyof typeof FORMAT

export const text = (value: string, ...marks: Mark[]): Node => ({
  type: 'text',
  text: value,
  format: marks.reduce((acc, m) => acc | FORMAT[m], 0),
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

type Inline = Node | string
const inline = (children: Inline[]) => children.map((c) => (typeof c === 'string' ? text(c) : c))

const element = (type: string, children: Inline[], extra: Node = {}): Node => ({
  type,
  children: inline(children),
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const paragraph = (...children: Inline[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
export const heading = (level: 2 | 3 | 4, ...children: Inline[]) => element('heading', children, { tag: `h${level}` })
export const quote = (...children: Inline[]) => element('quote', children)
export const link = (url: string, ...children: Inline[]) =>
  element('link', children, { version: 3, fields: { url, newTab: false, linkType: 'custom' } })

export const list = (kind: 'bullet' | 'number', items: Inline[][]): Node =>
  element('list', [], {
    listType: kind,
    tag: kind === 'bullet' ? 'ul' : 'ol',
    start: 1,
    children: items.map((item, i) => element('listitem', item, { value: i + 1 })),
  })

let blockCounter = 0
/** An embedded block (statistic, testimonyQuote, defenderCard, video, callToAction), with an ObjectId-shaped id. */
export const block = (blockType: string, fields: Node): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: `65f0c0ffee${String(++blockCounter).padStart(14, '0')}`, blockName: '', blockType, ...fields },
})

export const root = (...children: Node[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})

/** The same document with every element's direction set for a right-to-left language. */
export const rtl = <T>(doc: T): T =>
  JSON.parse(JSON.stringify(doc).replaceAll('"direction":"ltr"', '"direction":"rtl"'))
