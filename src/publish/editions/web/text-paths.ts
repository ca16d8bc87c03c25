/**
 * Text set as SVG outlines with HarfBuzz (harfbuzzjs): the social image's words are shaped
 * (Arabic joined, kerned) with the edition's own font files and drawn as paths, so the image is
 * the same on every machine and needs no system font. Mixed text is handled word by word: a word
 * with Arabic letters is shaped right-to-left in Noto Naskh Arabic, any other word left-to-right
 * in the Latin face; lines are filled greedily and, in a right-to-left paragraph, laid from the
 * right.
 */
import fs from 'node:fs'
import path from 'node:path'

import { Blob, Direction, Buffer as HbBuffer, Face, Font, shape } from 'harfbuzzjs'

import { packageDir } from '../pdf/fonts'
import { escapeHtml } from './html'

interface LoadedFont {
  font: Font
  upem: number
}

const fonts = new Map<string, LoadedFont>()
function load(pkg: string, file: string): LoadedFont {
  const key = `${pkg}/${file}`
  let f = fonts.get(key)
  if (!f) {
    const bytes = fs.readFileSync(path.join(packageDir(pkg), file))
    const face = new Face(new Blob(bytes), 0)
    f = { font: new Font(face), upem: face.upem }
    fonts.set(key, f)
  }
  return f
}

export type Weight = 'regular' | 'bold'

const LATIN: Record<Weight, [string, string]> = {
  regular: ['@expo-google-fonts/noto-serif', '400Regular/NotoSerif_400Regular.ttf'],
  bold: ['@expo-google-fonts/noto-sans', '700Bold/NotoSans_700Bold.ttf'],
}
const ARABIC: Record<Weight, [string, string]> = {
  regular: ['@expo-google-fonts/noto-naskh-arabic', '400Regular/NotoNaskhArabic_400Regular.ttf'],
  bold: ['@expo-google-fonts/noto-naskh-arabic', '700Bold/NotoNaskhArabic_700Bold.ttf'],
}

const hasArabic = (s: string) => /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/.test(s)

interface Glyph {
  id: number
  x: number
  y: number
}
interface Word {
  glyphs: Glyph[]
  width: number
  font: LoadedFont
}

function shapeWord(text: string, weight: Weight, size: number): Word {
  const arabic = hasArabic(text)
  const f = load(...(arabic ? ARABIC : LATIN)[weight])
  const buf = new HbBuffer()
  buf.addText(text)
  buf.guessSegmentProperties()
  if (!arabic) buf.setDirection(Direction.LTR) // digits and Latin words keep their order in RTL lines
  shape(f.font, buf)
  const scale = size / f.upem
  const glyphs: Glyph[] = []
  let pen = 0
  for (const g of buf.getGlyphInfosAndPositions()) {
    glyphs.push({ id: g.codepoint, x: pen + (g.xOffset ?? 0) * scale, y: -(g.yOffset ?? 0) * scale })
    pen += (g.xAdvance ?? 0) * scale
  }
  return { glyphs, width: pen, font: f }
}

export interface TextBlock {
  /** SVG elements (paths), already placed. */
  svg: string
  lines: number
  /** Height used, px. */
  height: number
}

/**
 * Sets `text` in lines at most `width` wide, starting at (x, y) = the first baseline's start
 * (the right end when `rtl`). At most `maxLines` lines; what does not fit ends with "…".
 */
export function setText(
  text: string,
  o: {
    x: number
    y: number
    width: number
    size: number
    lineHeight: number
    weight: Weight
    fill: string
    rtl: boolean
    maxLines: number
  },
): TextBlock {
  const words = text.split(/\s+/u).filter(Boolean)
  const space = shapeWord(' ', o.weight, o.size).width || o.size * 0.28
  const shaped = words.map((w) => shapeWord(w, o.weight, o.size))
  const lines: Word[][] = []
  let line: Word[] = []
  let lineWidth = 0
  for (const w of shaped) {
    const add = line.length ? space + w.width : w.width
    if (line.length && lineWidth + add > o.width) {
      lines.push(line)
      line = [w]
      lineWidth = w.width
    } else {
      line.push(w)
      lineWidth += add
    }
  }
  if (line.length) lines.push(line)
  if (lines.length > o.maxLines) {
    lines.length = o.maxLines
    lines[o.maxLines - 1]!.push(shapeWord('…', o.weight, o.size))
  }
  const parts: string[] = []
  lines.forEach((ws, li) => {
    const baseline = o.y + li * o.lineHeight
    let cursor = o.x
    for (const w of ws) {
      const left = o.rtl ? cursor - w.width : cursor
      const scale = o.size / w.font.upem
      for (const g of w.glyphs) {
        const d = w.font.font.glyphToPath(g.id)
        if (!d) continue
        const gx = (left + g.x).toFixed(2)
        const gy = (baseline + g.y).toFixed(2)
        parts.push(
          `<path transform="translate(${gx} ${gy}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${escapeHtml(d)}"/>`,
        )
      }
      cursor = o.rtl ? left - space : left + w.width + space
    }
  })
  return {
    svg: `<g fill="${o.fill}">${parts.join('')}</g>`,
    lines: lines.length,
    height: lines.length * o.lineHeight,
  }
}
