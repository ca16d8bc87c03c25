/** Field-level comparison of document data, for audit events and "did the content change?". */
import type { Field } from 'payload'

/** Fields that are bookkeeping, not content. */
export const META_FIELDS = new Set(['id', '_status', 'createdAt', 'updatedAt', 'deletedAt', 'workflow', 'translations'])

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)

/** `base` with `patch` laid over it; plain objects merge key by key, everything else is replaced. */
export function mergeDeep<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue
    out[k] = isPlainObject(v) && isPlainObject(out[k]) && !('root' in v) ? mergeDeep(out[k], v) : v
  }
  return out as T
}

/**
 * A comparable form of a value: empty things (null, '', [], false, {}) vanish, populated relations
 * become their id, row ids are ignored, numbers and strings compare as strings.
 */
export function comparable(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === false) return undefined
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    const items = value.map(comparable).filter((v) => v !== undefined)
    return items.length ? items : undefined
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if ('id' in obj && ('createdAt' in obj || 'updatedAt' in obj)) return String(obj.id)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) {
      if (key === 'id') continue
      const v = comparable(obj[key])
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  return String(value)
}

const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))

/** Keys the Lexical editor adds or rewrites on its own when a document is merely opened and saved. */
const EDITOR_NOISE = new Set([
  'direction',
  'indent',
  'version',
  'textFormat',
  'textStyle',
  'detail',
  'mode',
  'style',
  '$',
])

/** A rich-text value without editor bookkeeping (text kept exactly, whitespace included). */
export function richTextComparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(richTextComparable)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value as object).sort()) {
      if (EDITOR_NOISE.has(key)) continue
      const v = (value as Record<string, unknown>)[key]
      if (key === 'format' && (v === '' || v === 0 || v === 'start' || v === 'left')) continue
      out[key] = richTextComparable(v)
    }
    return out
  }
  return value
}

const sameRichText = (a: unknown, b: unknown) =>
  JSON.stringify(comparable(richTextComparable(a))) === JSON.stringify(comparable(richTextComparable(b)))

export interface ChangedField {
  path: string
  /** true when the field holds per-locale values (a change concerns one locale's text). */
  localized: boolean
}

type AnyField = Field & {
  name?: string
  type: string
  localized?: boolean
  fields?: Field[]
  tabs?: Array<{ name?: string; fields: Field[]; localized?: boolean }>
}

/**
 * Names of the fields whose values differ between `before` and `after` (group members as
 * `group.member`; arrays, blocks, rich text and relations as a whole). Bookkeeping fields
 * (timestamps, _status, workflow, translations) are left out.
 */
export function changedFieldNames(
  fields: Field[],
  before: unknown,
  after: unknown,
  prefix = '',
  inLocalized = false,
): ChangedField[] {
  const a = (isPlainObject(before) ? before : {}) as Record<string, unknown>
  const b = (isPlainObject(after) ? after : {}) as Record<string, unknown>
  const out: ChangedField[] = []
  for (const f of fields as AnyField[]) {
    if (f.type === 'tabs') {
      for (const tab of f.tabs ?? []) {
        if (tab.name)
          out.push(
            ...changedFieldNames(
              tab.fields,
              a[tab.name],
              b[tab.name],
              `${prefix}${tab.name}.`,
              inLocalized || Boolean(tab.localized),
            ),
          )
        else out.push(...changedFieldNames(tab.fields, a, b, prefix, inLocalized))
      }
      continue
    }
    if (!f.name) {
      if (f.fields) out.push(...changedFieldNames(f.fields, a, b, prefix, inLocalized))
      continue
    }
    if (!prefix && META_FIELDS.has(f.name)) continue
    if (f.type === 'ui' || f.type === 'join') continue
    const loc = inLocalized || Boolean(f.localized)
    if (f.type === 'group' && f.fields) {
      out.push(...changedFieldNames(f.fields, a[f.name], b[f.name], `${prefix}${f.name}.`, loc))
      continue
    }
    const equal = f.type === 'richText' ? sameRichText(a[f.name], b[f.name]) : same(a[f.name], b[f.name])
    if (!equal) out.push({ path: `${prefix}${f.name}`, localized: loc || hasLocalizedDescendant(f) })
  }
  return out
}

/** An array/blocks field that is not localised itself but holds localised members (e.g. furtherReading.title). */
function hasLocalizedDescendant(f: AnyField): boolean {
  const kids = (f.fields ?? []) as AnyField[]
  return kids.some((k) => k.localized || hasLocalizedDescendant(k))
}
