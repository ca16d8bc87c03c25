/**
 * The one walk over the content model. Everything that asks "which fields are localised,
 * translatable, confidential, where is the title, which fields are relations?" — access, staleness
 * fingerprints, change detection, confidential stripping, the bundle, XLIFF, encryption — goes
 * through `fieldNodes` (the field tree, from Payload's own `flattenAllFields`) and `walkData`
 * (a document's values along that tree).
 *
 * Paths: a node's `path` is its schema path (`source.title`, `furtherReading.title`); a visited
 * value's `path` is its data path, with array row indices (`furtherReading.0.title`).
 */
import { flattenAllFields, type Field, type FlattenedField } from 'payload'

import { declaredRole, type FieldRole } from './fields'

export interface FieldNode {
  /** The field's (flattened) Payload config. */
  field: FlattenedField
  name: string
  /** Schema path: `title`, `source.title`, `furtherReading.title`. */
  path: string
  /** Holds per-locale values: its own `localized`, or a localised container's. */
  localized: boolean
  /** Where the per-locale split happens: localised itself, inside no localised container. */
  localizedHere: boolean
  /** Its declared role, or its container's (public when nothing says otherwise). */
  role: FieldRole
  /** Inside an array or blocks row. */
  repeated: boolean
  /** Virtual: computed on read, never stored. */
  virtual: boolean
  /** Members of a group or named tab, or the row fields of an array. */
  children?: FieldNode[]
  /** Row fields of a blocks field, per block slug. */
  blocks?: Record<string, FieldNode[]>
}

/** Field types whose localised values are text a translator translates. */
const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])

/** Localised text a translator translates (never a confidential field). */
export const isTranslatable = (node: FieldNode): boolean =>
  node.localized && TEXT_TYPES.has(node.field.type) && node.role !== 'confidential'

/** A field holding data values (not a group, tab, array or blocks container). */
export const isLeaf = (node: FieldNode): boolean => !node.children && !node.blocks

interface Parent {
  path: string
  localized: boolean
  role: FieldRole
  repeated: boolean
}

const TOP: Parent = { path: '', localized: false, role: 'public', repeated: false }

function build(flat: FlattenedField[], parent: Parent): FieldNode[] {
  const out: FieldNode[] = []
  for (const field of flat) {
    if (field.type === 'join' || !('name' in field) || !field.name) continue
    const own = Boolean((field as { localized?: boolean }).localized)
    const node: FieldNode = {
      field,
      name: field.name,
      path: parent.path + field.name,
      localized: parent.localized || own,
      localizedHere: own && !parent.localized,
      role: declaredRole(field) ?? parent.role,
      repeated: parent.repeated,
      virtual: Boolean((field as { virtual?: unknown }).virtual),
    }
    const inner: Parent = { path: `${node.path}.`, localized: node.localized, role: node.role, repeated: node.repeated }
    if (field.type === 'group' || field.type === 'tab') node.children = build(field.flattenedFields, inner)
    else if (field.type === 'array') node.children = build(field.flattenedFields, { ...inner, repeated: true })
    else if (field.type === 'blocks') {
      node.blocks = {}
      for (const block of field.blocks ?? []) {
        if (typeof block !== 'string')
          node.blocks[block.slug] = build(block.flattenedFields, { ...inner, repeated: true })
      }
    }
    out.push(node)
  }
  return out
}

const cache = new WeakMap<readonly Field[], FieldNode[]>()

/** The data fields of a collection (raw or sanitised config), as a tree of nodes. Cached. */
export function fieldNodes(fields: readonly Field[]): FieldNode[] {
  let nodes = cache.get(fields)
  if (!nodes) {
    nodes = build(flattenAllFields({ fields: fields as Field[] }), TOP)
    cache.set(fields, nodes)
  }
  return nodes
}

/** Every node of the tree, depth first (a container before its members). */
export function allNodes(nodes: FieldNode[]): FieldNode[] {
  const out: FieldNode[] = []
  const visit = (ns: FieldNode[]) => {
    for (const n of ns) {
      out.push(n)
      if (n.children) visit(n.children)
      for (const kids of Object.values(n.blocks ?? {})) visit(kids)
    }
  }
  visit(nodes)
  return out
}

/** Data read with `locale: 'all'` holds localised values as `{ en: …, fr: … }` maps. */
export interface LocaleSelector {
  /** The locale to read. */
  locale: string
  /** true when the data holds every locale (`locale: 'all'` reads and writes). */
  allLocales?: boolean
}

export interface Visited {
  node: FieldNode
  /** Data path, with row indices: `furtherReading.0.title`. */
  path: string
  /** The value in the selected locale. */
  value: unknown
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)

/** The value of a node in one locale (a localised value of data read with every locale). */
export const inLocale = (node: FieldNode, raw: unknown, sel?: LocaleSelector): unknown =>
  node.localizedHere && sel?.allLocales && isPlainObject(raw) ? raw[sel.locale] : raw

/**
 * Calls `visit` for every field of `data` along `nodes`, depth first: a container (group, array,
 * blocks) before its members and rows. Returning `false` from `visit` skips a container's insides.
 */
export function walkData(
  nodes: FieldNode[],
  data: unknown,
  visit: (v: Visited) => boolean | undefined | undefined,
  sel?: LocaleSelector,
  prefix = '',
): void {
  const obj = isPlainObject(data) ? data : {}
  for (const node of nodes) {
    const value = inLocale(node, obj[node.name], sel)
    const path = prefix + node.name
    if (visit({ node, path, value }) === false) continue
    if (node.children && (node.field.type === 'group' || node.field.type === 'tab')) {
      walkData(node.children, value, visit, sel, `${path}.`)
    } else if (node.children && Array.isArray(value)) {
      for (const [i, row] of value.entries()) walkData(node.children, row, visit, sel, `${path}.${i}.`)
    } else if (node.blocks && Array.isArray(value)) {
      value.forEach((row, i) => {
        const kids = node.blocks![String((row as { blockType?: unknown })?.blockType)]
        if (kids) walkData(kids, row, visit, sel, `${path}.${i}.`)
      })
    }
  }
}

/** Rows of an array or blocks value, matched to `other`'s rows by id (else by position). */
const rowMatch = (_rows: unknown[], other: unknown, i: number, row: unknown): unknown => {
  const list = Array.isArray(other) ? other : []
  const id = isPlainObject(row) ? row.id : undefined
  return id !== undefined && id !== null ? list.find((r) => isPlainObject(r) && r.id === id) : list[i]
}

/**
 * A copy of `data` in which every value where the per-locale split happens (a node's
 * `localizedHere`) is replaced by `replace(value, otherValue, node)`; `other` is walked alongside
 * (array rows matched by id). Everything else is copied as it is.
 */
export function mapLocalised(
  nodes: FieldNode[],
  data: unknown,
  other: unknown,
  replace: (value: unknown, otherValue: unknown, node: FieldNode) => unknown,
): Record<string, unknown> {
  const obj = isPlainObject(data) ? data : {}
  const oth = isPlainObject(other) ? other : {}
  const out: Record<string, unknown> = { ...obj }
  for (const node of nodes) {
    const value = obj[node.name]
    if (node.localizedHere) out[node.name] = replace(value, oth[node.name], node)
    else if (node.localized) continue
    else if (node.children && (node.field.type === 'group' || node.field.type === 'tab')) {
      out[node.name] = mapLocalised(node.children, value, oth[node.name], replace)
    } else if ((node.children || node.blocks) && Array.isArray(value)) {
      out[node.name] = value.map((row, i) => {
        const kids = node.children ?? node.blocks![String((row as { blockType?: unknown })?.blockType)] ?? []
        return mapLocalised(kids, row, rowMatch(value, oth[node.name], i, row), replace)
      })
    }
  }
  return out
}

/** A copy of `data` without the fields whose role is `role` (at any depth, in every row). */
export function withoutRole(
  nodes: FieldNode[],
  data: Record<string, unknown>,
  role: FieldRole,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data }
  for (const node of nodes) {
    const value = data[node.name]
    if (node.role === role) delete out[node.name]
    else if (node.children && isPlainObject(value) && (node.field.type === 'group' || node.field.type === 'tab')) {
      out[node.name] = withoutRole(node.children, value, role)
    } else if ((node.children || node.blocks) && Array.isArray(value)) {
      out[node.name] = value.map((row) => {
        const kids = node.children ?? node.blocks![String((row as { blockType?: unknown })?.blockType)] ?? []
        return isPlainObject(row) ? withoutRole(kids, row, role) : row
      })
    }
  }
  return out
}

/**
 * A copy of a field CONFIG tree with `fn` applied to every named field, members of rows,
 * collapsibles, tabs, groups, arrays and blocks included (a container after its members), knowing
 * whether the field holds per-locale values. For plugins that add admin components or access rules
 * to the fields of collections they are given.
 */
export function mapFieldConfigs(
  fields: Field[],
  fn: (field: Field, ctx: { localized: boolean }) => Field,
  localized = false,
): Field[] {
  return fields.map((f) => {
    const own = localized || Boolean((f as { localized?: boolean }).localized)
    let field: Field = f
    if (f.type === 'tabs') {
      field = {
        ...f,
        tabs: f.tabs.map((tab) => ({
          ...tab,
          fields: mapFieldConfigs(tab.fields, fn, localized || Boolean((tab as { localized?: boolean }).localized)),
        })),
      }
    } else if (f.type === 'row' || f.type === 'collapsible') {
      field = { ...f, fields: mapFieldConfigs(f.fields, fn, localized) }
    } else if (f.type === 'group' || f.type === 'array') {
      field = { ...f, fields: mapFieldConfigs(f.fields, fn, own) } as Field
    } else if (f.type === 'blocks' && f.blocks) {
      field = { ...f, blocks: f.blocks.map((b) => ({ ...b, fields: mapFieldConfigs(b.fields, fn, own) })) }
    }
    return 'name' in field && field.name ? fn(field, { localized: own }) : field
  })
}
