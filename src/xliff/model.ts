/**
 * Which fields of a collection a translator translates, and their values in a document. Pure: takes
 * Payload field configs (raw or sanitised) and plain document data, never a Payload instance.
 *
 * A document's fields come from the model (src/model/walk.ts `isTranslatable`: localised text, never
 * a confidential or internal field, so a future `localized: true` on a confidential field cannot
 * leak it into a file that leaves the organisation). `isTranslatable` below answers the same for the
 * text fields of blocks embedded in rich text (their text is localised with the rich text).
 */
import type { Block, Field } from 'payload'

import { BODY_BLOCKS } from '../lexical/blocks'
import { allNodes, fieldNodes, isTranslatable as modelTranslatable, walkData, type FieldNode } from '../model/walk'

export type TranslatableType = 'text' | 'textarea' | 'richText'

/** Field names whose values are addresses or identifiers, never translated (inside rich-text blocks). */
const NOT_TEXT = new Set(['url', 'website', 'slug'])

/**
 * THE rule. `localized`: the field is localised itself or sits inside a localised container (a
 * rich-text value is localised as a whole, so the text fields of its embedded blocks are too).
 */
export function isTranslatable(
  _collection: string,
  field: { name?: string; type: string },
  localized: boolean,
): boolean {
  if (!localized || !field.name) return false
  if (NOT_TEXT.has(field.name)) return false
  return field.type === 'text' || field.type === 'textarea' || field.type === 'richText'
}

/** One translatable value of a document. */
export interface FieldValue {
  /** Data path, as the workflow's fingerprints name it: `title`, `source.title`, `furtherReading.0.title`. */
  path: string
  type: TranslatableType
  label: string
  maxLength?: number
  value: unknown
}

type AnyField = Field & { name?: string; type: string; label?: unknown; maxLength?: number; fields?: Field[] }

/** "contentWarning" → "Content warning" (Payload's default label). */
export const wordsOf = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase()
}

const labelOf = (field: { label?: unknown }, name: string): string =>
  typeof field.label === 'string' && field.label.trim() ? field.label : wordsOf(name)

/** "Further reading › 2 › Title" for `furtherReading.1.title`: the labels of the path, rows numbered. */
function labelAt(path: string, byPath: Map<string, FieldNode>): string {
  const labels: string[] = []
  const schema: string[] = []
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      labels.push(String(Number(part) + 1))
      continue
    }
    schema.push(part)
    const node = byPath.get(schema.join('.'))
    if (node) labels.push(labelOf(node.field as { label?: unknown }, node.name))
  }
  return labels.join(' › ')
}

/**
 * Every translatable value of `doc` (as read in ONE locale: localised values are plain values), in
 * field order, along the model's one walk (src/model/walk.ts): translatable (localised text, never
 * confidential), never a workflow or other internal field. Empty values are included (value null or
 * ''): a missing target is still a unit.
 */
export function translatableValues(_collection: string, fields: Field[], doc: unknown): FieldValue[] {
  const nodes = fieldNodes(fields)
  const byPath = new Map(allNodes(nodes).map((n) => [n.path, n]))
  const out: FieldValue[] = []
  walkData(nodes, doc, ({ node, path, value }) => {
    if (node.role !== 'public') return false
    if (node.children || node.blocks || !modelTranslatable(node) || NOT_TEXT.has(node.name)) return
    const maxLength = (node.field as { maxLength?: unknown }).maxLength
    out.push({
      path,
      type: node.field.type as TranslatableType,
      label: labelAt(path, byPath),
      ...(typeof maxLength === 'number' ? { maxLength } : {}),
      value: value ?? null,
    })
  })
  return out
}

/**
 * The translatable fields of a block embedded in rich text (its text is localised with the rich
 * text). Blocks are found by slug among those the editors offer (src/lexical/blocks.ts).
 */
export function blockTextFields(
  collection: string,
  blockType: unknown,
  blocks: Block[] = BODY_BLOCKS,
): Array<{ name: string; label: string; type: TranslatableType; maxLength?: number }> {
  const block = blocks.find((b) => b.slug === blockType)
  if (!block) return []
  const out: Array<{ name: string; label: string; type: TranslatableType; maxLength?: number }> = []
  const walk = (fs: Field[]) => {
    for (const f of fs as AnyField[]) {
      if (!f.name) {
        if (f.fields) walk(f.fields)
        continue
      }
      if (isTranslatable(collection, f, true) && f.type !== 'richText')
        out.push({
          name: f.name,
          label: labelOf(f, f.name),
          type: f.type as TranslatableType,
          ...(typeof f.maxLength === 'number' ? { maxLength: f.maxLength } : {}),
        })
    }
  }
  walk(block.fields)
  return out
}
