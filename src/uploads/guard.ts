/**
 * Upload safety, checked on the bytes before Payload stores anything: the real type is sniffed
 * (the name and the declared MIME type are not trusted), scriptable formats (SVG, HTML…) are
 * refused, a decompression bomb is refused by its pixel count before any decoding, a truncated or
 * corrupt image is refused with a clear message, and the filename is neutralised. Images of the
 * report (media) are stored without their metadata: EXIF, GPS, XMP and IPTC can name the camera's
 * owner and the place a photo was taken, and the original is served to every signed-in user.
 */
import path from 'node:path'

import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
/** 50 megapixels: a 10,000 × 5,000 image. Larger is refused before it is decoded. */
export const MAX_IMAGE_PIXELS = 50_000_000

const IMAGE_FORMATS: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  heif: 'image/avif',
  tiff: 'image/tiff',
}

export class UploadRejected extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, null, true)
    this.name = 'UploadRejected'
  }
}

/**
 * A filename that is safe on every file system and in every URL: no folders, no `..`, no control
 * or bidi characters, no leading dots; letters of any script are kept.
 */
export function safeFilename(name: string, fallbackExt = ''): string {
  const base = path.posix.basename(String(name).replace(/\\/g, '/'))
  const cleaned = base
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[/\\?%*:|"<>]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 120)
  return cleaned || `upload${fallbackExt}`
}

const looksLikeMarkup = (head: string) => /^\s*(<\?xml|<svg|<!doctype|<html|<script)/i.test(head)

/** Sniffs an image's real type; throws UploadRejected with a message that says what is wrong. */
export async function inspectImage(
  data: Buffer,
  name: string,
): Promise<{ mimeType: string; width: number; height: number }> {
  if (data.length === 0) throw new UploadRejected(`"${name}" is empty.`)
  if (data.length > MAX_UPLOAD_BYTES) {
    throw new UploadRejected(
      `"${name}" is ${(data.length / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB.`,
      413,
    )
  }
  if (looksLikeMarkup(data.subarray(0, 512).toString('utf8'))) {
    throw new UploadRejected(
      `"${name}" is SVG, HTML or XML: scriptable formats are not accepted. Upload a JPEG, PNG, WebP, AVIF or TIFF image.`,
    )
  }
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>
  try {
    // Reading the header only: no pixel is decoded here, so a bomb costs nothing.
    meta = await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    throw new UploadRejected(`"${name}" is not a readable image (unknown format, or the file is corrupt).`)
  }
  const mimeType = meta.format ? IMAGE_FORMATS[meta.format] : undefined
  if (!mimeType) {
    throw new UploadRejected(
      `"${name}" is ${meta.format ? `a ${meta.format.toUpperCase()} file` : 'of an unknown type'}: upload a JPEG, PNG, WebP, AVIF or TIFF image.`,
    )
  }
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new UploadRejected(
      `"${name}" is ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} megapixels); the limit is ${MAX_IMAGE_PIXELS / 1e6} megapixels.`,
    )
  }
  try {
    // Decode it once, fully: a truncated or corrupt image fails here, not half-way through resizing.
    await sharp(data, { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS }).rotate().resize(64).toBuffer()
  } catch (error) {
    throw new UploadRejected(
      `"${name}" is a damaged ${meta.format!.toUpperCase()} image (${(error as Error).message.split('\n')[0]}).`,
    )
  }
  return { mimeType, width, height }
}

/** Consent forms: PDF, JPEG or PNG, by their bytes. */
export async function inspectDocument(data: Buffer, name: string): Promise<{ mimeType: string }> {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    if (data.length > MAX_UPLOAD_BYTES)
      throw new UploadRejected(`"${name}" is larger than ${MAX_UPLOAD_BYTES / 1048576} MB.`, 413)
    return { mimeType: 'application/pdf' }
  }
  const { mimeType } = await inspectImage(data, name)
  if (mimeType !== 'image/jpeg' && mimeType !== 'image/png') {
    throw new UploadRejected(`"${name}" must be a PDF, JPEG or PNG file.`)
  }
  return { mimeType }
}

type UploadedFile = { data: Buffer; mimetype: string; name: string; size: number }

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/tiff': '.tif',
  'application/pdf': '.pdf',
}

/** The name with the extension of the type the bytes really are (`photo.png` holding a JPEG → `photo.jpg`). */
export function withTypeExtension(name: string, mimeType: string): string {
  const ext = EXTENSIONS[mimeType]
  if (!ext) return name
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '')
  return `${stem || 'upload'}${ext}`
}

/**
 * The image re-encoded without metadata (EXIF, GPS, XMP, IPTC), turned upright first so that
 * dropping the orientation tag changes nothing a reader sees; the colour profile is kept. Lossless
 * formats stay lossless; JPEG, WebP and AVIF are re-encoded at a high quality.
 */
export async function withoutMetadata(data: Buffer, mimeType: string): Promise<Buffer> {
  const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate().keepIccProfile()
  switch (mimeType) {
    case 'image/jpeg':
      return image.jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer()
    case 'image/png':
      return image.png({ compressionLevel: 9 }).toBuffer()
    case 'image/webp':
      return image.webp({ quality: 95 }).toBuffer()
    case 'image/avif':
      return image.avif({ quality: 80 }).toBuffer()
    case 'image/tiff':
      return image.tiff({ compression: 'lzw' }).toBuffer()
    default:
      return data
  }
}

/**
 * beforeOperation hook: checks the uploaded file (if any), names it by its real type and, with
 * `stripMetadata`, stores the image without its metadata.
 */
export const guardUpload =
  (
    inspect: (data: Buffer, name: string) => Promise<{ mimeType: string }>,
    options: { stripMetadata?: boolean } = {},
  ): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file as UploadedFile | undefined
    if (!file?.data) return args
    const { mimeType } = await inspect(file.data, safeFilename(file.name))
    file.name = withTypeExtension(safeFilename(file.name), mimeType)
    file.mimetype = mimeType
    if (options.stripMetadata && mimeType.startsWith('image/')) {
      file.data = await withoutMetadata(file.data, mimeType)
      file.size = file.data.length
    }
    return args
  }
