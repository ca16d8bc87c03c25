/**
 * Per-locale display strings for the bundle, made with Intl (Node's ICU), pure and deterministic.
 *
 * Locale tags used with Intl:
 *   en → en-GB  (the organisations write British English: "31 December 2020", "30,000")
 *   fr → fr-FR  (narrow no-break space U+202F as thousands separator: "30 000"; « » quotes with
 *                U+202F inside; "1er" for the first day of a month)
 *   es → es-ES  ("30.000"; four-digit numbers are not grouped, as the RAE recommends: "3000")
 *   ru → ru-RU  (no-break space U+00A0 as separator: "30 000"; «» quotes)
 *   ar → ar-u-nu-latn  LATIN digits (0-9), chosen on purpose: the figures must match the sources
 *                they cite and the other editions digit for digit, Latin digits are the norm in
 *                Maghreb publications and in UN/NGO Arabic reports, and the PDF's fonts and charts
 *                then need one digit set. The words, month names and separators are Arabic.
 *                Set explicitly so the result does not depend on the ICU version's default.
 * Dates are formatted in UTC (calendar dates have no time zone).
 */
import type { BundleLocale, Qualifier } from './schema'
import { intlTag, LOCALE_CODES } from '../../model/locales'

/** The Intl tag of each locale (src/model/locales.ts: why these). */
export const INTL_LOCALE: Record<BundleLocale, string> = Object.fromEntries(
  LOCALE_CODES.map((l) => [l, intlTag(l)]),
) as Record<BundleLocale, string>

/** Qualifier words before / after the number. `before` ends with its space, `after` starts with it. */
export const QUALIFIER_TEXT: Record<BundleLocale, Record<Qualifier, { before: string; after: string }>> = {
  en: {
    exact: { before: '', after: '' },
    approximately: { before: 'about ', after: '' },
    'more-than': { before: 'more than ', after: '' },
    'at-least': { before: 'at least ', after: '' },
    estimated: { before: 'an estimated ', after: '' },
    'up-to': { before: 'up to ', after: '' },
  },
  fr: {
    exact: { before: '', after: '' },
    approximately: { before: 'environ ', after: '' },
    'more-than': { before: 'plus de ', after: '' },
    'at-least': { before: 'au moins ', after: '' },
    estimated: { before: '', after: ' (estimation)' },
    'up-to': { before: 'jusqu’à ', after: '' },
  },
  es: {
    exact: { before: '', after: '' },
    approximately: { before: 'alrededor de ', after: '' },
    'more-than': { before: 'más de ', after: '' },
    'at-least': { before: 'al menos ', after: '' },
    estimated: { before: '', after: ' (estimación)' },
    'up-to': { before: 'hasta ', after: '' },
  },
  ru: {
    exact: { before: '', after: '' },
    approximately: { before: 'около ', after: '' },
    'more-than': { before: 'более ', after: '' },
    'at-least': { before: 'не менее ', after: '' },
    estimated: { before: 'по оценкам, ', after: '' },
    'up-to': { before: 'до ', after: '' },
  },
  ar: {
    exact: { before: '', after: '' },
    approximately: { before: 'حوالي ', after: '' },
    'more-than': { before: 'أكثر من ', after: '' },
    'at-least': { before: 'ما لا يقل عن ', after: '' },
    estimated: { before: 'ما يُقدَّر بنحو ', after: '' },
    'up-to': { before: 'ما يصل إلى ', after: '' },
  },
}

const numberFormats = new Map<BundleLocale, Intl.NumberFormat>()
/** A number for the locale (up to 2 decimals). */
export function formatNumber(value: number, locale: BundleLocale): string {
  let f = numberFormats.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 })
    numberFormats.set(locale, f)
  }
  return f.format(value)
}

export interface StatisticDisplay {
  display: string
  displayParts: { before: string; value: string; after: string }
}

/** "more than 30,000" / "plus de 30 000" / "более 30 000"; display = before + value + after. */
export function formatStatistic(value: number, qualifier: Qualifier, locale: BundleLocale): StatisticDisplay {
  const q = QUALIFIER_TEXT[locale][qualifier]
  if (!q) throw new Error(`Unknown statistic qualifier "${String(qualifier)}"`)
  const v = formatNumber(value, locale)
  return { display: `${q.before}${v}${q.after}`, displayParts: { before: q.before, value: v, after: q.after } }
}

/**
 * A CMS date value (ISO instant or YYYY-MM-DD) → calendar date YYYY-MM-DD (UTC date part), or null.
 * Throws on a value that is not a date.
 */
export function toCalendarDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  // Fast path for the common shapes: YYYY-MM-DD and ...T00:00:00.000Z (UTC date part).
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/.test(value)) {
    const d = new Date(value)
    if (!Number.isNaN(d.getTime())) return value.slice(0, 10)
  }
  if (typeof value !== 'string' && !(value instanceof Date)) throw new Error(`not a date: ${JSON.stringify(value)}`)
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${JSON.stringify(value)}`)
  return d.toISOString().slice(0, 10)
}

/** A CMS instant → canonical ISO UTC with milliseconds, or null. */
export function toInstant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const d = new Date(value as string)
  if (Number.isNaN(d.getTime())) throw new Error(`not a date-time: ${JSON.stringify(value)}`)
  return d.toISOString()
}

const dateFormats = new Map<BundleLocale, Intl.DateTimeFormat>()
function dateFormat(locale: BundleLocale): Intl.DateTimeFormat {
  let f = dateFormats.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    dateFormats.set(locale, f)
  }
  return f
}

const utc = (date: string) => new Date(`${date}T00:00:00.000Z`)

/** French: "1er janvier", not "1 janvier". */
function frenchFirst(s: string, locale: BundleLocale): string {
  return locale === 'fr' ? s.replace(/(^|\s)1 (?=\p{L})/gu, '$11er ') : s
}

const memo = new Map<string, string | null>()
const memoize = (key: string, make: () => string | null): string | null => {
  let v = memo.get(key)
  if (v === undefined) {
    v = make()
    if (memo.size > 100_000) memo.clear()
    memo.set(key, v)
  }
  return v
}

/** "31 December 2020" / "31 décembre 2020" / "31 декабря 2020 г." / "31 ديسمبر 2020". */
export function formatDate(date: string, locale: BundleLocale): string {
  return memoize(`d|${locale}|${date}`, () => frenchFirst(dateFormat(locale).format(utc(date)), locale)) as string
}

const yearFormats = new Map<BundleLocale, Intl.DateTimeFormat>()

const PERIOD_WORDS: Record<BundleLocale, { since: string; until: string }> = {
  en: { since: 'since ', until: 'until ' },
  fr: { since: 'depuis le ', until: 'jusqu’au ' },
  es: { since: 'desde el ', until: 'hasta el ' },
  ru: { since: 'с ', until: 'по ' },
  ar: { since: 'منذ ', until: 'حتى ' },
}

/**
 * A period for the locale: a whole calendar year → "2020"; both ends → a range
 * ("1 January – 30 June 2020"); one end → "since …" / "until …"; none → null.
 */
export function formatPeriod(from: string | null, to: string | null, locale: BundleLocale): string | null {
  if (!from && !to) return null
  return memoize(`p|${locale}|${from}|${to}`, () => makePeriod(from, to, locale))
}

function makePeriod(from: string | null, to: string | null, locale: BundleLocale): string | null {
  if (from && to) {
    if (from.slice(0, 4) === to.slice(0, 4) && from.slice(5) === '01-01' && to.slice(5) === '12-31') {
      let f = yearFormats.get(locale)
      if (!f) {
        f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { year: 'numeric', timeZone: 'UTC' })
        yearFormats.set(locale, f)
      }
      return f.format(utc(from))
    }
    if (from === to) return formatDate(from, locale)
    return frenchFirst(dateFormat(locale).formatRange(utc(from), utc(to)), locale)
  }
  const w = PERIOD_WORDS[locale]
  return from ? `${w.since}${formatDate(from, locale)}` : `${w.until}${formatDate(to as string, locale)}`
}

const QUOTES: Record<BundleLocale, [string, string]> = {
  en: ['“', '”'],
  fr: ['«\u202F', '\u202F»'],
  es: ['«', '»'],
  ru: ['«', '»'],
  ar: ['«', '»'],
}

/** Text in the locale's quotation marks: “…” / « … » (narrow no-break spaces) / «…». */
export function quote(text: string, locale: BundleLocale): string {
  const [open, close] = QUOTES[locale]
  return `${open}${text}${close}`
}
