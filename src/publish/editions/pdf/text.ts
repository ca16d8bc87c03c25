/**
 * Text rules of the PDF edition that do not depend on the layout: pure functions, tested alone
 * (tests/pdf/view-model.test.ts).
 */

/**
 * Scripts whose letters join or hang from a shared line (Arabic, Syriac, N'Ko, Mongolian, the
 * Indic headline scripts…): letter-spacing breaks them apart. The template's `tracked()` helper
 * (template/theme.typ) lists the same scripts in its regex; a test keeps the two lists equal.
 */
export const CURSIVE_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Nko',
  'Mongolian',
  'Mandaic',
  'Adlam',
  'Hanifi_Rohingya',
  'Sogdian',
  'Old_Uyghur',
  'Manichaean',
  'Psalter_Pahlavi',
  'Phags_Pa',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
] as const

const CURSIVE = new RegExp(`[${CURSIVE_SCRIPTS.map((s) => `\\p{scx=${s}}`).join('')}]`, 'u')

/** True when the text contains a letter of a cursive script. */
export const hasCursive = (s: string): boolean => CURSIVE.test(s)

/**
 * A URL as pieces the line breaker may separate: the scheme and host stay whole
 * ("https://www.omct.org/"), then one piece per path segment with its trailing slash; the query
 * and fragment stay with the last segment. `pieces.join('') === url`. Non-hierarchical URLs
 * (mailto:) are one piece.
 */
export function urlPieces(url: string): string[] {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*\/?)(.*)$/i.exec(url)
  if (!m) return [url]
  const [, head, rest] = m as unknown as [string, string, string]
  const q = rest.search(/[?#]/)
  const path = q < 0 ? rest : rest.slice(0, q)
  const tail = q < 0 ? '' : rest.slice(q)
  const segments = path.split(/(?<=\/)/).filter((s) => s !== '')
  if (tail) {
    if (segments.length && !segments[segments.length - 1]!.endsWith('/')) segments[segments.length - 1] += tail
    else segments.push(tail)
  }
  return [head, ...segments]
}

/** Lower case, no marks (é → e, ё → е, Arabic vowel signs), straight quotes dropped, one space. */
function fold(s: string, locale: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase(locale)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Does a role already name the organisation? ("Volunteer, Human Rights Center “Viasna”",
 * "Директор Офиса по правам людей с инвалидностью" for "Офис по правам людей с инвалидностью").
 * Every word of three letters or more of the name must appear in the role, compared by its stem
 * (so inflected forms match: Офис/Офиса, центр/центра), or the acronym must appear as a word.
 */
export function roleNamesOrganisation(
  role: string | null,
  org: { name: string; acronym: string | null } | null,
  locale: string,
): boolean {
  if (!role || !org) return false
  const words = fold(role, locale).split(' ')
  if (org.acronym) {
    const acr = fold(org.acronym, locale)
    if (acr && words.includes(acr)) return true
  }
  const tokens = fold(org.name, locale)
    .split(' ')
    .filter((w) => [...w].length >= 3)
  if (!tokens.length) return false
  return tokens.every((t) => {
    const chars = [...t]
    const stem = chars.slice(0, Math.max(4, chars.length - 3)).join('')
    return words.some((w) => w.includes(stem))
  })
}

/**
 * Initials for a portrait placeholder: the first letter of the first and of the last word
 * ("Marfa Rabkova" → "MR"), upper case. Null for names in a cursive script (initials do not
 * stand apart there; the card then has no placeholder) and for names without letters.
 */
export function initials(name: string, locale: string): string | null {
  if (hasCursive(name)) return null
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (!words.length) return null
  const first = (w: string) => [...w].find((c) => /\p{L}/u.test(c))!
  const picked = words.length === 1 ? [words[0]!] : [words[0]!, words[words.length - 1]!]
  return picked.map(first).join('').toLocaleUpperCase(locale)
}

/**
 * A title without a trailing "(briefing)" / "(video)" that repeats the kind printed next to it:
 * the parenthesis is dropped when its words are one of `kindWords` (compared folded).
 */
export function withoutKindSuffix(title: string, kindWords: string[], locale: string): string {
  const m = /^(.*\S)\s*[(（]([^()（）]+)[)）]\s*$/u.exec(title)
  if (!m) return title
  const said = fold(m[2]!, locale)
  return kindWords.some((k) => fold(k, locale) === said) ? m[1]! : title
}

const EMBEDDINGS = new Set([0x202a, 0x202b, 0x202d, 0x202e]) // LRE RLE LRO RLO, closed by PDF (U+202C)
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]) // LRI RLI FSI, closed by PDI (U+2069)
/** What typesettable changes in any edition: the byte order mark and the bidi controls. */
const CONTROLS = /[\uFEFF\u202A-\u202E\u2066-\u2069]/

/**
 * A string as the template may set it: without U+FEFF (a byte order mark pasted from files: no
 * visible form, and Typst's PDF/UA export fails on it), and with its explicit bidi embeddings,
 * overrides and isolates closed where the string ends. The Unicode bidi algorithm lets an open
 * embedding run to the end of the paragraph; Typst sets each text leaf as its own piece, and an
 * embedding left open inside a link carried the footnote after it into the link's reordered run,
 * which made the PDF/UA export fail ("expected link ancestor in logical tree"; found by
 * tests/pdf/fuzz.test.ts). Closers without an opener are dropped, as the algorithm ignores them.
 *
 * In a right-to-left edition (`rtl`), soft hyphens (U+00AD) are dropped too: a line broken at one
 * inside a word that mixes scripts, in a paragraph with a link, made the same export fail
 * (src/compat typst-rtl-soft-hyphen-link). Arabic is not hyphenated, so a soft hyphen there only
 * ever marked a break in an embedded Latin or Cyrillic word; without it the line breaks elsewhere.
 */
export function typesettable(s: string, { rtl = false }: { rtl?: boolean } = {}): string {
  if (!CONTROLS.test(s) && !(rtl && s.includes('\u00AD'))) return s
  const open: Array<'embedding' | 'isolate'> = []
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c === 0xfeff || (rtl && c === 0xad)) continue
    if (EMBEDDINGS.has(c)) open.push('embedding')
    else if (ISOLATES.has(c)) open.push('isolate')
    else if (c === 0x202c) {
      if (open.at(-1) !== 'embedding') continue
      open.pop()
    } else if (c === 0x2069) {
      if (!open.includes('isolate')) continue
      // A PDI also closes the embeddings opened inside its isolate.
      while (open.at(-1) === 'embedding') {
        open.pop()
        out += '\u202C'
      }
      open.pop()
    }
    out += ch
  }
  while (open.length) out += open.pop() === 'embedding' ? '\u202C' : '\u2069'
  return out
}
