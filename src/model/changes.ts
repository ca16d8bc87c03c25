/**
 * What changed between two states of a document, field by field, along the model's tree. Pure.
 *
 * Every leaf is compared on its own, with its own localisation: a non-localised URL inside an array
 * row is shared by every locale even when the row's title is localised. The rows of an array or
 * blocks field are structure: adding, removing or reordering rows of a non-localised array changes
 * what every locale shows, so it is a shared change too (`structure: true`).
 *
 * Values compare in a normalised form: empty values (null, '', [], false, {}) are equal, populated
 * relations compare by id, rich text without the editor's own bookkeeping (indent, direction,
 * version...), with its text compared exactly.
 */
import { isPlainObject, walkData, type FieldNode, type LocaleSelector } from './walk'

export interface FieldChange {
  /** Data path, rows named by id: `furtherReading.id:64f….url` (by position when a row has no id);
   * for structure, the array: `furtherReading`. */
  path: string
  /** Schema path: `furtherReading.url`. */
  field: string
  /** true when the changed value is one locale's (the field is localised). */
  localized: boolean
  /** Rows added, removed or reordered (arrays and blocks). */
  structure?: boolean
}

/**
 * A comparable form of a value: empty things vanish, populated relations become their id, row ids
 * are ignored, numbers and strings compare as strings.
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

const key = (node: FieldNode, value: unknown): string =>
  JSON.stringify(comparable(node.field.type === 'richText' ? richTextComparable(value) : value) ?? null)

/** The rows of an array or blocks value, as identities: row id (or position) and block type. */
const rowsKey = (value: unknown): string =>
  JSON.stringify(
    (Array.isArray(value) ? value : []).map((row, i) =>
      isPlainObject(row) ? [row.id == null ? `#${i}` : String(row.id), String(row.blockType ?? '')] : [`#${i}`, ''],
    ),
  )

interface Entry {
  node: FieldNode
  key: string
  structure: boolean
}

/**
 * A data path with each array row's index replaced by the row's id (`furtherReading.0.url` →
 * `furtherReading.64f….url`), so that rows are compared with the same row, wherever it moved.
 */
function byRowId(path: string, rowIds: Map<string, string[]>): string {
  const parts = path.split('.')
  const out = [...parts]
  for (let i = 1; i < parts.length; i++) {
    const ids = rowIds.get(parts.slice(0, i).join('.'))
    if (ids && /^\d+$/.test(parts[i])) out[i] = ids[Number(parts[i])] ?? parts[i]
  }
  return out.join('.')
}

function snapshot(nodes: FieldNode[], data: unknown, ignore: ReadonlySet<string>, sel?: LocaleSelector) {
  const out = new Map<string, Entry>()
  const rowIds = new Map<string, string[]>()
  walkData(
    nodes,
    data,
    ({ node, path: indexed, value }) => {
      const path = byRowId(indexed, rowIds)
      // Row ids are structure (rowsKey), not content; virtual fields are not stored.
      if (node.virtual || (node.repeated && node.name === 'id') || (!path.includes('.') && ignore.has(node.name)))
        return false
      // Data holding every locale: a localised value is compared whole (its locales map).
      if (sel?.allLocales && node.localizedHere) {
        out.set(path, { node, key: JSON.stringify(comparable(value) ?? null), structure: false })
        return false
      }
      if (node.field.type === 'array' || node.field.type === 'blocks') {
        const rows = Array.isArray(value) ? value : []
        rowIds.set(
          indexed,
          rows.map((r, i) => (isPlainObject(r) && r.id != null ? `id:${String(r.id)}` : String(i))),
        )
        out.set(path, { node, key: rowsKey(value), structure: true })
        return
      }
      if (!node.children) out.set(path, { node, key: key(node, value), structure: false })
    },
    // No locale picking: with every locale, localised values are compared as their maps (above).
  )
  return out
}

/**
 * The fields whose values differ between `before` and `after` (plain documents as Payload returns
 * them; with `sel.allLocales`, read with `locale: 'all'`). `ignore`: top-level field names that are
 * bookkeeping, not content (e.g. the workflow's own fields).
 */
export function changedFields(
  nodes: FieldNode[],
  before: unknown,
  after: unknown,
  options: { ignore?: ReadonlySet<string>; sel?: LocaleSelector } = {},
): FieldChange[] {
  const ignore = options.ignore ?? new Set<string>()
  const a = snapshot(nodes, before, ignore, options.sel)
  const b = snapshot(nodes, after, ignore, options.sel)
  const out: FieldChange[] = []
  const moved: string[] = []
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path)
    const y = b.get(path)
    const entry = (x ?? y)!
    const empty = entry.structure ? '[]' : 'null'
    if ((x?.key ?? empty) === (y?.key ?? empty)) continue
    // The members of a row that was added or removed are that row's structure change, not their own.
    if ((!x || !y) && moved.some((m) => path.startsWith(m))) continue
    if (entry.structure) moved.push(`${path}.`)
    out.push({
      path,
      field: entry.node.path,
      localized: entry.node.localized,
      ...(entry.structure ? { structure: true } : {}),
    })
  }
  return out
}

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
