/**
 * The glossary's pure side: finding the terms a text contains, and the QA check of a translation
 * against the approved terms (warnings only, never a block).
 *
 * Matching is case-insensitive, word by word, and lets each word go on (so "defender" finds
 * "defenders", and the approved "défenseur des droits humains" is found in "défenseurs des droits
 * humains"; a forbidden variant likewise in the plural): a glossary warns, it does not parse grammar.
 */

export interface GlossaryEntry {
  id?: string | number
  /** The source (English) term. */
  term: string
  doNotTranslate: boolean
  /** Approved translation per locale. */
  translations: Partial<Record<string, string>>
  /** Variants that must not be used, per locale. */
  forbidden: Array<{ locale: string; variant: string }>
  note?: string | null
}

const fold = (s: string, locale?: string) => s.normalize('NFC').toLocaleLowerCase(locale)
const words = (s: string, locale?: string): string[] => fold(s, locale).match(/[\p{L}\p{N}\p{M}]+/gu) ?? []

/**
 * Does `text` contain `term`: its words in sequence, each starting a word of the text (with
 * `whole`, each equal to it)? "défenseur des droits humains" is found in "défenseurs des droits
 * humains", "l'homme" matches "l’homme" (punctuation is not compared).
 */
export function containsTerm(text: string, term: string, locale?: string, whole = false): boolean {
  const t = words(term, locale)
  if (!t.length) return false
  const s = words(text, locale)
  const match = (a: string, b: string) => (whole ? a === b : a.startsWith(b))
  for (let i = 0; i + t.length <= s.length; i++) if (t.every((w, k) => match(s[i + k], w))) return true
  return false
}

/** The entries whose source term the (source-language) text contains. */
export const termsIn = (text: string, entries: GlossaryEntry[]): GlossaryEntry[] =>
  entries.filter((e) => containsTerm(text, e.term, 'en'))

/** One line of context for a translator: `detention → détention (fr)`, `Viasna: do not translate`. */
export function termNote(e: GlossaryEntry, locale: string): string {
  const parts: string[] = []
  if (e.doNotTranslate) parts.push(`“${e.term}”: do not translate`)
  else if (e.translations[locale]) parts.push(`“${e.term}” → “${e.translations[locale]}”`)
  else parts.push(`“${e.term}” (no approved ${locale} term yet)`)
  const forbidden = e.forbidden.filter((f) => f.locale === locale).map((f) => `“${f.variant}”`)
  if (forbidden.length) parts.push(`not ${forbidden.join(', ')}`)
  if (e.note) parts.push(e.note)
  return `Glossary: ${parts.join('; ')}`
}

export interface TermIssue {
  term: string
  kind: 'missing-approved' | 'forbidden-variant'
  /** The approved term (missing) or the forbidden variant used. */
  expected: string
  message: string
}

/** What a translation gets wrong against the glossary (empty target: nothing to check). */
export function checkTerms(source: string, target: string, entries: GlossaryEntry[], locale: string): TermIssue[] {
  if (!target.trim()) return []
  const out: TermIssue[] = []
  for (const e of termsIn(source, entries)) {
    const approved = e.doNotTranslate ? e.term : e.translations[locale]
    if (approved && !containsTerm(target, approved, locale))
      out.push({
        term: e.term,
        kind: 'missing-approved',
        expected: approved,
        message: e.doNotTranslate
          ? `the source has “${e.term}”, which is not translated, but the ${locale} text does not keep it`
          : `the source has “${e.term}”; the approved ${locale} term “${approved}” is missing`,
      })
    for (const f of e.forbidden)
      if (f.locale === locale && containsTerm(target, f.variant, locale))
        out.push({
          term: e.term,
          kind: 'forbidden-variant',
          expected: f.variant,
          message: `“${f.variant}” is a forbidden ${locale} variant for “${e.term}”${approved ? ` (use “${approved}”)` : ''}`,
        })
  }
  return out
}
