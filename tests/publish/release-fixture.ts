/** A collected demo report with real image files (carrying EXIF/GPS marker metadata). */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import type { CollectedReport } from '../../src/publish/collect/types'
import type { BundleLocale } from '../../src/publish/bundle/schema'
import { ALL, demoInput } from './fixtures'

export const EXIF_MARKER = 'MARKER-EXIF-GPS-0b7d'

export async function writeImages(dir: string): Promise<Record<string, string>> {
  fs.mkdirSync(dir, { recursive: true })
  const exif = {
    IFD0: { ImageDescription: EXIF_MARKER, Make: `${EXIF_MARKER}-make` },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1' },
  }
  const cover = path.join(dir, 'cover.jpg')
  const photo = path.join(dir, 'photo.jpg')
  await sharp({ create: { width: 2000, height: 1333, channels: 3, background: { r: 30, g: 60, b: 90 } } })
    .jpeg()
    .withExif(exif)
    .toFile(cover)
  await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: 90, g: 60, b: 30 } } })
    .jpeg()
    .withExif(exif)
    .toFile(photo)
  return { '30': cover, '31': photo }
}

export function collected(
  mediaSources: Record<string, string>,
  locales: BundleLocale[] = ALL,
  mutate?: (c: CollectedReport) => void,
): CollectedReport {
  const c: CollectedReport = {
    report: { id: '1', slug: 'belarus-2020', year: 2020 },
    input: demoInput(locales),
    mediaSources,
  }
  mutate?.(c)
  return c
}
