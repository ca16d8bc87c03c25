/** The report's languages. `en` is the source language every translation is made from. */
export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
  { code: 'ru', label: 'Русский' },
  { code: 'ar', label: 'العربية', rtl: true },
] as const

export type LocaleCode = (typeof LOCALES)[number]['code']

export const DEFAULT_LOCALE: LocaleCode = 'en'
export const LOCALE_CODES = LOCALES.map((l) => l.code) as LocaleCode[]
/** Locales a translator can be assigned to: every locale but the source language. */
export const TRANSLATION_LOCALES = LOCALE_CODES.filter((c) => c !== DEFAULT_LOCALE)

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (LOCALE_CODES as string[]).includes(value)

export const isRTL = (code: LocaleCode): boolean => LOCALES.some((l) => l.code === code && 'rtl' in l && l.rtl)
