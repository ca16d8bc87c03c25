import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { processImage, processImageCached } from '../../src/publish/release/media'

const MARKER = 'MARKER-EXIF-1234'

async function imageWithMetadata(width = 2000, height = 1000, alpha = false): Promise<Buffer> {
  const base = sharp({
    create: { width, height, channels: alpha ? 4 : 3, background: { r: 200, g: 50, b: 50, alpha: 0.5 } },
  })
  const withExif = {
    IFD0: { ImageDescription: MARKER, Make: 'MARKER-CAMERA-MAKE', Model: 'MARKER-CAMERA-MODEL' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1' },
  }
  return alpha
    ? base.png().withExif(withExif).toBuffer()
    : base.jpeg().withExif(withExif).withIccProfile('p3').toBuffer()
}

describe('processImage', () => {
  test('strips every piece of metadata, resizes, names by hash, deterministic', async () => {
    const src = await imageWithMetadata(4000, 2000)
    expect(src.includes(MARKER)).toBe(true)
    const r = await processImage(src)
    expect(r.web.file).toMatchObject({ width: 1600, height: 800, mimeType: 'image/jpeg' })
    expect(r.print.file).toMatchObject({ width: 3000, height: 1500, mimeType: 'image/jpeg' })
    expect(r.web.file.path).toMatch(/^media\/[0-9a-f]{64}\.web\.jpg$/)
    for (const s of [r.web, r.print]) {
      const m = await sharp(s.bytes).metadata()
      expect(m.exif).toBeUndefined()
      expect(m.icc).toBeUndefined()
      expect(m.xmp).toBeUndefined()
      expect(m.iptc).toBeUndefined()
      expect(s.bytes.includes('MARKER')).toBe(false)
      expect(s.bytes.includes('Exif')).toBe(false)
    }
    const again = await processImage(src)
    expect(again.web.file.path).toBe(r.web.file.path)
    expect(again.print.bytes.equals(r.print.bytes)).toBe(true)
  })

  test('small images are not enlarged; transparency keeps PNG', async () => {
    const r = await processImage(await imageWithMetadata(300, 200, true))
    expect(r.web.file).toMatchObject({ width: 300, height: 200, mimeType: 'image/png' })
    expect(r.web.file.path).toMatch(/\.web\.png$/)
    expect(r.web.bytes.includes('MARKER')).toBe(false)
    const m = await sharp(r.web.bytes).metadata()
    expect(m.exif).toBeUndefined()
  })

  test('a broken image is an error', async () => {
    await expect(processImage(Buffer.from('not an image'))).rejects.toThrow()
  })
})

describe('processImageCached', () => {
  test('same files as uncached; reused; a damaged cache entry is re-encoded', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-media-cache-'))
    try {
      const src = path.join(dir, 'a.jpg')
      fs.writeFileSync(src, await imageWithMetadata(2000, 1000))
      const cache = path.join(dir, 'cache')
      const direct = await processImage(src)
      const first = await processImageCached(src, cache)
      expect(first.web.bytes.equals(direct.web.bytes)).toBe(true)
      const entries = fs.readdirSync(cache)
      expect(entries.filter((f) => f.endsWith('.json'))).toHaveLength(1)
      const second = await processImageCached(src, cache)
      expect(second.print.file).toEqual(direct.print.file)
      // damage the cached web file: detected by its hash, re-encoded
      const web = path.join(cache, path.basename(first.web.file.path))
      fs.writeFileSync(web, 'garbage')
      const third = await processImageCached(src, cache)
      expect(third.web.bytes.equals(direct.web.bytes)).toBe(true)
      expect(third.web.bytes.includes('MARKER')).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
