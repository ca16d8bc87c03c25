/**
 * Fingerprints of the translatable (localised) text of a document. Pure functions: no database,
 * no Payload instance; they take field configs and plain document data.
 *
 * A translation records, per field, the hash of the default-locale (source) text it was made from.
 * When the source changes, comparing those hashes with the current ones says exactly which fields
 * changed. Normalisation makes whitespace-only edits invisible and every change to the words
 * (or to rich-text structure: paragraphs, headings, lists, links, emphasis, embedded blocks)
 * visible.
 */
import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { fieldNodes, isLeaf, isTranslatable, walkData, type LocaleSelector } from '../model/walk'

export type { LocaleSelector }

/** Unicode NFC, every run of whitespace (incl. NBSP, tabs, line breaks) collapsed to one space, trimmed. */
export function normaliseText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/gu, ' ')
    .trim()
}

type LexNode = { type?: string; children?: LexNode[]; text?: string; format?: number | string; [k: string]: unknown }

/** Keys of Lexical nodes that describe presentation in the editor, not content or structure. */
const IGNORED_NODE_KEYS = new Set([
  'children',
  'direction',
  'indent',
  'version',
  'textFormat',
  'textStyle',
  'format',
  'style',
  'detail',
  'mode',
  'text',
  'type',
  'id',
  'blockName',
])

const canonicalJSON = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonicalJSON)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value as object).sort()) {
      if (key === 'id' || key === 'blockName') continue
      const v = canonicalJSON((value as Record<string, unknown>)[key])
      if (v === undefined || v === null || v === '') continue
      out[key] = v
    }
    return out
  }
  if (typeof value === 'string') return normaliseText(value)
  return value
}

/** A canonical, whitespace-insensitive form of a list of inline/block Lexical children. */
function canonicalChildren(children: LexNode[] | undefined): unknown[] {
  const out: unknown[] = []
  // Inline runs: adjacent text (and line breaks/tabs, which are whitespace) merged per format.
  let run = null as { f: number; t: string } | null
  const flush = () => {
    if (run) out.push(run)
    run = null
  }
  for (const child of children ?? []) {
    if (!child || typeof child !== 'object') continue
    if (child.type === 'text' || child.type === 'linebreak' || child.type === 'tab') {
      const text = child.type === 'text' ? String(child.text ?? '') : ' '
      const format: number = child.type === 'text' && typeof child.format === 'number' ? child.format : (run?.f ?? 0)
      if (run && (run.f === format || text.trim() === '')) {
        run.t += text
      } else {
        flush()
        run = { f: format, t: text }
      }
      continue
    }
    flush()
    const node = canonicalNode(child)
    if (node !== undefined) out.push(node)
  }
  flush()
  // Whitespace: collapse inside runs, then trim the edges of the whole sequence, drop empty runs.
  const runs = out as Array<{ f?: number; t?: string }>
  for (const r of runs)
    if (typeof r.t === 'string') r.t = r.t.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/gu, ' ').normalize('NFC')
  // A space at a run boundary counts once: move leading spaces to the previous run.
  for (let i = 1; i < runs.length; i++) {
    const prev = runs[i - 1]
    const cur = runs[i]
    if (typeof prev.t === 'string' && typeof cur.t === 'string' && cur.t.startsWith(' ')) {
      cur.t = cur.t.slice(1)
      if (!prev.t.endsWith(' ')) prev.t += ' '
    }
  }
  const firstText = runs.findIndex((r) => typeof r.t === 'string')
  if (firstText === 0 && typeof runs[0].t === 'string') runs[0].t = runs[0].t.trimStart()
  const last = runs[runs.length - 1]
  if (last && typeof last.t === 'string') last.t = last.t.trimEnd()
  return runs.filter((r) => !(typeof r.t === 'string' && r.t === ''))
}

function canonicalNode(node: LexNode): unknown {
  const type = String(node.type ?? 'unknown')
  const attrs: Record<string, unknown> = {}
  for (const key of Object.keys(node).sort()) {
    if (IGNORED_NODE_KEYS.has(key)) continue
    const v = canonicalJSON(node[key])
    if (v === undefined || v === null || v === '') continue
    attrs[key] = v
  }
  const children = canonicalChildren(node.children)
  const isContainer = Array.isArray(node.children)
  // An empty paragraph (or heading, quote, list item) is whitespace: it carries no words.
  if (isContainer && children.length === 0 && Object.keys(attrs).length === 0 && type !== 'root') return undefined
  if (isContainer && children.length === 0 && ['paragraph', 'heading', 'quote', 'listitem'].includes(type))
    return undefined
  return { type, ...attrs, ...(isContainer ? { c: children } : {}) }
}

/** Canonical form of a Lexical editor state: its text and structure, nothing presentational. */
export function normaliseRichText(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const root = (value as { root?: LexNode }).root ?? (value as LexNode)
  const canonical = canonicalNode(root) as { c?: unknown[] } | undefined
  if (!canonical?.c || canonical.c.length === 0) return ''
  return JSON.stringify(canonical.c)
}

/** Canonical string of any translatable value; '' when there is nothing to translate. */
export function normaliseValue(type: string, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (type === 'richText') return normaliseRichText(value)
  if (typeof value === 'string') return normaliseText(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(canonicalJSON(value))
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * The localised text of a document, per field path (`title`, `source.title`,
 * `furtherReading.0.title`, ...), normalised. Only non-empty values appear.
 */
export function localisedTexts(fields: Field[], data: unknown, sel?: LocaleSelector): Record<string, string> {
  const out: Record<string, string> = {}
  walkData(
    fieldNodes(fields),
    data,
    ({ node, path, value }) => {
      if (!isTranslatable(node) || !isLeaf(node)) return
      const text = normaliseValue(node.field.type, value)
      if (text !== '') out[path] = text
    },
    sel,
  )
  return out
}

/** Per-field SHA-256 of the normalised localised text. */
export function fieldHashes(fields: Field[], data: unknown, sel?: LocaleSelector): Record<string, string> {
  const texts = localisedTexts(fields, data, sel)
  const out: Record<string, string> = {}
  for (const key of Object.keys(texts).sort()) out[key] = sha256(texts[key])
  return out
}

/** One hash for a set of per-field hashes (order-independent). '' hashes to a fixed value. */
export function combineHashes(hashes: Record<string, string>): string {
  const keys = Object.keys(hashes).sort()
  return sha256(keys.map((k) => `${k}\u0000${hashes[k]}`).join('\u0001'))
}

/** The fingerprint of a document's localised text in one locale (the default locale for a source fingerprint). */
export function fingerprint(fields: Field[], data: unknown, sel?: LocaleSelector): string {
  return combineHashes(fieldHashes(fields, data, sel))
}

/**
 * Field paths whose source text differs between the hashes a translation was made from and the
 * current source hashes: changed, added or removed fields.
 */
export function changedFields(from: Record<string, string> | null | undefined, to: Record<string, string>): string[] {
  const a = from ?? {}
  const keys = new Set([...Object.keys(a), ...Object.keys(to)])
  return [...keys].filter((k) => a[k] !== to[k]).sort()
}
