/**
 * Backup while Payload is running, restore into another place, and compare every row and file.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { backup, type OpsPaths, restore } from '../../src/ops/backup'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let live: OpsPaths
beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  live = {
    databaseUrl: process.env.DATABASE_URL!,
    mediaDir: path.join(dir, 'media'),
    consentDir: path.join(dir, 'consent-documents'),
  }
  await payload.create({
    collection: 'organisations',
    data: { name: 'Backup Test Org', kind: 'partner', description: 'Ünïcödé, русский, عربي' },
  })
  const img = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#225588' } })
    .jpeg()
    .toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: 'backup image' },
    file: { data: img, name: 'backup.jpg', mimetype: 'image/jpeg', size: img.length },
  })
})
afterAll(async () => cleanup())

async function dump(url: string) {
  const client = createClient({ url })
  try {
    const tables = (
      await client.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
    ).rows.map((r) => String(r.name))
    const out: Record<string, unknown[]> = {}
    for (const t of tables)
      out[t] = (await client.execute(`select * from "${t}" order by rowid`)).rows.map((r) => ({ ...r }))
    return out
  } finally {
    client.close()
  }
}
const files = (d: string) =>
  fs.existsSync(d)
    ? fs
        .readdirSync(d)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(d, f)).toString('base64')])
    : []

test('the live database is in WAL mode', async () => {
  const client = createClient({ url: live.databaseUrl })
  const { rows } = await client.execute('PRAGMA journal_mode')
  client.close()
  expect(String(rows[0].journal_mode)).toBe('wal')
})

test('backup while running, restore elsewhere: every row and file comes back', async () => {
  const { archive, manifest } = await backup(live, path.join(dir, 'backups'), new Date('2026-01-02T03:04:05Z'))
  expect(path.basename(archive)).toBe('folio-backup-20260102-030405.tar.gz')
  expect(manifest.files.length).toBeGreaterThanOrEqual(4) // the image and its three sizes

  const target: OpsPaths = {
    databaseUrl: `file:${path.join(dir, 'restored', 'folio.db')}`,
    mediaDir: path.join(dir, 'restored', 'media'),
    consentDir: path.join(dir, 'restored', 'consent'),
  }
  await restore(archive, target)
  expect(await dump(target.databaseUrl)).toEqual(await dump(live.databaseUrl))
  expect(files(target.mediaDir)).toEqual(files(live.mediaDir))

  // A database with content is not overwritten without --force.
  await expect(restore(archive, target)).rejects.toThrow(/not empty.*--force/)
  await expect(restore(archive, target, { force: true })).resolves.toBeTruthy()
})

test('a damaged archive is refused before anything is replaced', async () => {
  const { archive } = await backup(live, path.join(dir, 'backups2'))
  const unpacked = path.join(dir, 'tampered')
  fs.mkdirSync(unpacked)
  execFileSync('tar', ['-xzf', archive, '-C', unpacked])
  const media = fs.readdirSync(path.join(unpacked, 'media'))[0]
  fs.appendFileSync(path.join(unpacked, 'media', media), 'x')
  const bad = path.join(dir, 'bad.tar.gz')
  execFileSync('tar', ['-czf', bad, '-C', unpacked, '.'])
  const target: OpsPaths = {
    databaseUrl: `file:${path.join(dir, 'r2', 'folio.db')}`,
    mediaDir: path.join(dir, 'r2', 'media'),
    consentDir: path.join(dir, 'r2', 'consent'),
  }
  await expect(restore(bad, target)).rejects.toThrow(new RegExp(`media/${media} does not match its checksum`))
  expect(fs.existsSync(path.join(dir, 'r2', 'folio.db'))).toBe(false)
})

test('the CLIs reject unknown options with exit code 2 and a usage line', () => {
  for (const script of ['scripts/backup.ts', 'scripts/restore.ts']) {
    const r = spawnSync(path.resolve('node_modules/.bin/tsx'), [script, '--no-such-option'], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/Unknown option '--no-such-option'/)
    expect(r.stderr).toMatch(/^Usage: npm run/m)
  }
  const r = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/restore.ts'], { encoding: 'utf8' })
  expect(r.status).toBe(2)
})
