/**
 * Self-hosted fonts, subset per locale to the characters its pages show (subset-font: HarfBuzz's
 * hb-subset compiled to WebAssembly, deterministic), as WOFF2. The faces are the PDF edition's
 * Noto families from npm: Noto Serif (text: regular, italic, bold), Noto Sans (headings, figures,
 * labels: regular and bold) and Noto Naskh Arabic (regular, bold) for Arabic script. Each @font-face lists
 * its unicode-range, so a browser fetches only the faces a page needs. Nothing is fetched from
 * any font service.
 */
import fs from 'node:fs'
import path from 'node:path'

import subsetFont from 'subset-font'

import { sha256 } from '../../release/integrity'
import { packageDir } from '../pdf/fonts'

interface Face {
  id: string
  family: string
  weight: 400 | 700
  style: 'normal' | 'italic'
  script: 'latin' | 'arabic'
  pkg: string
  file: string
}

export const FACES: Face[] = [
  {
    id: 'serif-400',
    family: 'Folio Serif',
    weight: 400,
    style: 'normal',
    script: 'latin',
    pkg: '@expo-google-fonts/noto-serif',
    file: '400Regular/NotoSerif_400Regular.ttf',
  },
  {
    id: 'serif-400i',
    family: 'Folio Serif',
    weight: 400,
    style: 'italic',
    script: 'latin',
    pkg: '@expo-google-fonts/noto-serif',
    file: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  },
  {
    id: 'serif-700',
    family: 'Folio Serif',
    weight: 700,
    style: 'normal',
    script: 'latin',
    pkg: '@expo-google-fonts/noto-serif',
    file: '700Bold/NotoSerif_700Bold.ttf',
  },
  {
    id: 'sans-400',
    family: 'Folio Sans',
    weight: 400,
    style: 'normal',
    script: 'latin',
    pkg: '@expo-google-fonts/noto-sans',
    file: '400Regular/NotoSans_400Regular.ttf',
  },
  {
    id: 'sans-700',
    family: 'Folio Sans',
    weight: 700,
    style: 'normal',
    script: 'latin',
    pkg: '@expo-google-fonts/noto-sans',
    file: '700Bold/NotoSans_700Bold.ttf',
  },
  {
    id: 'naskh-400',
    family: 'Folio Naskh',
    weight: 400,
    style: 'normal',
    script: 'arabic',
    pkg: '@expo-google-fonts/noto-naskh-arabic',
    file: '400Regular/NotoNaskhArabic_400Regular.ttf',
  },
  {
    id: 'naskh-700',
    family: 'Folio Naskh',
    weight: 700,
    style: 'normal',
    script: 'arabic',
    pkg: '@expo-google-fonts/noto-naskh-arabic',
    file: '700Bold/NotoNaskhArabic_700Bold.ttf',
  },
]

const fontCache = new Map<string, Buffer>()
function fontBytes(face: Face): Buffer {
  let b = fontCache.get(face.id)
  if (!b) {
    const p = path.join(packageDir(face.pkg), face.file)
    if (!fs.existsSync(p)) throw new Error(`Web edition: font file missing: ${p} (package ${face.pkg}): run npm ci`)
    b = fs.readFileSync(p)
    fontCache.set(face.id, b)
  }
  return b
}

/**
 * OpenType features kept (the rest are dropped: they double a subset's size for forms these pages
 * never ask for, such as small capitals or old-style figures). Latin/Cyrillic: kerning, standard
 * ligatures, composition, local forms, marks, tabular and lining figures (the counters). Arabic:
 * everything its joining and marks need.
 */
const FEATURES: Record<Face['script'], string[]> = {
  latin: ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum', 'lnum'],
  arabic: ['ccmp', 'locl', 'isol', 'init', 'medi', 'fina', 'rlig', 'calt', 'liga', 'mark', 'mkmk', 'kern', 'curs'],
}

/** Arabic script blocks (letters, supplements, presentation forms). */
const isArabic = (cp: number) =>
  (cp >= 0x0600 && cp <= 0x06ff) ||
  (cp >= 0x0750 && cp <= 0x077f) ||
  (cp >= 0x08a0 && cp <= 0x08ff) ||
  (cp >= 0xfb50 && cp <= 0xfdff) ||
  (cp >= 0xfe70 && cp <= 0xfeff)

/** Printable ASCII: always in the Latin subsets (URLs, codes and digits anywhere stay in the face). */
const ASCII = Array.from({ length: 95 }, (_, i) => 32 + i)
/** Shared by Arabic text: digits, space and the punctuation it uses. */
const ARABIC_COMMON = [...'0123456789 .,:;!?()«»-–—/%\u00a0\u200f\u200e'].map((c) => c.codePointAt(0)!)

/** The code points each script's faces need for this text. */
export function codePointsFor(text: string): { latin: number[]; arabic: number[] } {
  const all = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0)) all.add(cp)
  }
  const arabic = [...all].filter(isArabic)
  const latin = new Set([...ASCII, ...[...all].filter((cp) => !isArabic(cp))])
  return {
    latin: [...latin].sort((a, b) => a - b),
    arabic: arabic.length ? [...new Set([...arabic, ...ARABIC_COMMON])].sort((a, b) => a - b) : [],
  }
}

/** "U+20-7E,U+A0,U+2013-2014" for a sorted list of code points. */
export function unicodeRange(cps: number[]): string {
  const out: string[] = []
  for (let i = 0; i < cps.length; ) {
    let j = i
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++
    const hex = (n: number) => n.toString(16).toUpperCase()
    out.push(i === j ? `U+${hex(cps[i]!)}` : `U+${hex(cps[i]!)}-${hex(cps[j]!)}`)
    i = j + 1
  }
  return out.join(',')
}

export interface LocaleFonts {
  /** The @font-face stylesheet (web/-relative path) and its bytes. */
  cssPath: string
  css: string
  /** The faces every page uses first (text and headings), to preload: web/-relative paths. */
  preload: string[]
  /** web/-relative path → WOFF2 bytes. */
  files: Map<string, Buffer>
}

/** The fonts of one locale, subset to `text` (the visible text of its pages). */
export async function localeFonts(locale: string, text: string): Promise<LocaleFonts> {
  const cps = codePointsFor(text)
  const files = new Map<string, Buffer>()
  const rules: string[] = []
  const preload: string[] = []
  const main = cps.arabic.length && locale === 'ar' ? ['naskh-400', 'naskh-700'] : ['serif-400', 'sans-700']
  for (const face of FACES) {
    const set = cps[face.script]
    if (!set.length) continue
    const chars = String.fromCodePoint(...set)
    let woff2: Buffer
    try {
      woff2 = await subsetFont(fontBytes(face), chars, { targetFormat: 'woff2', keepFeatures: FEATURES[face.script] })
    } catch (e) {
      throw new Error(`Web edition (${locale}): subsetting ${face.file} failed: ${(e as Error).message}`)
    }
    const file = `assets/fonts/${face.id}-${locale}.${sha256(woff2).slice(0, 16)}.woff2`
    files.set(file, woff2)
    if (main.includes(face.id)) preload.push(file)
    // HarfBuzz runs synchronously: give the event loop a turn between faces (a server publishing).
    await new Promise((resolve) => setImmediate(resolve))
    rules.push(
      `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:swap;` +
        `src:url(${file.slice('assets/'.length)}) format('woff2');unicode-range:${unicodeRange(set)}}`,
    )
  }
  const css = `${rules.join('\n')}\n`
  return { cssPath: `assets/fonts-${locale}.${sha256(css).slice(0, 16)}.css`, css, preload, files }
}
