/** Checking what a publish is asked for, before anything is read (CLI, preview, publish()). */
import { LOCALE_CODES } from '../model/locales'
import type { BundleLocale } from './bundle/schema'
import { PublishArgumentError } from './errors'

/** A --locales value ("en,fr") → the locales, each once; none given → every configured locale. */
export function parseLocales(value: string | undefined): BundleLocale[] {
  if (!value) return [...LOCALE_CODES]
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const bad = list.filter((l) => !(LOCALE_CODES as string[]).includes(l))
  if (bad.length || !list.length) {
    throw new PublishArgumentError(
      `Unknown locale${bad.length === 1 ? '' : 's'} ${bad.join(', ') || '(none given)'}; configured locales: ${LOCALE_CODES.join(', ')}`,
    )
  }
  return [...new Set(list)] as BundleLocale[]
}
