/** Small XML writing helpers (escaping, attributes) shared by the XLIFF and TBX writers. Pure. */

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, line feed, carriage return; U+FFFE/F; lone surrogates). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
const INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export const hasInvalidXmlChars = (s: string): boolean => {
  INVALID.lastIndex = 0
  return INVALID.test(s)
}

/** Text content. Characters XML cannot carry become U+FFFD (`onInvalid` decides otherwise). */
export function text(s: string, onInvalid: (ch: string) => string = () => '\ufffd'): string {
  return s
    .replace(INVALID, onInvalid)
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
