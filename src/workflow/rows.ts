/**
 * The `translations` rows of a workflow document: one per translation locale, with its status and
 * the fingerprints of the source text it was made from (see fields.ts for the stored shape).
 */
import { TRANSLATION_LOCALES, type TranslationStatus } from './constants'

export interface TranslationRow {
  id?: string
  locale: string
  status: TranslationStatus
  staleFields?: string[] | null
  comment?: string | null
  submittedBy?: unknown
  sourceFields?: Record<string, string> | null
  sourceFingerprint?: string | null
  approvedSourceFields?: Record<string, string> | null
  approvedBy?: unknown
  approvedAt?: string | null
  approvedVersion?: string | null
  approvedTextHash?: string | null
}

/** A relationship value as its id (a populated document or the id itself). */
export const relId = (v: unknown): unknown =>
  (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v) ?? null

/** One row per translation locale, in a fixed order, keeping existing rows (and their ids). */
export function normaliseRows(rows: unknown): TranslationRow[] {
  const existing = Array.isArray(rows) ? (rows as TranslationRow[]) : []
  return TRANSLATION_LOCALES.map((locale) => {
    const row = existing.find((r) => r?.locale === locale)
    return row
      ? {
          ...row,
          submittedBy: relId(row.submittedBy) ?? null,
          approvedBy: relId(row.approvedBy) ?? null,
          staleFields: row.staleFields ?? [],
        }
      : { locale, status: 'missing' as TranslationStatus, staleFields: [] }
  })
}
