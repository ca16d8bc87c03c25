/**
 * Which fields of a collection a translator translates, and their values in a document. Pure: takes
 * Payload field configs (raw or sanitised) and plain document data, never a Payload instance.
 *
 * The knowledge "is this field translatable" lives in ONE function, `isTranslatable` (the lead's
 * src/model/ will answer it from the editorial roles; switch it there). Today: localised fields of
 * type text, textarea and richText, never a testimony's confidential fields (legalName, contact,
 * internalNotes, consent: non-localised anyway, but excluded by name so that a future
 * `localized: true` on one of them cannot leak it into a file that leaves the organisation).
 */
import type { Block, Field } from 'payload'

import { BODY_BLOCKS } from '../lexical/blocks'
import { CONFIDENTIAL_TESTIMONY_FIELDS } from '../workflow/constants'

export type TranslatableType = 'text' | 'textarea' | 'richText'

/** Field names whose values are addresses or identifiers, never translated (inside rich-text blocks). */
const NOT_TEXT = new Set(['url', 'website', 'slug'])

/**
 * THE rule. `localized`: the field is localised itself or sits inside a localised container (a
 * rich-text value is localised as a whole, so the text fields of its embedded blocks are too).
 */
export function isTranslatable(
  collection: string,
  field: { name?: string; type: string },
  localized: boolean,
): boolean {
  if (!localized || !field.name) return false
  if (collection === 'testimonies' && (CONFIDENTIAL_TESTIMONY_FIELDS as readonly string[]).includes(field.name))
    return false
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

type AnyField = Field & {
  name?: string
  type: string
  label?: unknown
  localized?: boolean
  maxLength?: number
  fields?: Field[]
  tabs?: Array<{ name?: string; label?: unknown; localized?: boolean; fields: Field[] }>
  blocks?: Block[]
}

/** "contentWarning" → "Content warning" (Payload's default label). */
export const wordsOf = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase()
}

const labelOf = (field: AnyField, name: string): string =>
  typeof field.label === 'string' && field.label.trim() ? field.label : wordsOf(name)

/**
 * Every translatable value of `doc` (as read in ONE locale: localised values are plain values), in
 * field order. Empty values are included (value null or ''): a missing target is still a unit.
 */
export function translatableValues(collection: string, fields: Field[], doc: unknown): FieldValue[] {
  const out: FieldValue[] = []
  const walk = (fs: Field[], data: unknown, prefix: string, localized: boolean, labels: string[]) => {
    const obj = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>
    for (const f of fs as AnyField[]) {
      const name = typeof f.name === 'string' ? f.name : undefined
      if (f.type === 'tabs') {
        for (const tab of f.tabs ?? []) {
          if (tab.name)
            walk(tab.fields, obj[tab.name], `${prefix}${tab.name}.`, localized || Boolean(tab.localized), [
              ...labels,
              labelOf(tab as AnyField, tab.name),
            ])
          else walk(tab.fields, obj, prefix, localized, labels)
        }
        continue
      }
      if (!name) {
        if (f.fields) walk(f.fields, obj, prefix, localized, labels)
        continue
      }
      if (name === 'workflow' || name === 'translations') continue
      if (collection === 'testimonies' && (CONFIDENTIAL_TESTIMONY_FIELDS as readonly string[]).includes(name)) continue
      const loc = localized || Boolean(f.localized)
      const path = `${prefix}${name}`
      const label = [...labels, labelOf(f, name)]
      if (f.type === 'group') walk(f.fields ?? [], obj[name], `${path}.`, loc, label)
      else if (f.type === 'array') {
        const rows = Array.isArray(obj[name]) ? (obj[name] as unknown[]) : []
        for (const [i, row] of rows.entries())
          walk(f.fields ?? [], row, `${path}.${i}.`, loc, [...label, String(i + 1)])
      } else if (f.type === 'blocks') {
        const rows = Array.isArray(obj[name]) ? (obj[name] as Array<{ blockType?: string }>) : []
        rows.forEach((row, i) => {
          const block = f.blocks?.find((b) => b.slug === row?.blockType)
          if (block) walk(block.fields, row, `${path}.${i}.`, loc, [...label, String(i + 1)])
        })
      } else if (isTranslatable(collection, f, loc)) {
        out.push({
          path,
          type: f.type as TranslatableType,
          label: label.join(' › '),
          ...(typeof f.maxLength === 'number' ? { maxLength: f.maxLength } : {}),
          value: obj[name] ?? null,
        })
      }
    }
  }
  walk(fields, doc, '', false, [])
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
