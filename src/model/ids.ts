/**
 * Document ids, one way everywhere. A relationship value is an id, or the related document when it
 * was read with depth > 0; SQLite ids are numbers, MongoDB's are strings; ids travel as text
 * (job inputs, URLs, the bundle).
 */

/** The id of a relationship value (an id or a populated document) as text, or null. */
export function relationId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'string' && value.trim() !== '') return value
  if (value && typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  return null
}

/** The ids of a hasMany relationship value as text: each once, in the editor's order. */
export function relationIds(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const out: string[] = []
  for (const x of value) {
    const id = relationId(x)
    if (id && !out.includes(id)) out.push(id)
  }
  return out
}

/** The id of a relationship value as stored (number or string, not converted), or null. */
export function relationValue(value: unknown): string | number | null {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number | null }).id ?? null
  return (value as string | number | null | undefined) ?? null
}

/** An id received as text, as the database wants it: digits → number (SQLite), else the text. */
export const dbId = (id: string | number): string | number =>
  typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id

/** Ids compare numerically when both are integers, else as strings: a stable, natural order. */
export function compareIds(a: string, b: string): number {
  const na = /^\d+$/.test(a)
  const nb = /^\d+$/.test(b)
  if (na && nb) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
  if (na !== nb) return na ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
