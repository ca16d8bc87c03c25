/**
 * The social image of a locale (OpenGraph / Twitter card, 1200×630): the publisher, the report's
 * title and subtitle in that language, beside the cover. Drawn as SVG (text as outlines from the
 * edition's fonts, text-paths.ts) and rendered with sharp to a JPEG: same bundle, same bytes.
 * Mirrored for right-to-left locales (text on the right, cover on the left).
 */
import sharp from 'sharp'

import { sha256 } from '../../release/integrity'
import type { LocaleBundle } from '../../bundle/schema'
import { setText } from './text-paths'

export const SOCIAL = { width: 1200, height: 630 } as const
const COVER_W = 400
const PAD = 72

export interface SocialImage {
  path: string
  bytes: Buffer
  width: number
  height: number
}

export async function socialImage(
  b: LocaleBundle,
  cover: Buffer | null,
  publisherName: string | null,
): Promise<SocialImage> {
  const { width: W, height: H } = SOCIAL
  const rtl = b.dir === 'rtl'
  const textW = W - COVER_W - PAD * 2
  // The first baseline's start: the right end of the text in a right-to-left locale.
  const textX = rtl ? W - PAD : PAD
  const parts: string[] = []
  let y = PAD + 8
  parts.push(`<rect x="${rtl ? W - PAD - 96 : PAD}" y="${PAD - 24}" width="96" height="8" fill="#b3262d"/>`)
  if (publisherName) {
    const org = setText(publisherName, {
      x: textX,
      y: y + 26,
      width: textW,
      size: 28,
      lineHeight: 36,
      weight: 'bold',
      fill: '#f3c1c1',
      rtl,
      maxLines: 2,
    })
    parts.push(org.svg)
    y += org.height + 28
  }
  let titleSize = 64
  let title = setText(b.report.title, {
    x: textX,
    y: y + titleSize,
    width: textW,
    size: titleSize,
    lineHeight: titleSize * 1.15,
    weight: 'bold',
    fill: '#ffffff',
    rtl,
    maxLines: 3,
  })
  if (title.lines > 2) {
    titleSize = 52
    title = setText(b.report.title, {
      x: textX,
      y: y + titleSize,
      width: textW,
      size: titleSize,
      lineHeight: titleSize * 1.15,
      weight: 'bold',
      fill: '#ffffff',
      rtl,
      maxLines: 3,
    })
  }
  parts.push(title.svg)
  y += title.height + 30
  if (b.report.subtitle) {
    const sub = setText(b.report.subtitle, {
      x: textX,
      y: y + 30,
      width: textW,
      size: 30,
      lineHeight: 42,
      weight: 'regular',
      fill: '#e4e9f0',
      rtl,
      maxLines: Math.max(1, Math.floor((H - PAD - y) / 42)),
    })
    parts.push(sub.svg)
  }
  const coverX = rtl ? 0 : W - COVER_W
  const art = cover
    ? ''
    : Array.from(
        { length: 9 },
        (_, i) =>
          `<rect x="${coverX}" y="${i * 70 + 10}" width="${COVER_W}" height="${18 + (i % 3) * 10}" fill="#ffffff" opacity="${0.04 + (i % 4) * 0.02}"/>`,
      ).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="#0f2a4f"/>
<rect x="${coverX}" y="0" width="${COVER_W}" height="${H}" fill="#1f4e5f"/>${art}
${parts.join('\n')}
<rect x="0" y="${H - 10}" width="${W}" height="10" fill="#b3262d"/>
</svg>`
  let img = sharp(Buffer.from(svg), { density: 72 })
  if (cover) {
    const c = await sharp(cover, { failOn: 'error' })
      .resize({ width: COVER_W, height: H - 10, fit: 'cover', position: 'attention' })
      .toBuffer()
    img = img.composite([{ input: c, left: coverX, top: 0 }])
  }
  const bytes = await img.flatten({ background: '#0f2a4f' }).jpeg({ quality: 84, mozjpeg: true }).toBuffer()
  return {
    path: `assets/social-${b.locale}.${sha256(bytes).slice(0, 16)}.jpg`,
    bytes,
    width: W,
    height: H,
  }
}
