/**
 * Translation progress of one document in one locale, in words. Pure: it takes the document as
 * read with every locale (`locale: 'all'`, localised values as `{ en, fr, … }` maps) and its
 * translation row. A source field (default-locale text) is, for a locale:
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

export function documentProgress(
  fields: readonly Field[],
  doc: unknown,
  row: TranslationRow,
  locale: string,
): WordProgress {
  const all = { allLocales: true }
  const source = translatableTexts(fields, doc, { locale: DEFAULT_LOCALE, ...all })
  const target = translatableTexts(fields, doc, { locale, ...all })
  const hashes = row.sourceFields ? fieldHashes(fields as Field[], doc, { locale: DEFAULT_LOCALE, ...all }) : {}
  const out = emptyProgress()
  for (const [path, text] of Object.entries(source)) {
    const n = countWords(text, DEFAULT_LOCALE)
    out.words += n
    if (row.status === 'missing' || !target[path]) out.missing += n
    else if (row.sourceFields && row.sourceFields[path] !== hashes[path]) {
      out.stale += n
      out.staleFields.push(path)
    } else out.translated += n
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
