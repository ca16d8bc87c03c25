/**
 * Which units of a translation were made from an earlier source, and what that source said.
 *
 * The workflow's translation row records, per field, the hash of the source text the translation
 * was made from (`sourceFields`); a field whose current hash differs is stale. The earlier text is
 * found in the document's versions (the newest version whose source field has that hash); its
 * units are compared with today's, unit by unit: only those that differ are stale, each with its
 * earlier source. Without such a version, every translated unit of the field is stale (no earlier
 * source to show).
 */
import type { Payload } from 'payload'

import { DEFAULT_LOCALE } from '../../model/locales'
import { changedFields, fieldHashes } from '../../workflow/fingerprint'
import type { Seg, Unit } from '../types'
import { sourceUnits } from '../units'
import type { LoadedDocument } from './documents'

export interface StaleUnit {
  previous: Seg | null
}

export interface StaleInfo {
  units: Map<string, StaleUnit>
  /** Per stale field: the source version the translation was made from, when a version holds it. */
  earlier: Map<string, Record<string, unknown>>
}

/** Stale units of `d` (by unit id) among `units` (its current source units). */
export async function staleUnits(payload: Payload, d: LoadedDocument, units: Unit[]): Promise<Map<string, StaleUnit>> {
  return (await staleInfo(payload, d, units)).units
}

export async function staleInfo(payload: Payload, d: LoadedDocument, units: Unit[]): Promise<StaleInfo> {
  const out = new Map<string, StaleUnit>()
  const earlierDocs = new Map<string, Record<string, unknown>>()
  const row = d.row
  if (row.status === 'missing' || !row.sourceFields) return { units: out, earlier: earlierDocs }
  const now = fieldHashes(d.fields, d.source, { locale: DEFAULT_LOCALE })
  const stale = changedFields(row.sourceFields, now)
  if (!stale.length) return { units: out, earlier: earlierDocs }
  const versions = (await payload.findVersions({
    collection: d.collection as never,
    where: { parent: { equals: d.id } },
    locale: DEFAULT_LOCALE as never,
    fallbackLocale: false as never,
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  } as never)) as unknown as { docs: Array<{ version: Record<string, unknown> }> }
  for (const field of stale) {
    const want = row.sourceFields[field]
    const version = want
      ? versions.docs.find((v) => fieldHashes(d.fields, v.version, { locale: DEFAULT_LOCALE })[field] === want)
      : undefined
    if (version) earlierDocs.set(field, version.version)
    const earlier = version
      ? sourceUnits({ collection: d.collection, id: d.id }, d.fields, version.version).filter((u) => u.field === field)
      : null
    for (const u of units) {
      if (u.field !== field) continue
      if (!earlier) {
        out.set(u.id, { previous: null })
        continue
      }
      const before = earlier.find((e) => e.id === u.id)
      if (!before) out.set(u.id, { previous: null })
      else if (before.hash !== u.hash) out.set(u.id, { previous: before.source })
    }
  }
  return { units: out, earlier: earlierDocs }
}
