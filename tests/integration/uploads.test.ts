/**
 * Bad uploads are refused on their bytes with a clear message, and nothing partial is left on disk
 * or in the database.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { safeFilename } from '../../src/uploads/guard'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
})
afterAll(async () => cleanup())

const png = (w = 320, h = 200) =>
  sharp({ create: { width: w, height: h, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
/** A PNG whose header declares width × height, with one small deflated row: what a bomb looks like. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body))
    return Buffer.concat([len, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.writeUInt8(8, 8) // bit depth
  ihdr.writeUInt8(0, 9) // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const files = () => (fs.existsSync(path.join(dir, 'media')) ? fs.readdirSync(path.join(dir, 'media')) : [])
const upload = (data: Buffer, name: string, mimetype = 'image/png') =>
  payload.create({
    collection: 'media',
    data: { alt: 'test image' },
    file: { data, name, mimetype, size: data.length },
  })

async function expectRefused(data: Buffer, name: string, message: RegExp, mimetype?: string) {
  const before = { docs: (await payload.count({ collection: 'media' })).totalDocs, files: files().length }
  await expect(upload(data, name, mimetype)).rejects.toThrow(message)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
  expect(files().length).toBe(before.files)
}

describe('uploads', () => {
  test('the type comes from the bytes: a PNG named .jpg is stored as a PNG', async () => {
    const doc = await upload(await png(), 'really-a-png.jpg', 'image/jpeg')
    expect(doc.mimeType).toBe('image/png')
  })

  test('SVG is refused, whatever its name says', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expectRefused(svg, 'harmless.png', /scriptable formats are not accepted/)
    await expectRefused(Buffer.from(`<?xml version="1.0"?>\n${svg.toString()}`), 'x.svg', /scriptable/, 'image/svg+xml')
  })

  test('HTML pretending to be an image is refused', async () => {
    await expectRefused(
      Buffer.from('<!DOCTYPE html><html><script>steal()</script></html>'),
      'photo.jpg',
      /scriptable/,
      'image/jpeg',
    )
  })

  test('a decompression bomb is refused by its pixel count, before decoding', async () => {
    // A PNG that declares 20,000 × 20,000 pixels (400 megapixels once decoded) in under 1 kB.
    const bomb = pngHeaderOnly(20000, 20000)
    expect(bomb.length).toBeLessThan(1024)
    await expectRefused(bomb, 'bomb.png', /20000 × 20000 pixels.*limit is 50 megapixels/)
  }, 60_000)

  test('a truncated image gives a clear error', async () => {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#884422' } })
      .jpeg()
      .toBuffer()
    await expectRefused(
      jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      'cut.jpg',
      /damaged JPEG image|not a readable image/,
      'image/jpeg',
    )
  })

  test('random bytes are not an image', async () => {
    await expectRefused(Buffer.from('definitely not an image, just text'), 'notes.png', /not a readable image/)
  })

  test('an oversized file is refused', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41)
    await expectRefused(big, 'big.png', /limit is 20 MB/)
  })

  test('path traversal and control characters are neutralised in filenames', async () => {
    const doc = await upload(await png(), '../../etc/\u202Egnp.exe\u0000passwd.png')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control character the guard must have removed
    expect(doc.filename).not.toMatch(/[/\\\u0000\u202e]/)
    expect(doc.filename).toMatch(/passwd/)
    expect(fs.existsSync(path.join(dir, 'media', doc.filename!))).toBe(true)
    expect(safeFilename('..\\..\\windows\\system.ini')).toBe('system.ini')
    expect(safeFilename('.htaccess')).toBe('htaccess')
    expect(safeFilename('\u0000\u0001')).toBe('upload')
    expect(safeFilename('Фото 2020.jpg')).toBe('Фото 2020.jpg')
  })
})

describe('stored originals carry no metadata', () => {
  test('EXIF, GPS and XMP are stripped from the stored original; orientation applied; extension of the real type', async () => {
    // 400 × 200 pixels stored sideways (orientation 6: shown rotated 90°), with a camera owner and a place.
    const jpeg = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#884422' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Artist: 'MARKER-ARTIST Jane Witness', Copyright: 'MARKER-COPYRIGHT' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '53/1 54/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '27/1 34/1 0/1',
        },
      })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>MARKER-XMP</rdf:Description></rdf:RDF></x:xmpmeta>',
      )
      .toBuffer()
    expect(await sharp(jpeg).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) })
    const doc = await upload(jpeg, 'holiday.png', 'image/png')
    expect(doc.filename).toMatch(/^holiday(-\d+)?\.jpg$/)
    expect(doc.mimeType).toBe('image/jpeg')
    const stored = fs.readFileSync(path.join(dir, 'media', String(doc.filename)))
    const meta = await sharp(stored).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 200, height: 400 })
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect(meta.orientation ?? 1).toBe(1)
    for (const marker of ['MARKER-ARTIST', 'MARKER-COPYRIGHT', 'MARKER-XMP', 'GPS']) {
      expect(stored.includes(Buffer.from(marker))).toBe(false)
    }
    // The derived sizes are clean too.
    for (const f of files().filter((n) => n.startsWith('holiday') && n !== doc.filename)) {
      expect((await sharp(fs.readFileSync(path.join(dir, 'media', f))).metadata()).exif).toBeUndefined()
    }
  })
})
