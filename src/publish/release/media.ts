/**
 * Published images: re-encoded with sharp, ALL metadata stripped (EXIF incl. GPS and camera, XMP,
 * IPTC, ICC profile: pixels are converted to sRGB first), in two sizes, named by content hash.
 *
 *   web   max 1600 px wide, JPEG q80 (PNG when the image has transparency)
 *   print max 3000 px wide, JPEG q90 (PNG when the image has transparency)
 * Never enlarged. EXIF orientation is applied to the pixels before the metadata goes.
 * Same source bytes + same sharp/libvips version → same output bytes.
 */
import sharp from 'sharp'

import { sha256 } from './integrity'
import type { MediaFile } from '../bundle/schema'

export const MEDIA_SIZES = {
  web: { width: 1600, jpegQuality: 80 },
  print: { width: 3000, jpegQuality: 90 },
} as const
export type MediaSize = keyof typeof MEDIA_SIZES

export interface ProcessedImage {
  file: MediaFile
  bytes: Buffer
}

// Deterministic output, independent of the machine's core count.
sharp.concurrency(1)
sharp.cache(false)

export async function processImage(source: string | Buffer): Promise<Record<MediaSize, ProcessedImage>> {
  const meta = await sharp(source, { failOn: 'error' }).metadata()
  const alpha = Boolean(meta.hasAlpha)
  const out = {} as Record<MediaSize, ProcessedImage>
  for (const size of Object.keys(MEDIA_SIZES) as MediaSize[]) {
    const spec = MEDIA_SIZES[size]
    // sharp drops all metadata unless told to keep it (withMetadata/keepExif/keepIccProfile):
    // we never call those. toColourspace('srgb') bakes any ICC profile into the pixels.
    let img = sharp(source, { failOn: 'error' })
      .rotate()
      .resize({ width: spec.width, withoutEnlargement: true })
      .toColourspace('srgb')
    img = alpha
      ? img.png({ compressionLevel: 9, adaptiveFiltering: false, palette: false })
      : img.jpeg({ quality: spec.jpegQuality, mozjpeg: true, chromaSubsampling: '4:2:0' })
    const { data, info } = await img.toBuffer({ resolveWithObject: true })
    const ext = alpha ? 'png' : 'jpg'
    out[size] = {
      bytes: data,
      file: {
        path: `media/${sha256(data)}.${size}.${ext}`,
        width: info.width,
        height: info.height,
        mimeType: alpha ? 'image/png' : 'image/jpeg',
      },
    }
  }
  return out
}

/**
 * processImage with a cache keyed by the SHA-256 of the source bytes (and the encoder settings and
 * sharp version), so a publish re-encodes only new or changed images. The cache lives next to the
 * releases (`<out>/<report>/.media-cache/`), is written under the publish lock, and can be deleted
 * at any time. Same source → same files, cached or not.
 */
export async function processImageCached(source: string, cacheDir: string): Promise<Record<MediaSize, ProcessedImage>> {
  const fs = await import('node:fs')
  const path = await import('node:path')
  const bytes = fs.readFileSync(source)
  const key = sha256(Buffer.concat([bytes, Buffer.from(JSON.stringify({ MEDIA_SIZES, sharp: sharp.versions }))]))
  const indexPath = path.join(cacheDir, `${key}.json`)
  if (fs.existsSync(indexPath)) {
    try {
      const files = JSON.parse(fs.readFileSync(indexPath, 'utf8')) as Record<MediaSize, MediaFile>
      const out = {} as Record<MediaSize, ProcessedImage>
      for (const size of Object.keys(MEDIA_SIZES) as MediaSize[]) {
        const data = fs.readFileSync(path.join(cacheDir, path.basename(files[size].path)))
        if (`media/${sha256(data)}.${size}.${files[size].path.split('.').pop()}` !== files[size].path)
          throw new Error('cache entry damaged')
        out[size] = { file: files[size], bytes: data }
      }
      return out
    } catch {
      // damaged or partial cache entry: re-encode below
    }
  }
  const out = await processImage(bytes)
  fs.mkdirSync(cacheDir, { recursive: true })
  for (const size of Object.keys(MEDIA_SIZES) as MediaSize[])
    fs.writeFileSync(path.join(cacheDir, path.basename(out[size].file.path)), out[size].bytes)
  const tmp = `${indexPath}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify({ web: out.web.file, print: out.print.file }))
  fs.renameSync(tmp, indexPath)
  return out
}
