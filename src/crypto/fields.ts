/**
 * Which stored values are encrypted, derived from the model: every leaf the model declares
 * confidential (src/model/fields.ts `confidential()`, found by the one walker src/model/walk.ts)
 * whose column holds text. Selects, dates, relationships and uploads inside a confidential group
 * keep their typed columns (enumerations, foreign keys: the consent status, scope, date, recorder
 * and document link); the consent document itself is encrypted on disk (./files.ts).
 */
import { collections } from '../../collections'
import { everyNode, nodesOf } from '../model/registry'
import { type FieldNode, isLeaf, isPlainObject, walkData } from '../model/walk'
import { type Binding, DecryptError, envelopeOfMarker, isEnvelope, open, seal, UNDECRYPTABLE } from './envelope'

/** Field types whose stored column is text (in SQLite and MongoDB alike). */
const SEALABLE = new Set(['text', 'textarea', 'email', 'code', 'json', 'richText'])

export const isSealed = (node: FieldNode): boolean =>
  node.role === 'confidential' && isLeaf(node) && !node.virtual && SEALABLE.has(node.field.type)

/** Collections with at least one encrypted field, and the schema paths of those fields. */
export function sealedCollections(): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const { slug } of collections) {
    const nodes = everyNode(slug).filter(isSealed)
    const localised = nodes.find((n) => n.localized)
    if (localised)
      throw new Error(
        `${slug}.${localised.path} is confidential and localised: encryption at rest binds values to one locale and does not support that yet.`,
      )
    if (nodes.length > 0)
      out.set(
        slug,
        nodes.map((n) => n.path),
      )
  }
  return out
}

export interface Keys {
  active: { keyId: string; key: Buffer }
  keyFor: (keyId: string) => Buffer | undefined
}

/** A copy of `obj` with `value` at the data path `path` (containers copied along the way). */
function setPath(obj: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path
  const copy: Record<string, unknown> | unknown[] = Array.isArray(obj) ? [...obj] : { ...obj }
  const target = copy as Record<string, unknown>
  target[head] = rest.length === 0 ? value : setPath((obj as Record<string, unknown>)[head] as never, rest, value)
  return target
}

export interface SealedValue {
  path: string
  value: unknown
}

interface Plan {
  /** Sealed leaves outside arrays and blocks: read and written by their path directly. */
  direct: string[][]
  /** Some sealed leaf sits in array or blocks rows: those are found by walking the data. */
  walk: boolean
}
const plans = new Map<string, Plan>()
const planOf = (slug: string): Plan => {
  let plan = plans.get(slug)
  if (!plan) {
    const nodes = everyNode(slug).filter(isSealed)
    plan = {
      direct: nodes.filter((n) => !n.repeated).map((n) => n.path.split('.')),
      walk: nodes.some((n) => n.repeated),
    }
    plans.set(slug, plan)
  }
  return plan
}

const at = (data: Record<string, unknown>, path: string[]): unknown => {
  let v: unknown = data
  for (const key of path) {
    if (!isPlainObject(v)) return undefined
    v = v[key]
  }
  return v
}

/** The encrypted leaves present in `data` (values that are not null or undefined). */
export function sealedValues(slug: string, data: unknown): SealedValue[] {
  if (!isPlainObject(data)) return []
  const plan = planOf(slug)
  const out: SealedValue[] = []
  for (const path of plan.direct) {
    const value = at(data, path)
    if (value !== null && value !== undefined) out.push({ path: path.join('.'), value })
  }
  if (plan.walk) {
    walkData(nodesOf(slug), data, ({ node, path, value }) => {
      if (isSealed(node) && node.repeated && value !== null && value !== undefined) out.push({ path, value })
      return undefined
    })
  }
  return out
}

const bind = (collection: string, docId: string | number, path: string): Binding => ({
  collection,
  docId,
  path,
  locale: '',
})

/** `data` with every confidential text value sealed (envelopes and "cannot be decrypted" values kept as stored). */
export function sealDoc<T>(slug: string, docId: string | number, data: T, keys: Keys): T {
  if (!isPlainObject(data)) return data
  let out = data as Record<string, unknown>
  for (const { path, value } of sealedValues(slug, data)) {
    const kept = envelopeOfMarker(value)
    const next =
      kept ?? (isEnvelope(value) ? value : seal(value, keys.active.key, keys.active.keyId, bind(slug, docId, path)))
    if (next !== value) out = setPath(out, path.split('.'), next)
  }
  return out as T
}

/** Called for each value that fails to decrypt (never with the value itself). */
export type OnFailure = (where: { collection: string; docId: string | number; path: string; reason: string }) => void

/** `data` with every envelope opened; a value that fails shows as "[cannot be decrypted] <envelope>". */
export function openDoc<T>(slug: string, docId: string | number, data: T, keys: Keys, onFailure: OnFailure): T {
  if (!isPlainObject(data)) return data
  let out = data as Record<string, unknown>
  for (const { path, value } of sealedValues(slug, data)) {
    if (!isEnvelope(value)) continue
    let clear: unknown
    try {
      clear = open(value, keys.keyFor, bind(slug, docId, path))
    } catch (error) {
      if (!(error instanceof DecryptError)) throw error
      onFailure({ collection: slug, docId, path, reason: error.message })
      clear = UNDECRYPTABLE + value
    }
    out = setPath(out, path.split('.'), clear)
  }
  return out as T
}

/** `data` with the encrypted leaves set to null (for the first write of a new document). */
export function withoutSealed<T>(slug: string, data: T): T {
  let out = data as Record<string, unknown>
  for (const { path } of sealedValues(slug, data)) out = setPath(out, path.split('.'), null)
  return out as T
}

/** Only the encrypted leaves of `data` (top-level containers kept), for the second write. */
export function onlySealed(slug: string, data: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> = {}
  for (const { path, value } of sealedValues(slug, data)) {
    const parts = path.split('.')
    const top = parts[0]
    if (parts.length > 1 && !(top in out)) out[top] = data[top]
    out = setPath(out, parts, value)
  }
  return out
}
