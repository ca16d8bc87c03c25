import { describe, expect, test } from '@jest/globals'

import {
  formatDate,
  formatNumber,
  formatPeriod,
  formatStatistic,
  quote,
  toCalendarDate,
} from '../../src/publish/bundle/format'
import { QUALIFIERS as QUALIFIER_OPTIONS, values } from '../../src/model/enums'
import type { BundleLocale } from '../../src/publish/bundle/schema'

const QUALIFIERS = values(QUALIFIER_OPTIONS)

const NNBSP = '\u202F'
const NBSP = '\u00A0'
const LOCALES: BundleLocale[] = ['en', 'fr', 'es', 'ru', 'ar']

describe('statistic display', () => {
  test('the examples of the issue', () => {
    expect(formatStatistic(30000, 'more-than', 'en').display).toBe('more than 30,000')
    expect(formatStatistic(30000, 'more-than', 'fr').display).toBe(`plus de 30${NNBSP}000`)
    expect(formatStatistic(30000, 'more-than', 'ru').display).toBe(`более 30${NBSP}000`)
    expect(quote(formatStatistic(30000, 'more-than', 'fr').display, 'fr')).toBe(
      `«${NNBSP}plus de 30${NNBSP}000${NNBSP}»`,
    )
    expect(quote(formatStatistic(30000, 'more-than', 'ru').display, 'ru')).toBe(`«более 30${NBSP}000»`)
    expect(quote('x', 'en')).toBe('“x”')
    expect(formatStatistic(2000, 'estimated', 'fr')).toEqual({
      display: `2${NNBSP}000 (estimation)`,
      displayParts: { before: '', value: `2${NNBSP}000`, after: ' (estimation)' },
    })
    expect(formatStatistic(2000, 'estimated', 'en').display).toBe('an estimated 2,000')
    expect(formatStatistic(7, 'up-to', 'fr').display).toBe('jusqu’à 7')
  })

  test('every qualifier in every locale: parts add up, value is the formatted number', () => {
    for (const l of LOCALES) {
      for (const q of QUALIFIERS) {
        const d = formatStatistic(1234567, q, l)
        expect(d.display).toBe(d.displayParts.before + d.displayParts.value + d.displayParts.after)
        expect(d.displayParts.value).toBe(formatNumber(1234567, l))
        if (q === 'exact') expect(d.display).toBe(d.displayParts.value)
        else expect(d.display).not.toBe(d.displayParts.value)
        expect(d.display).toMatch(/\d/)
      }
    }
  })

  test('number conventions per locale; Arabic uses Latin digits', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5')
    expect(formatNumber(1234567.5, 'fr')).toBe(`1${NNBSP}234${NNBSP}567,5`)
    expect(formatNumber(30000, 'es')).toBe('30.000')
    expect(formatNumber(3000, 'es')).toBe('3000')
    expect(formatNumber(1234567, 'ar')).toBe('1,234,567')
    expect(formatStatistic(500, 'approximately', 'ar').display).toBe('حوالي 500')
    expect(formatNumber(2.345, 'en')).toBe('2.35')
  })
})

describe('dates and periods', () => {
  test('dates', () => {
    expect(formatDate('2020-12-31', 'en')).toBe('31 December 2020')
    expect(formatDate('2020-12-31', 'fr')).toBe('31 décembre 2020')
    expect(formatDate('2020-01-01', 'fr')).toBe('1er janvier 2020')
    expect(formatDate('2020-12-31', 'es')).toBe('31 de diciembre de 2020')
    expect(formatDate('2020-12-31', 'ru')).toBe('31 декабря 2020 г.')
    expect(formatDate('2020-12-31', 'ar')).toMatch(/^31 .+ 2020$/)
  })
  test('periods', () => {
    expect(formatPeriod('2020-01-01', '2020-12-31', 'en')).toBe('2020')
    expect(formatPeriod('2020-08-09', '2020-12-31', 'en')).toBe('9 August\u2009–\u200931 December 2020')
    expect(formatPeriod('2020-08-01', '2021-02-01', 'fr')).toBe('1er août 2020\u2009–\u20091er février 2021')
    expect(formatPeriod('2020-08-09', null, 'en')).toBe('since 9 August 2020')
    expect(formatPeriod(null, '2020-08-09', 'fr')).toBe('jusqu’au 9 août 2020')
    expect(formatPeriod(null, null, 'ru')).toBeNull()
  })
  test('CMS date values → calendar dates', () => {
    expect(toCalendarDate('2020-12-31T12:00:00.000Z')).toBe('2020-12-31')
    expect(toCalendarDate('2020-12-31')).toBe('2020-12-31')
    expect(toCalendarDate(null)).toBeNull()
    expect(() => toCalendarDate('yesterday')).toThrow(/not a date/)
  })
})
