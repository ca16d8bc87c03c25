/**
 * The web edition inside a release, after the PDF edition: listed in the manifest, covered by the
 * signature, in the archive, printing the manifest's content checksum (as the PDF does), free of
 * every confidential marker and image metadata, and byte-identical when published again.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { chainEditions, webBaseUrl, webEdition } from '../../src/publish/editions/web/stage'
import { generateSigningKey, listFiles } from '../../src/publish/release/integrity'
import { verifyBundle } from '../../src/publish/release/verify'
import { pdfEdition } from '../../src/publish/editions/pdf/stage'
import { releaseArchive } from '../../src/publish/release/folder'
import { release } from '../../src/publish/release/release'
import type { Manifest } from '../../src/publish/bundle/schema'
import { pdftext } from '../pdf/pdf-tools'
import { MARKERS } from '../publish/fixtures'
import { collected, EXIF_MARKER, writeImages } from '../publish/release-fixture'

let tmp: string
let media: Record<string, string>
const key = generateSigningKey()
const BASE = 'https://example.org/report/2020/'

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-web-release-'))
  media = await writeImages(path.join(tmp, 'originals'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const publishTo = async (name: string, withPdf: boolean) => {
  const events: string[] = []
  const r = await release(collected(media), {
    out: path.join(tmp, name),
    signingKey: key.privateKey,
    onProgress: (e) => events.push(`${e.step}: ${e.message}`),
    beforeManifest: chainEditions(
      withPdf && pdfEdition(),
      webEdition({ baseUrl: BASE, onProgress: (e) => events.push(`${e.step}: ${e.message}`) }),
    ),
  })
  expect(r.status).toBe('published')
  return { dir: r.dir!, events }
}

test('web/ is in the manifest, signed, archived, and prints the checksum the PDF prints', async () => {
  const { dir, events } = await publishTo('a', true)
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
  const web = manifest.files.filter((f) => f.path.startsWith('web/'))
  expect(web.map((f) => f.path)).toEqual(
    expect.arrayContaining([
      'web/index.html',
      'web/en/index.html',
      'web/ar/index.html',
      'web/sitemap.xml',
      'web/fr/belarus-2020.fr.pdf',
    ]),
  )
  expect(listFiles(dir).filter((p) => p.startsWith('web/'))).toEqual(web.map((f) => f.path))
  expect(verifyBundle(dir, { publicKey: key.publicKey }).ok).toBe(true)
  expect(events.some((e) => /^web: Web edition: \d+ pages/.test(e))).toBe(true)

  // The checksum of the data (editions left out) is the one both editions print.
  const front = fs.readFileSync(path.join(dir, 'web/en/index.html'), 'utf8')
  expect(front).toContain(manifest.contentChecksum)
  expect(pdftext(path.join(dir, 'pdf/belarus-2020.en.pdf'))).toContain(manifest.contentChecksum.slice(0, 32))

  // A page changed on disk is caught by verify.
  fs.appendFileSync(path.join(dir, 'web/en/index.html'), '<!-- changed -->')
  const v = verifyBundle(dir, { publicKey: key.publicKey })
  expect(v.ok).toBe(false)
  expect(JSON.stringify(v)).toContain('web/en/index.html')
  fs.writeFileSync(path.join(dir, 'web/en/index.html'), front)

  const archive = releaseArchive({ id: 1, outcome: 'published', directory: dir })
  const listing = (await import('node:zlib')).gunzipSync(archive.data).toString('latin1')
  expect(listing).toContain('belarus-2020-1.0.0/web/en/index.html')
})

test('no confidential marker and no image metadata in any file of web/', async () => {
  const { dir } = await publishTo('b', false)
  const files = listFiles(dir).filter((p) => p.startsWith('web/'))
  expect(files.filter((p) => p.startsWith('web/assets/img/')).length).toBeGreaterThan(0)
  for (const p of files) {
    const s = fs.readFileSync(path.join(dir, p)).toString('latin1')
    for (const m of [...Object.values(MARKERS), EXIF_MARKER])
      expect({ p, m, found: s.includes(m) }).toEqual({ p, m, found: false })
  }
})

test('the same content published again gives a byte-identical web/', async () => {
  const a = await publishTo('c1', false)
  const b = await publishTo('c2', false)
  const files = listFiles(a.dir).filter((p) => p.startsWith('web/'))
  expect(listFiles(b.dir).filter((p) => p.startsWith('web/'))).toEqual(files)
  for (const p of files)
    expect({ p, same: fs.readFileSync(path.join(a.dir, p)).equals(fs.readFileSync(path.join(b.dir, p))) }).toEqual({
      p,
      same: true,
    })
})

test('the public address: option, FOLIO_WEB_BASE_URL ({year}), else FOLIO_SERVER_URL/report/<year>/, else none', () => {
  expect(webBaseUrl(2020, { baseUrl: 'https://x.test/' }, {})).toBe('https://x.test/')
  expect(webBaseUrl(2020, {}, { FOLIO_WEB_BASE_URL: 'https://r.test/{year}/' })).toBe('https://r.test/2020/')
  expect(webBaseUrl(2020, {}, { FOLIO_SERVER_URL: 'https://cms.test/' })).toBe('https://cms.test/report/2020/')
  expect(webBaseUrl(2020, {}, {})).toBeNull()
})
