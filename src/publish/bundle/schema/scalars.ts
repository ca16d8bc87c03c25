/** Scalars of the public bundle: ids, dates, links, versions, checksums, locales, countries. */
import { z } from 'zod'

import { LOCALE_CODES, type LocaleCode as Locale } from '../../../model/locales'

/** A CMS document id, as a string. */
export const Id = z.string().min(1).describe('CMS document id, as a string')
/** ISO 8601 calendar date. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('ISO 8601 calendar date YYYY-MM-DD')
/** ISO 8601 UTC instant. */
export const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/)
  .describe('ISO 8601 UTC instant')
/** A link readers may follow: http, https or mailto only (checked again by the validator). */
export const PublicUrl = z
  .string()
  .regex(/^(https?:\/\/|mailto:)/i)
  .describe('http(s) or mailto URL')
export const SemVer = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/)
  .describe('semantic version MAJOR.MINOR.PATCH')
export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('SHA-256, lower-case hex')
export const LocaleCode = z.enum(LOCALE_CODES as [Locale, ...Locale[]]).describe('Locale code')
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code')
export const Direction = z.enum(['ltr', 'rtl'])

export type BundleLocale = z.infer<typeof LocaleCode>
