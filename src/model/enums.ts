/**
 * The closed vocabularies of the content model, each declared once with its admin labels. The
 * collections use them as select options; the bundle schema (src/publish) and the editions derive
 * their enums from the same lists through `values()`.
 */

export interface Option<V extends string = string> {
  readonly label: string
  readonly value: V
}

/** The values of an option list, as a non-empty tuple (what zod's `z.enum` takes). */
export const values = <V extends string>(options: readonly Option<V>[]): [V, ...V[]] =>
  options.map((o) => o.value) as [V, ...V[]]

/** Select options for a Payload field (a mutable copy, as Payload's types want). */
export const options = <V extends string>(list: readonly Option<V>[]): Option<V>[] => list.map((o) => ({ ...o }))

export const CHAPTER_KINDS = [
  { label: 'Foreword', value: 'foreword' },
  { label: 'Country', value: 'country' },
  { label: 'Thematic', value: 'thematic' },
  { label: 'Annex', value: 'annex' },
] as const

export const FURTHER_READING_KINDS = [
  { label: 'Briefing', value: 'briefing' },
  { label: 'Report', value: 'report' },
  { label: 'Article', value: 'article' },
  { label: 'Video', value: 'video' },
  { label: 'Campaign', value: 'campaign' },
] as const

export const THEMES = [
  { label: 'Torture', value: 'torture' },
  { label: 'Arbitrary detention', value: 'arbitrary-detention' },
  { label: 'Ill-treatment in custody', value: 'ill-treatment-in-custody' },
  { label: 'Police violence', value: 'police-violence' },
  { label: 'Enforced disappearance', value: 'enforced-disappearance' },
  { label: 'Sexual and gender-based violence', value: 'sexual-violence' },
  { label: 'Harassment of defenders', value: 'harassment-of-defenders' },
  { label: 'Judicial harassment', value: 'judicial-harassment' },
] as const

export const DISCLOSURES = [
  { label: 'Named (real name published)', value: 'named' },
  { label: 'Pseudonym', value: 'pseudonym' },
  { label: 'Anonymous', value: 'anonymous' },
] as const

export const CONSENT_STATUSES = [
  { label: 'Pending', value: 'pending' },
  { label: 'Given', value: 'given' },
  { label: 'Withdrawn', value: 'withdrawn' },
] as const

export const CONSENT_SCOPES = [
  { label: 'Text', value: 'text' },
  { label: 'Name', value: 'name' },
  { label: 'Image', value: 'image' },
  { label: 'Video', value: 'video' },
] as const

export const DEFENDER_STATUSES = [
  { label: 'Detained', value: 'detained' },
  { label: 'House arrest', value: 'house-arrest' },
  { label: 'Deprived of liberty (form not known)', value: 'deprived-of-liberty' },
  { label: 'Convicted', value: 'convicted' },
  { label: 'Released', value: 'released' },
  { label: 'In exile', value: 'in-exile' },
  { label: 'Travel ban', value: 'travel-ban' },
  { label: 'Witness in a criminal investigation', value: 'witness' },
] as const

export const DEFENDER_VISIBILITY = [
  { label: 'Public', value: 'public' },
  { label: 'Confidential (never published)', value: 'confidential' },
] as const

export const QUALIFIERS = [
  { label: 'Exact', value: 'exact' },
  { label: 'Approximately', value: 'approximately' },
  { label: 'More than', value: 'more-than' },
  { label: 'At least', value: 'at-least' },
  { label: 'Estimated', value: 'estimated' },
  { label: 'Up to', value: 'up-to' },
] as const

export const ORGANISATION_KINDS = [
  { label: 'Partner', value: 'partner' },
  { label: 'Source', value: 'source' },
  { label: 'Institution', value: 'institution' },
] as const

export const MEDIA_LICENCES = [
  { label: 'All rights reserved', value: 'all-rights-reserved' },
  { label: 'CC BY 4.0', value: 'cc-by-4.0' },
  { label: 'CC BY-SA 4.0', value: 'cc-by-sa-4.0' },
  { label: 'CC BY-NC 4.0', value: 'cc-by-nc-4.0' },
  { label: 'CC0 / public domain', value: 'cc0' },
  { label: 'Used with permission', value: 'permission' },
] as const

export const CALL_TO_ACTION_KINDS = [
  { label: 'Read more', value: 'read' },
  { label: 'Support / donate', value: 'support' },
  { label: 'Sign up', value: 'signup' },
  { label: 'Act', value: 'act' },
] as const
