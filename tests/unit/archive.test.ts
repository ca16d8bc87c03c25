/** The dependency-free .tar.gz writer behind the release archive download (src/publish/release/archive.ts). */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { tarGz } from '../../src/publish/release/archive'

const longName = `bundle-1.0.0/media/${'a'.repeat(64)}.print.jpg/${'b'.repeat(60)}.txt`

test('system tar extracts every file byte for byte, long paths included, with the fixed date and mode', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-archive-'))
  try {
    const entries = [
      { name: 'bundle-1.0.0/manifest.json', data: Buffer.from('{"a":1}\n') },
      { name: 'bundle-1.0.0/empty.txt', data: Buffer.alloc(0) },
      { name: 'bundle-1.0.0/exactly-512.bin', data: Buffer.alloc(512, 7) },
      { name: longName, data: Buffer.from('long path, ütf-8 ✓') },
    ]
    const file = path.join(dir, 'a.tar.gz')
    fs.writeFileSync(file, tarGz(entries, Date.parse('2020-12-31T12:00:00Z')))
    const listing = execFileSync('tar', ['-tvzf', file, '--numeric-owner', '--full-time'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    })
    expect(listing.trim().split('\n')).toHaveLength(4)
    expect(listing).toMatch(/^-rw-r--r-- 0\/0 +8 2020-12-31 12:00:00 bundle-1\.0\.0\/manifest\.json$/m)
    execFileSync('tar', ['-xzf', file, '-C', dir], { env: { ...process.env, TZ: 'UTC' } })
    for (const e of entries) expect(fs.readFileSync(path.join(dir, e.name)).equals(e.data)).toBe(true)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('the same files give the same bytes; a different date or content does not', () => {
  const entries = [{ name: 'x/manifest.json', data: Buffer.from('{}') }]
  expect(tarGz(entries, 0).equals(tarGz(entries, 0))).toBe(true)
  expect(tarGz(entries, 0).equals(tarGz(entries, 1000))).toBe(false)
  expect(tarGz(entries, 0).equals(tarGz([{ name: 'x/manifest.json', data: Buffer.from('{ }') }], 0))).toBe(false)
})

test('paths that could escape the extraction folder are refused', () => {
  for (const name of ['../etc/passwd', '/etc/passwd', 'a/../../b', '']) {
    expect(() => tarGz([{ name, data: Buffer.from('x') }])).toThrow(/Refusing the archive path/)
  }
})
