import { DEFAULT_LOCALE, LOCALE_CODES } from '../model/locales'

/** The locales a translation is written in (every locale but the source language). */
export const OTHER_LOCALES = LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE)
