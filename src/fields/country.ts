import type { SelectField } from 'payload'

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. */
export const ISO_COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ')

const ISO_SET = new Set(ISO_COUNTRY_CODES)
export const isCountryCode = (value: unknown): value is string => typeof value === 'string' && ISO_SET.has(value)

/** true, or the message explaining why `value` is not an acceptable country. */
export function validateCountry(value: unknown, required: boolean): true | string {
  if (value === null || value === undefined || value === '') {
    return required ? 'A country is required (ISO 3166-1 alpha-2 code, e.g. BY).' : true
  }
  return isCountryCode(value)
    ? true
    : `"${String(value)}" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. BY for Belarus).`
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })
export const countryName = (code: string): string => regionNames.of(code) ?? code

/**
 * A country as an ISO 3166-1 alpha-2 code. The admin shows a searchable list of names; the stored
 * value is the code, and anything else is refused with a message naming the bad value.
 */
export const countryField = (overrides: Partial<Omit<SelectField, 'type' | 'options'>> = {}): SelectField =>
  ({
    name: 'country',
    type: 'select',
    options: ISO_COUNTRY_CODES.map((code) => ({ label: `${countryName(code)} (${code})`, value: code })),
    validate: (value: unknown, { required }: { required?: boolean }) => validateCountry(value, Boolean(required)),
    ...overrides,
  }) as SelectField
