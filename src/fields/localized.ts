import { DEFAULT_LOCALE } from '../model/locales'

/**
 * `required`, for localised text: required in the source language (en) only. A translation that is
 * not written yet is not a validation error (readers get the en fallback); the translation workflow
 * tracks it as missing, and publishing refuses a locale with missing items.
 */
export const requiredInSource = (value: unknown, { req }: { req?: { locale?: string | null } }): true | string => {
  const locale = req?.locale
  if (locale && locale !== DEFAULT_LOCALE && locale !== 'all') return true
  if (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined) return true
  return `This field is required in the source language (${DEFAULT_LOCALE}).`
}
