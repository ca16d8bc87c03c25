/**
 * A document's translation units, the targets its translation already holds, and the new field
 * values once translated units are applied. Pure.
 */
import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { deepEqual, mapCodes, segToInline } from './inline'
import { translatableValues, type FieldValue } from './model'
import { emptySkeleton, rebuildRichText, richTextSlots, rootOf, shapeOf, type Slot, type SlotContent } from './segment'
import type { Codes, Seg, TargetState, Unit } from './types'

type Node = Record<string, unknown>

const normalise = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/gu, ' ')

/** Keys of a code's node that are editor bookkeeping, not meaning. */
const NOISE = new Set(['id', 'version', 'direction', 'indent'])
const canonicalCode = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(canonicalCode)
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .filter((k) => !NOISE.has(k))
        .sort()
        .map((k) => [k, canonicalCode((v as Node)[k])]),
    )
  return v
}

/**
 * The source hash of a unit: its kind, text (whitespace-normalised, so a whitespace-only edit is no
 * change, as for the workflow's fingerprints), code positions and what each code stands for.
 */
export function unitHash(kind: string, seg: Seg, codes: Codes): string {
  const events = seg.map((e) => (e.type === 'text' ? { t: normalise(e.text) } : { [e.type]: e.id }))
  const first = events[0] as { t?: string } | undefined
  const last = events[events.length - 1] as { t?: string } | undefined
  if (first?.t !== undefined) first.t = first.t.trimStart()
  if (last?.t !== undefined) last.t = last.t.trimEnd()
  const canon = JSON.stringify([kind, events, canonicalCode(codes)])
  return createHash('sha256').update(canon, 'utf8').digest('hex').slice(0, 16)
}

export interface DocumentRef {
  collection: string
  id: string
}

interface FieldUnits {
  field: FieldValue
  slots: Slot[]
}

const slotUnit = (ref: DocumentRef, f: FieldValue, s: Slot): Unit | null => {
  const base = {
    collection: ref.collection,
    docId: ref.id,
    field: f.path,
    path: s.path,
    id: `${ref.collection}:${ref.id}:${f.path}:${s.path}`,
    resname: `${f.path}/${s.path}`,
  }
  if (s.type === 'inline') {
    if (!s.hasText) return null
    return {
      ...base,
      kind: s.kind,
      source: s.seg,
      codes: s.codes,
      hash: unitHash(s.kind, s.seg, s.codes),
      label: f.label,
    }
  }
  if (s.text.trim() === '') return null
  const seg: Seg = [{ type: 'text', text: s.text }]
  return {
    ...base,
    kind: 'block-field',
    source: seg,
    codes: {},
    hash: unitHash('block-field', seg, {}),
    label: `${f.label} › ${s.blockType} › ${s.label}`,
    ...(s.maxLength ? { maxLength: s.maxLength } : {}),
  }
}

function fieldUnits(collection: string, fields: Field[], doc: unknown): FieldUnits[] {
  return translatableValues(collection, fields, doc).map((field) => ({
    field,
    slots: field.type === 'richText' ? richTextSlots(field.value, collection) : [],
  }))
}

/** The units of a document's source (default-locale) text, in reading order. */
export function sourceUnits(ref: DocumentRef, fields: Field[], source: unknown): Unit[] {
  const out: Unit[] = []
  for (const { field, slots } of fieldUnits(ref.collection, fields, source)) {
    if (field.type !== 'richText') {
      const text = typeof field.value === 'string' ? field.value : ''
      if (text.trim() === '') continue
      const seg: Seg = [{ type: 'text', text }]
      out.push({
        collection: ref.collection,
        docId: ref.id,
        field: field.path,
        path: null,
        id: `${ref.collection}:${ref.id}:${field.path}`,
        resname: field.path,
        kind: 'text',
        source: seg,
        codes: {},
        hash: unitHash('text', seg, {}),
        label: field.label,
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
      })
      continue
    }
    for (const s of slots) {
      const u = slotUnit(ref, field, s)
      if (u) out.push(u)
    }
  }
  return out
}

/** Fields whose translation has the same structure as the source (their targets line up unit by unit). */
export function alignedFields(collection: string, fields: Field[], source: unknown, target: unknown): Set<string> {
  const tr = new Map(translatableValues(collection, fields, target).map((f) => [f.path, f]))
  const out = new Set<string>()
  for (const f of translatableValues(collection, fields, source)) {
    const t = tr.get(f.path)
    if (f.type !== 'richText') out.add(f.path)
    else if (t && rootOf(t.value) && shapeOf(t.value) === shapeOf(f.value)) out.add(f.path)
  }
  return out
}

/**
 * What the translation holds for each source unit (non-empty targets only), with the source's code
 * ids. Rich-text fields of another structure than the source have no targets (see alignedFields).
 */
export function existingTargets(
  ref: DocumentRef,
  fields: Field[],
  units: Unit[],
  target: unknown,
): Map<string, TargetState> {
  const out = new Map<string, TargetState>()
  const byField = new Map(fieldUnits(ref.collection, fields, target).map((f) => [f.field.path, f]))
  for (const u of units) {
    const t = byField.get(u.field)
    if (!t) continue
    if (u.path === null) {
      const text = typeof t.field.value === 'string' ? t.field.value : ''
      if (text.trim() !== '') out.set(u.id, { seg: [{ type: 'text', text }], codesDiffer: false })
      continue
    }
    const slot = t.slots.find((s) => s.path === u.path)
    if (!slot) continue
    if (slot.type === 'field') {
      if (slot.text.trim() !== '') out.set(u.id, { seg: [{ type: 'text', text: slot.text }], codesDiffer: false })
    } else if (slot.hasText) {
      const mapped = mapCodes(slot.seg, slot.codes, u.codes)
      out.set(u.id, { seg: mapped.seg, codesDiffer: mapped.differ, extraCodes: mapped.extra })
    }
  }
  return out
}

/** existingTargets for aligned fields only. */
export function currentTargets(
  ref: DocumentRef,
  fields: Field[],
  source: unknown,
  target: unknown,
  units = sourceUnits(ref, fields, source),
) {
  const aligned = alignedFields(ref.collection, fields, source, target)
  const all = existingTargets(ref, fields, units, target)
  for (const u of units) if (!aligned.has(u.field)) all.delete(u.id)
  return { units, targets: all, aligned }
}

const plain = (seg: Seg) => seg.map((e) => (e.type === 'text' ? e.text : '')).join('')

/**
 * The field values of the translation once `accepted` targets (unit id → events with the source's
 * code ids, already validated) are applied. Only fields whose value changes are returned, by data
 * path. A rich-text field keeps the translation's own structure when it matches the source's;
 * otherwise it is rebuilt on the source's skeleton (`restructured` lists those fields).
 */
export function applyTargets(args: {
  collection: string
  fields: Field[]
  source: unknown
  target: unknown
  units: Unit[]
  accepted: Map<string, Seg>
  rtl: boolean
}): { values: Map<string, unknown>; restructured: string[] } {
  const { collection, fields, units, accepted } = args
  const src = new Map(translatableValues(collection, fields, args.source).map((f) => [f.path, f]))
  const tr = new Map(translatableValues(collection, fields, args.target).map((f) => [f.path, f]))
  const values = new Map<string, unknown>()
  const restructured: string[] = []
  const byField = new Map<string, Unit[]>()
  for (const u of units) if (accepted.has(u.id)) byField.set(u.field, [...(byField.get(u.field) ?? []), u])
  for (const [field, us] of byField) {
    const s = src.get(field)
    if (!s) continue
    const current = tr.get(field)?.value ?? null
    let next: unknown
    if (s.type !== 'richText') next = plain(accepted.get(us[0].id)!)
    else {
      const aligned = rootOf(current) !== null && shapeOf(current) === shapeOf(s.value)
      if (
        !aligned &&
        rootOf(current) &&
        richTextSlots(current, collection).some((x) => (x.type === 'inline' ? x.hasText : x.text.trim() !== ''))
      )
        restructured.push(field)
      const base = aligned ? current : emptySkeleton(s.value, collection, args.rtl)
      const replace = new Map<string, SlotContent>()
      for (const u of us) {
        const seg = accepted.get(u.id)!
        replace.set(
          u.path!,
          u.kind === 'block-field'
            ? { type: 'field', text: plain(seg) }
            : { type: 'inline', children: segToInline(seg, u.codes) },
        )
      }
      next = rebuildRichText(base, replace)
    }
    if (!deepEqual(next, current)) values.set(field, next)
  }
  return { values, restructured }
}

/**
 * The update data for a Local API write of one locale: each changed path set into a copy of the
 * translation's top-level value (array rows keep their ids and shared fields).
 */
export function updateData(target: Record<string, unknown>, values: Map<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [path, value] of values) {
    const keys = path.split('.')
    const top = keys[0]
    if (keys.length === 1) {
      data[top] = value
      continue
    }
    if (!(top in data)) data[top] = structuredClone(target[top] ?? (/^\d+$/.test(keys[1]) ? [] : {}))
    let cur = data[top] as Record<string, unknown>
    for (const k of keys.slice(1, -1)) {
      cur[k] ??= {}
      cur = cur[k] as Record<string, unknown>
    }
    cur[keys[keys.length - 1]] = value
  }
  return data
}

export type { Node as LexicalNode }

/**
 * The translation of a field whose source changed structure since it was translated (a paragraph
 * added, a list item removed): its units are matched through the earlier source it was made from
 * (when the translation has that source's structure). A unit whose source is unchanged gets its
 * translation back (not stale); a unit at the same place with another source gets it too, as
 * stale, with the earlier unit (`changed`) for its earlier source.
 */
export function carryTargets(
  ref: DocumentRef,
  fields: Field[],
  field: string,
  units: Unit[],
  earlier: unknown,
  target: unknown,
): Map<string, { target: TargetState; changed: Unit | null }> {
  const out = new Map<string, { target: TargetState; changed: Unit | null }>()
  if (!alignedFields(ref.collection, fields, earlier, target).has(field)) return out
  const before = sourceUnits(ref, fields, earlier).filter((u) => u.field === field)
  const targets = existingTargets(ref, fields, before, target)
  const claimed = new Set<string>()
  const current = units.filter((u) => u.field === field)
  for (const u of current) {
    const o = before.find((x) => x.hash === u.hash && !claimed.has(x.id) && targets.has(x.id))
    if (!o) continue
    claimed.add(o.id)
    out.set(u.id, { target: targets.get(o.id)!, changed: null })
  }
  for (const u of current) {
    if (out.has(u.id)) continue
    const o = before.find((x) => x.id === u.id && !claimed.has(x.id))
    const t = o ? targets.get(o.id) : undefined
    if (!o || !t) continue
    claimed.add(o.id)
    const m = mapCodes(t.seg, { ...o.codes, ...(t.extraCodes ?? {}) }, u.codes)
    out.set(u.id, { target: { seg: m.seg, codesDiffer: m.differ, extraCodes: m.extra }, changed: o })
  }
  return out
}
