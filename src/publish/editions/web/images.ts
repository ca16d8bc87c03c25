/**
 * Responsive images for the web edition, made with sharp from the bundle's media files: AVIF and
 * WebP at a few widths, and a JPEG fallback (a transparent image is flattened onto the page
 * background). The bundle's files are already stripped of metadata and sharp writes none unless
 * asked (it never is here). Every file is named by the SHA-256 of its bytes.
 */
import sharp from 'sharp'

import { sha256 } from '../../release/integrity'
import type { LocaleBundle, Media } from '../../bundle/schema'
import type { WebImage } from './model'

// Deterministic output, independent of the machine's core count (as src/publish/media.ts).
sharp.concurrency(1)
sharp.cache(false)

/** How an image is shown: widths offered, and the crop (width / height) when the layout needs one. */
export interface ImageRole {
  widths: number[]
  aspect: number | null
}

export const ROLES = {
  cover: { widths: [480, 800, 1200], aspect: null },
  portrait: { widths: [160, 320], aspect: 1 },
  poster: { widths: [640, 1280], aspect: 16 / 9 },
  figure: { widths: [640, 1280], aspect: null },
} satisfies Record<string, ImageRole>

export type RoleName = keyof typeof ROLES

/** Which role each media id plays in a bundle (the first one found wins). */
export function mediaRoles(b: LocaleBundle): Map<string, RoleName> {
  const roles = new Map<string, RoleName>()
  const set = (id: string | null | undefined, r: RoleName) => {
    if (id && !roles.has(id)) roles.set(id, r)
  }
  set(b.report.coverImage, 'cover')
  for (const d of b.defenders) set(d.photo, 'portrait')
  const posters = (children: { type: string; poster?: string | null }[] = []) => {
    for (const n of children) if (n.type === 'video') set(n.poster, 'poster')
  }
  posters(b.report.introduction?.children)
  for (const c of b.chapters) posters(c.body?.children)
  for (const t of b.testimonies) for (const m of t.media) set(m, 'figure')
  return roles
}

const BACKGROUND = '#fcfbf8'

async function encode(src: Buffer, width: number, height: number | null, format: 'avif' | 'webp' | 'jpeg') {
  let img = sharp(src, { failOn: 'error' }).resize(
    height ? { width, height, fit: 'cover', position: 'attention' } : { width, withoutEnlargement: true },
  )
  if (format === 'avif') img = img.avif({ quality: 50, effort: 4 })
  else if (format === 'webp') img = img.webp({ quality: 72, effort: 4 })
  else img = img.flatten({ background: BACKGROUND }).jpeg({ quality: 78, mozjpeg: true, chromaSubsampling: '4:2:0' })
  return img.toBuffer({ resolveWithObject: true })
}

/**
 * Processes one media item for its role. `read` returns the bytes of a bundle file (its print
 * size when there is one: the best source to scale down from).
 */
export async function processWebImage(
  m: Media,
  role: ImageRole,
  read: (path: string) => Buffer | Uint8Array,
  out: Map<string, Buffer>,
): Promise<WebImage | null> {
  const file = m.files.print ?? m.files.web
  if (!file) return null
  let src: Buffer
  try {
    src = Buffer.from(read(file.path))
  } catch (e) {
    throw new Error(`Web edition: cannot read ${file.path} (media ${m.id}): ${(e as Error).message}`)
  }
  const aspect = role.aspect
  const maxW = aspect ? Math.min(file.width, Math.round(file.height * aspect)) : file.width
  const widths = [...new Set(role.widths.map((w) => Math.min(w, maxW)))].sort((a, b) => a - b)
  const sized = (w: number) => (aspect ? Math.round(w / aspect) : null)
  const result: WebImage = {
    width: 0,
    height: 0,
    sources: [
      { type: 'image/avif', files: [] },
      { type: 'image/webp', files: [] },
    ],
    fallback: [],
  }
  for (const w of widths) {
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      const { data, info } = await encode(src, w, sized(w), format)
      const ext = format === 'jpeg' ? 'jpg' : format
      const path = `assets/img/${sha256(data).slice(0, 20)}.${info.width}.${ext}`
      out.set(path, data)
      const entry = { path, width: info.width }
      if (format === 'jpeg') {
        result.fallback.push(entry)
        result.width = info.width
        result.height = info.height
      } else result.sources[format === 'avif' ? 0 : 1]!.files.push(entry)
    }
  }
  return result
}

/** Every image the site shows, processed once (media are shared by the locales). */
export async function processImages(
  bundles: LocaleBundle[],
  read: (path: string) => Buffer | Uint8Array,
  out: Map<string, Buffer>,
): Promise<Map<string, WebImage>> {
  const roles = new Map<string, RoleName>()
  const items = new Map<string, Media>()
  for (const b of bundles) {
    for (const [id, r] of mediaRoles(b)) if (!roles.has(id)) roles.set(id, r)
    for (const m of b.media) if (!items.has(m.id)) items.set(m.id, m)
  }
  const images = new Map<string, WebImage>()
  for (const id of [...roles.keys()].sort()) {
    const m = items.get(id)
    if (!m) throw new Error(`Web edition: media ${id} is referenced but not in the bundle`)
    const img = await processWebImage(m, ROLES[roles.get(id)!], read, out)
    if (img) images.set(id, img)
  }
  return images
}
