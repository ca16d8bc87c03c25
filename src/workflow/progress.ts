/**
 * Translation progress of one document in each locale, in words. Pure: it takes the document as
 * read with every locale (`locale: 'all'`, localised values as `{ en, fr, … }` maps) and its
 * translation rows. A source field (default-locale text) is, for a locale:
 * - translated: the locale has text for it, made from the source as it is now;
 * - stale: the locale has text for it, made from an earlier source (its hash differs);
 * - missing: the locale has no text for it (or the translation was never started).
 */
import type { Field } from 'payload'

import { DEFAULT_LOCALE } from '../model/locales'
import { fieldHashes } from './fingerprint'
import type { TranslationRow } from './rows'
import { countWords, translatableTexts } from './words'

export interface WordProgress {
  /** Words of the source text (what there is to translate). */
  words: number
  translated: number
  missing: number
  stale: number
  /** Data paths of the stale fields. */
  staleFields: string[]
}

export const emptyProgress = (): WordProgress => ({ words: 0, translated: 0, missing: 0, stale: 0, staleFields: [] })

/**
 * The progress of one document in each locale of `rows` (one row per locale). The source text is
 * read, counted and hashed once for all of them; each locale adds only a look at its own text.
 */
export function documentProgressByLocale(
  fields: readonly Field[],
  doc: unknown,
  rows: readonly TranslationRow[],
): Record<string, WordProgress> {
  const all = { allLocales: true }
  const source = Object.entries(translatableTexts(fields, doc, { locale: DEFAULT_LOCALE, ...all })).map(
    ([path, text]) => [path, countWords(text, DEFAULT_LOCALE)] as const,
  )
  const hashes = rows.some((r) => r.sourceFields)
    ? fieldHashes(fields as Field[], doc, { locale: DEFAULT_LOCALE, ...all })
    : {}
  const out: Record<string, WordProgress> = {}
  for (const row of rows) {
    const target = row.status === 'missing' ? {} : translatableTexts(fields, doc, { locale: row.locale, ...all })
    const p = emptyProgress()
    for (const [path, n] of source) {
      p.words += n
      if (row.status === 'missing' || !target[path]) p.missing += n
      else if (row.sourceFields && row.sourceFields[path] !== hashes[path]) {
        p.stale += n
        p.staleFields.push(path)
      } else p.translated += n
    }
    out[row.locale] = p
  }
  return out
}

export function addProgress(into: WordProgress, p: WordProgress): WordProgress {
  into.words += p.words
  into.translated += p.translated
  into.missing += p.missing
  into.stale += p.stale
  return into
}
