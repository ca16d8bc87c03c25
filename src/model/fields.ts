/**
 * The editorial role of a field, declared once on the field itself (Payload's `custom`), read by
 * everything that must treat it specially: access, staleness, the bundle, the editions, XLIFF,
 * encryption at rest.
 *
 * - public (the default for a content collection's data fields): may be published once approved;
 *   the bundle schema (src/publish) is the allow-list of what actually is.
 * - confidential: never leaves the CMS (no bundle, no edition, no export, no translator, no audit
 *   value). Everything inside a confidential group is confidential.
 * - internal: kept in the CMS for its structure or bookkeeping, not published as such (e.g. which
 *   report a chapter belongs to; the workflow's state).
 *
 * Whether a field is localised (`localized: true`) and which field is the title
 * (`admin.useAsTitle`) are already Payload's own declarations: src/model/walk.ts reads them there.
 */
import type { Field } from 'payload'

export type FieldRole = 'public' | 'confidential' | 'internal'

interface FolioCustom {
  folio?: { role?: FieldRole }
}

const withRole = <F extends Field>(field: F, role: FieldRole): F => {
  const custom = (field.custom ?? {}) as FolioCustom & Record<string, unknown>
  return { ...field, custom: { ...custom, folio: { ...custom.folio, role } } }
}

/** Never leaves the CMS: legal identity, contact, internal notes, consent records. */
export const confidential = <F extends Field>(field: F): F => withRole(field, 'confidential')

/** Kept in the CMS for structure or bookkeeping; not published as such. */
export const internal = <F extends Field>(field: F): F => withRole(field, 'internal')

/** The role declared on this field itself (undefined: inherited from its container, or public). */
export const declaredRole = (field: { custom?: Record<string, unknown> }): FieldRole | undefined =>
  (field.custom as FolioCustom | undefined)?.folio?.role
