/**
 * Published images: re-encoded with sharp, ALL metadata stripped (EXIF incl. GPS and camera, XMP,
 * IPTC, ICC profile: pixels are converted to sRGB first), in two sizes, named by content hash.
 *
 *   web   max 1600 px wide, JPEG q80 (PNG when the image has transparency)
 *   print max 3000 px wide, JPEG q90 (PNG when the image has transparency)
 * Never enlarged. EXIF orientation is applied to the pixels before the metadata goes.
 * Same source bytes + same sharp/libvips version → same output bytes.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import type { BundleLocale, LocaleBundle, MediaFile } from '../bundle/schema'
import type { BuildResult } from '../bundle/types'
import type { ProgressEvent } from '../events'
import { sha256 } from './integrity'
import { asPublishWriteError, type PreviousRelease } from './writer'

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

/** Attaches processed media files to bundles (pure; returns new bundles). */
export function attachMediaFiles(
  bundles: Partial<Record<BundleLocale, LocaleBundle>>,
  files: Record<string, { web: MediaFile | null; print: MediaFile | null }>,
): Partial<Record<BundleLocale, LocaleBundle>> {
  const out: Partial<Record<BundleLocale, LocaleBundle>> = {}
  for (const [l, b] of Object.entries(bundles) as Array<[BundleLocale, LocaleBundle]>) {
    out[l] = { ...b, media: b.media.map((m) => ({ ...m, files: files[m.id] ?? m.files })) }
  }
  return out
}

export interface ReleaseMediaInput {
  built: BuildResult
  /** Media id → path of the original file. */
  sources: Record<string, string>
  reportDir: string
  previous: PreviousRelease | null
  /** Nothing is encoded: the previous release's files are assumed unchanged. */
  dryRun?: boolean
  /** Reuse re-encoded images from `<reportDir>/.media-cache/`. */
  cache: boolean
  progress: (e: ProgressEvent) => void
}

/** The images of a release: re-encoded (two at a time), or in a dry run the previous release's. */
export async function releaseMedia(input: ReleaseMediaInput): Promise<{
  files: Record<string, { web: MediaFile; print: MediaFile }>
  bytes: Record<string, Buffer>
}> {
  const files: Record<string, { web: MediaFile; print: MediaFile }> = {}
  const bytes: Record<string, Buffer> = {}
  if (input.dryRun) {
    const prevEn = input.previous ? Object.values(input.previous.bundles)[0] : undefined
    for (const m of prevEn?.media ?? [])
      if (m.files.web && m.files.print) files[m.id] = { web: m.files.web, print: m.files.print }
    return { files, bytes }
  }
  const { built, sources, reportDir } = input
  const cacheDir = path.join(reportDir, '.media-cache')
  const ids = built.mediaIds.filter((id) => sources[id])
  let done = 0
  // Two images at a time (sharp itself runs single-threaded for deterministic output).
  const next = async (): Promise<void> => {
    const id = ids.shift()
    if (!id) return
    const src = sources[id]
    let p: Record<MediaSize, ProcessedImage>
    try {
      p = input.cache ? await processImageCached(src, cacheDir) : await processImage(src)
    } catch (e) {
      const cachePath = (e as NodeJS.ErrnoException).path
      if (cachePath && path.resolve(cachePath).startsWith(path.resolve(cacheDir) + path.sep))
        throw asPublishWriteError(e, reportDir, 'caching re-encoded images in .media-cache')
      throw new Error(`Image ${id} (${src}) could not be processed: ${(e as Error).message}`)
    }
    files[id] = { web: p.web.file, print: p.print.file }
    bytes[p.web.file.path] = p.web.bytes
    bytes[p.print.file.path] = p.print.bytes
    done++
    const total = built.mediaIds.length
    input.progress({ step: 'media', message: `Image ${done}/${total}`, current: done, total })
    return next()
  }
  await Promise.all([next(), next()])
  return { files, bytes }
}
