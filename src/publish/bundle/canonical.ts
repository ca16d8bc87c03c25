/**
 * Canonical JSON: the one way Folio serialises bundle files, so that the same data always gives
 * the same bytes.
 *
 * - Object keys sorted by UTF-16 code units (as JSON Canonicalization Scheme, RFC 8785, does).
 * - Arrays keep their order (the builder sorts arrays whose order carries no meaning).
 * - Two-space indentation, LF line ends, a final newline: readable and diffable.
 * - `undefined`, functions, symbols, NaN and Infinity are refused (no silent `null`); -0 → 0.
 * - Strings are JSON.stringify's escaping of UTF-8 text (no \u escapes for non-ASCII).
 */
export function canonicalize(value: unknown, path = '$'): unknown {
  if (value === null) return null
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`canonical JSON: ${path} is ${value}`)
      return Object.is(value, -0) ? 0 : value
    case 'object': {
      if (Array.isArray(value)) return value.map((v, i) => canonicalize(v, `${path}[${i}]`))
      const proto = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) {
        throw new Error(
          `canonical JSON: ${path} is a ${proto?.constructor?.name ?? 'non-plain object'}, not a plain object`,
        )
      }
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(value as object).sort()) {
        const v = (value as Record<string, unknown>)[key]
        if (v === undefined) throw new Error(`canonical JSON: ${path}.${key} is undefined`)
        out[key] = canonicalize(v, `${path}.${key}`)
      }
      return out
    }
    default:
      throw new Error(`canonical JSON: ${path} is a ${typeof value}`)
  }
}

/** The canonical text of a value (ends with a newline). */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`
}

/** The canonical bytes of a value. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8')
}
