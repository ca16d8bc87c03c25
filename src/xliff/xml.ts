/** Small XML writing helpers (escaping, attributes) shared by the XLIFF and TBX writers. Pure. */

/**
 * Characters XML 1.0 cannot carry at all: C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; lone surrogates.
 */
export function isInvalidXmlChar(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (ch.length === 2) return false // a surrogate pair: an astral character
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d
  return c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff)
}

/** Replaces the characters XML cannot carry (see isInvalidXmlChar). */
export function replaceInvalid(s: string, by: (ch: string) => string): string {
  let out = ''
  for (const ch of s) out += isInvalidXmlChar(ch) ? by(ch) : ch
  return out
}

export const hasInvalidXmlChars = (s: string): boolean => [...s].some(isInvalidXmlChar)

/** Text content. Characters XML cannot carry become U+FFFD (`onInvalid` decides otherwise). */
export function text(s: string, onInvalid: (ch: string) => string = () => '\ufffd'): string {
  return replaceInvalid(s, onInvalid)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

/** An attribute value (double-quoted); line breaks and tabs kept as character references. */
export const attr = (s: string): string =>
  text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')

/** ` name="value"` for each defined attribute, in the given order. */
export function attrs(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${attr(String(v))}"`)
    .join('')
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The namespace of Folio's own attributes in exported files (source hashes, document keys). */
export const FOLIO_NS = 'urn:folio:xliff:1'
