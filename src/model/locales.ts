/**
 * The report's languages: the ONE list of locale codes. `en` is the source language every
 * translation is made from. `intl` is the tag Intl formats with (see src/publish/format.ts for why
 * each: British English, Latin digits in Arabic); `dir` the writing direction.
 */
export const LOCALES = [
  { code: 'en', label: 'English', dir: 'ltr', intl: 'en-GB' },
  { code: 'fr', label: 'Français', dir: 'ltr', intl: 'fr-FR' },
  { code: 'es', label: 'Español', dir: 'ltr', intl: 'es-ES' },
  { code: 'ru', label: 'Русский', dir: 'ltr', intl: 'ru-RU' },
  { code: 'ar', label: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn' },
] as const

export type LocaleCode = (typeof LOCALES)[number]['code']
export type Direction = (typeof LOCALES)[number]['dir']

export const DEFAULT_LOCALE: LocaleCode = 'en'
/** Every locale code, in the report's order (a non-empty tuple, as zod's `z.enum` wants it). */
export const LOCALE_CODES = LOCALES.map((l) => l.code) as [LocaleCode, ...LocaleCode[]]
/** Locales a translator can be assigned to: every locale but the source language. */
export const TRANSLATION_LOCALES = LOCALE_CODES.filter((c) => c !== DEFAULT_LOCALE)

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (LOCALE_CODES as string[]).includes(value)

const byCode = new Map<string, (typeof LOCALES)[number]>(LOCALES.map((l) => [l.code, l]))

/** Writing direction of a locale. */
export const localeDir = (code: LocaleCode): Direction => byCode.get(code)?.dir ?? 'ltr'
/** The Intl tag a locale's numbers and dates are formatted with. */
export const intlTag = (code: LocaleCode): string => byCode.get(code)?.intl ?? code

/** Locale codes in the report's order, without duplicates. */
export const sortLocales = <L extends LocaleCode>(codes: Iterable<L>): L[] =>
  [...new Set(codes)].sort((a, b) => LOCALE_CODES.indexOf(a) - LOCALE_CODES.indexOf(b))

/** Payload's `localization` setting, from this list. */
export const payloadLocalization = {
  locales: LOCALES.map((l) => ({ code: l.code, label: l.label, ...(l.dir === 'rtl' ? { rtl: true } : {}) })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}
