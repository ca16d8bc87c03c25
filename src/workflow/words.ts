/**
 * Words: what a translation agency quotes on, and what a stale translation's source says now that
 * it did not say then. Pure functions (no database): they take field configs and plain document
 * data, and walk them with the model's one walk (src/model/walk.ts: `fieldNodes`, `walkData`,
 * `isTranslatable`). The same text the staleness fingerprints hash is the text counted here.
 */
import type { Field } from 'payload'

import { BODY_BLOCKS } from '../lexical/blocks'
import { fieldNodes, isLeaf, isPlainObject, isTranslatable, walkData, type LocaleSelector } from '../model/walk'
import { normaliseText } from './fingerprint'

type LexNode = { type?: string; text?: string; children?: LexNode[]; fields?: Record<string, unknown> }

/** Text fields of the blocks an editor can embed in rich text (a video's title, a quote's excerpt). */
const BLOCK_TEXT = new Map<string, string[]>(
  BODY_BLOCKS.map((b) => [
    b.slug,
    b.fields
      .filter((f) => 'name' in f && (f.type === 'text' || f.type === 'textarea') && f.name !== 'url')
      .map((f) => (f as { name: string }).name),
  ]),
)

const BLOCK_LEVEL = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'block', 'root'])

/** The reader-facing text of a Lexical editor state: text runs, and the text fields of embedded blocks. */
export function richTextPlain(value: unknown): string {
  const root = isPlainObject(value) ? ((value.root as LexNode | undefined) ?? (value as LexNode)) : null
  if (!root) return ''
  const parts: string[] = []
  const visit = (node: LexNode) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'text') parts.push(String(node.text ?? ''))
    else if (node.type === 'linebreak' || node.type === 'tab') parts.push(' ')
    else if (node.type === 'block' && node.fields) {
      for (const name of BLOCK_TEXT.get(String(node.fields.blockType)) ?? []) {
        const v = node.fields[name]
        if (typeof v === 'string' && v.trim()) parts.push(`\n${v}\n`)
      }
    }
    for (const child of node.children ?? []) visit(child)
    if (BLOCK_LEVEL.has(String(node.type))) parts.push('\n')
  }
  visit(root)
  return parts
    .join('')
    .split('\n')
    .map((line) => normaliseText(line))
    .filter(Boolean)
    .join('\n')
}

/** The plain text of one translatable value ('' when there is none). */
export function plainText(type: string, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (type === 'richText') return richTextPlain(value)
  return typeof value === 'string' ? value.split('\n').map(normaliseText).filter(Boolean).join('\n') : ''
}

const segmenters = new Map<string, Intl.Segmenter>()
const segmenter = (locale: string) => {
  let s = segmenters.get(locale)
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' })
    segmenters.set(locale, s)
  }
  return s
}

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/i

/**
 * The number of words in a text, as a translator counts them: Unicode word segmentation
 * (Intl.Segmenter: "l'homme" and "state-run" as the language splits them, Arabic and Russian
 * alike), numbers count as words, punctuation and whitespace do not, and a web address is no word.
 */
export function countWords(text: string, locale = 'en'): number {
  let n = 0
  for (const token of text.split(/\s+/)) {
    if (!token || URL_LIKE.test(token)) continue
    for (const seg of segmenter(locale).segment(token)) if (seg.isWordLike) n++
  }
  return n
}

/** The plain text of every translatable field of a document, by data path (non-empty only). */
export function translatableTexts(
  fields: readonly Field[],
  data: unknown,
  sel?: LocaleSelector,
): Record<string, string> {
  const out: Record<string, string> = {}
  walkData(
    fieldNodes(fields),
    data,
    ({ node, path, value }) => {
      if (node.role === 'internal') return false
      if (!isTranslatable(node) || !isLeaf(node)) return
      const text = plainText(node.field.type, value)
      if (text) out[path] = text
    },
    sel,
  )
  return out
}

/** Words per translatable field of a document in one locale, by data path. */
export function fieldWords(fields: readonly Field[], data: unknown, sel?: LocaleSelector): Record<string, number> {
  const texts = translatableTexts(fields, data, sel)
  return Object.fromEntries(Object.entries(texts).map(([path, text]) => [path, countWords(text, sel?.locale)]))
}

export type DiffOp = { op: 'same' | 'added' | 'removed'; text: string }

/**
 * Words, each with the whitespace after it (so a diff keeps the text's spacing and line breaks, and
 * a shared space never splits a run of new words in two).
 */
const tokens = (text: string): string[] => text.match(/^\s+|\S+\s*/g) ?? []

/** One word in both texts, whatever whitespace follows it (an unchanged word is shown as it is now). */
const same = (x: string, y: string) => x.trimEnd() === y.trimEnd()

/** Above this many cells the middle of the diff is shown as one replacement (a rewrite, not an edit). */
const MAX_CELLS = 4_000_000

const push = (out: DiffOp[], op: DiffOp['op'], text: string) => {
  if (!text) return
  const last = out[out.length - 1]
  if (last && last.op === op) last.text += text
  else out.push({ op, text })
}

/**
 * A word diff of two texts: what a source says now (`after`) against what it said when the
 * translation was made (`before`). Longest common subsequence over words, after the common
 * beginning and end are set aside; adjacent runs of one kind are merged. Unchanged words carry
 * today's spacing: the added and unchanged runs rebuild `after` exactly.
 */
export function wordDiff(before: string, after: string): DiffOp[] {
  const a = tokens(before)
  const b = tokens(after)
  let start = 0
  while (start < a.length && start < b.length && same(a[start], b[start])) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && same(a[endA - 1], b[endB - 1])) {
    endA--
    endB--
  }
  const out: DiffOp[] = []
  push(out, 'same', b.slice(0, start).join(''))
  const ma = a.slice(start, endA)
  const mb = b.slice(start, endB)
  if ((ma.length + 1) * (mb.length + 1) > MAX_CELLS) {
    push(out, 'removed', ma.join(''))
    push(out, 'added', mb.join(''))
  } else middleDiff(ma, mb, out)
  push(out, 'same', b.slice(endB).join(''))
  return out
}

function middleDiff(a: string[], b: string[], out: DiffOp[]): void {
  const w = b.length + 1
  // lcs[i*w+j]: length of the LCS of a[i..] and b[j..]
  const lcs = new Uint32Array((a.length + 1) * w)
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] = same(a[i], b[j])
        ? lcs[(i + 1) * w + j + 1] + 1
        : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1])
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) {
      push(out, 'same', b[j])
      i++
      j++
    } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) push(out, 'removed', a[i++])
    else push(out, 'added', b[j++])
  }
  while (i < a.length) push(out, 'removed', a[i++])
  while (j < b.length) push(out, 'added', b[j++])
}
