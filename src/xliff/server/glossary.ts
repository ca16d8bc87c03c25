/** Reading the glossary collection into the pure core's entries. */
import type { Payload } from 'payload'

import type { GlossaryEntry } from '../glossary'

type Row = {
  id: string | number
  term?: string | null
  doNotTranslate?: boolean | null
  translations?: Record<string, string | null | undefined> | null
  forbidden?: Array<{ locale?: string | null; variant?: string | null }> | null
  note?: string | null
}

export const toEntry = (r: Row): GlossaryEntry | null => {
  const term = r.term?.trim()
  if (!term) return null
  const translations: Record<string, string> = {}
  for (const [l, v] of Object.entries(r.translations ?? {}))
    if (typeof v === 'string' && v.trim()) translations[l] = v.trim()
  return {
    id: r.id,
    term,
    doNotTranslate: Boolean(r.doNotTranslate),
    translations,
    forbidden: (r.forbidden ?? [])
      .filter((f) => f.locale && f.variant?.trim())
      .map((f) => ({ locale: String(f.locale), variant: String(f.variant).trim() })),
    note: r.note?.trim() || null,
  }
}

/** Every glossary entry, by term. */
export async function loadGlossary(payload: Payload): Promise<GlossaryEntry[]> {
  if (!(payload.collections as Record<string, unknown>).glossary) return []
  const found = await payload.find({
    collection: 'glossary' as never,
    limit: 0,
    pagination: false,
    depth: 0,
    sort: 'term',
    overrideAccess: true,
  })
  return (found.docs as unknown as Row[]).map(toEntry).filter((e): e is GlossaryEntry => e !== null)
}
