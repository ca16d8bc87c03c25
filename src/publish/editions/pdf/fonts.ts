/**
 * The exact font files the PDF edition is typeset with. They come from npm packages (TTF), so every
 * machine produces the same PDF; the compiler is told not to fall back to any other font, and
 * `checkCoverage` fails the render before compiling when a character has no glyph in these fonts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * The folder of an installed package, found the way Node resolves packages (node_modules in this
 * folder or a parent), from this module and then from the working directory. Not require.resolve:
 * inside the Next server bundle that returns a bundler module id, not a path.
 */
export function packageDir(pkg: string, from: string[] = [here, process.cwd()]): string {
  for (const start of from) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'node_modules', pkg, 'package.json'))) return path.join(dir, 'node_modules', pkg)
      if (path.dirname(dir) === dir) break
    }
  }
  throw new Error(
    `PDF font package ${pkg} is not installed (looked in node_modules above ${from.join(' and ')}): run npm ci.`,
  )
}

export type FontRole = 'serif' | 'sans' | 'arabic'

/** Family name as Typst sees it → files (package, relative path). */
export const FONT_FILES: { role: FontRole; pkg: string; file: string }[] = [
  { role: 'serif', pkg: '@expo-google-fonts/noto-serif', file: '400Regular/NotoSerif_400Regular.ttf' },
  { role: 'serif', pkg: '@expo-google-fonts/noto-serif', file: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf' },
  { role: 'serif', pkg: '@expo-google-fonts/noto-serif', file: '700Bold/NotoSerif_700Bold.ttf' },
  { role: 'serif', pkg: '@expo-google-fonts/noto-serif', file: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf' },
  { role: 'sans', pkg: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf' },
  { role: 'sans', pkg: '@expo-google-fonts/noto-sans', file: '400Regular_Italic/NotoSans_400Regular_Italic.ttf' },
  { role: 'sans', pkg: '@expo-google-fonts/noto-sans', file: '700Bold/NotoSans_700Bold.ttf' },
  { role: 'arabic', pkg: '@expo-google-fonts/noto-naskh-arabic', file: '400Regular/NotoNaskhArabic_400Regular.ttf' },
  { role: 'arabic', pkg: '@expo-google-fonts/noto-naskh-arabic', file: '700Bold/NotoNaskhArabic_700Bold.ttf' },
]

/** Absolute paths of the font files, resolved through the packages (fails clearly if one is missing). */
export function fontPaths(): string[] {
  return FONT_FILES.map(({ pkg, file }) => {
    const dir = packageDir(pkg)
    const p = path.join(dir, file)
    if (!fs.existsSync(p)) throw new Error(`PDF font file missing: ${p} (package ${pkg})`)
    return p
  })
}

/** Code points a TrueType/OpenType font maps (cmap formats 4 and 12). */
export function cmapCodePoints(buf: Buffer): Set<number> {
  const out = new Set<number>()
  const numTables = buf.readUInt16BE(4)
  let cmapOff = -1
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') cmapOff = buf.readUInt32BE(rec + 8)
  }
  if (cmapOff < 0) throw new Error('font has no cmap table')
  const n = buf.readUInt16BE(cmapOff + 2)
  for (let i = 0; i < n; i++) {
    const rec = cmapOff + 4 + i * 8
    const platform = buf.readUInt16BE(rec)
    const encoding = buf.readUInt16BE(rec + 2)
    const sub = cmapOff + buf.readUInt32BE(rec + 4)
    const format = buf.readUInt16BE(sub)
    if (format === 12 && (platform === 3 || platform === 0)) {
      const groups = buf.readUInt32BE(sub + 12)
      for (let g = 0; g < groups; g++) {
        const o = sub + 16 + g * 12
        const start = buf.readUInt32BE(o)
        const end = buf.readUInt32BE(o + 4)
        const glyph = buf.readUInt32BE(o + 8)
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c)
      }
    } else if (format === 4 && ((platform === 3 && (encoding === 1 || encoding === 0)) || platform === 0)) {
      const segX2 = buf.readUInt16BE(sub + 6)
      const ends = sub + 14
      const starts = ends + segX2 + 2
      const deltas = starts + segX2
      const offsets = deltas + segX2
      for (let s = 0; s < segX2 / 2; s++) {
        const end = buf.readUInt16BE(ends + s * 2)
        const start = buf.readUInt16BE(starts + s * 2)
        const delta = buf.readInt16BE(deltas + s * 2)
        const ro = buf.readUInt16BE(offsets + s * 2)
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number
          if (ro === 0) glyph = (c + delta) & 0xffff
          else {
            const gi = offsets + s * 2 + ro + (c - start) * 2
            glyph = buf.readUInt16BE(gi)
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff
          }
          if (glyph !== 0) out.add(c)
        }
      }
    }
  }
  return out
}

export interface LoadedFonts {
  blobs: Buffer[]
  paths: string[]
  /** Characters every text face covers: serif ∩ sans, plus Arabic. */
  covered: Set<number>
}

let cached: LoadedFonts | undefined

export function loadFonts(): LoadedFonts {
  if (cached) return cached
  const paths = fontPaths()
  const blobs = paths.map((p) => fs.readFileSync(p))
  const sets: Record<FontRole, Set<number> | undefined> = { serif: undefined, sans: undefined, arabic: undefined }
  FONT_FILES.forEach((f, i) => {
    const cps = cmapCodePoints(blobs[i]!)
    const prev = sets[f.role]
    // Within a role every style must have the glyph (bold and italic text use the same characters).
    sets[f.role] = prev ? new Set([...prev].filter((c) => cps.has(c))) : cps
  })
  const covered = new Set<number>()
  for (const c of sets.serif!) if (sets.sans!.has(c)) covered.add(c)
  for (const c of sets.arabic!) covered.add(c)
  // C0/C1 control characters are never glyphs, even where a font maps them (Noto maps U+0000 to an
  // empty glyph): PDF/UA forbids them in text, so they count as unprintable and the render names them.
  for (let c = 0; c <= 0x9f; c++) if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) covered.delete(c)
  cached = { blobs, paths, covered }
  return cached
}

/** Characters that are layout controls rather than glyphs. */
const CONTROL = (cp: number) =>
  cp === 0x0a ||
  cp === 0x0d ||
  cp === 0x09 ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2066 && cp <= 0x2069) ||
  cp === 0xfeff ||
  cp === 0x00ad

export class MissingGlyphError extends Error {
  constructor(public readonly missing: { char: string; codePoint: string; where: string[] }[]) {
    super(
      `PDF render failed: ${missing.length} character(s) have no glyph in the embedded fonts (Noto Serif, Noto Sans, Noto Naskh Arabic): ` +
        missing.map((m) => `${JSON.stringify(m.char)} ${m.codePoint} in ${m.where.join(', ')}`).join('; '),
    )
    this.name = 'MissingGlyphError'
  }
}

/** Walks any JSON value and lists characters not covered by the fonts (first occurrence of each). */
export function checkCoverage(value: unknown, covered: Set<number>): void {
  const missing = new Map<number, string[]>()
  const walk = (v: unknown, where: string) => {
    if (typeof v === 'string') {
      for (const ch of v) {
        const cp = ch.codePointAt(0)!
        if (covered.has(cp) || CONTROL(cp)) continue
        const at = missing.get(cp) ?? []
        if (!at.includes(where) && at.length < 5) at.push(where)
        missing.set(cp, at)
      }
    } else if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, `${where}[${i}]`)
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, where ? `${where}.${k}` : k)
  }
  walk(value, '')
  if (missing.size) {
    throw new MissingGlyphError(
      [...missing].map(([cp, where]) => ({
        char: String.fromCodePoint(cp),
        codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
        where,
      })),
    )
  }
}
