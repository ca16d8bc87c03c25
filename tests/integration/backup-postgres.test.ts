/**
 * `npm run backup` / `npm run restore` on PostgreSQL (run by `npm run test:postgres`): a backup
 * taken while Payload is running (pg_dump, custom format), restored into another new database,
 * gives back every row of every table and every media file; a database with content is only
 * replaced with --force; an archive of one kind of database is refused by the other.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import pg from 'pg'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { backup, type OpsPaths, restore } from '../../src/ops/backup'
import { bootPayload } from '../helpers/payload'
import { freshPgDatabase, testPgUrl } from '../helpers/postgres'

const server = testPgUrl()
let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let live: OpsPaths
const drops: Array<() => Promise<void>> = []

async function rows(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables = await client.query(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
    const out: Record<string, string[]> = {}
    for (const { table_name: t } of tables.rows)
      out[t] = (await client.query(`select row_to_json(x)::text as r from "${t}" x order by 1`)).rows.map((r) => r.r)
    return out
  } finally {
    await client.end()
  }
}

const files = (d: string) =>
  fs.existsSync(d)
    ? fs
        .readdirSync(d)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(d, f)).toString('base64')])
    : []

if (!server) {
  test.skip('PostgreSQL backup round trip: skipped because FOLIO_TEST_PG_URL is not set (npm run test:postgres sets it)', () => {})
} else {
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
  }, 120_000)
  afterAll(async () => {
    for (const drop of drops) await drop()
    await cleanup?.()
  })

  test('backup while running, restore into a new database: every row and file comes back', async () => {
    const { archive, manifest } = await backup(live, path.join(dir, 'backups'), new Date('2026-01-02T03:04:05Z'))
    expect(manifest.database).toMatchObject({ kind: 'postgres', file: 'database/folio.pgdump' })
    expect(manifest.files.length).toBeGreaterThanOrEqual(4) // the image and its three sizes

    const db = await freshPgDatabase(server)
    drops.push(db.drop)
    const target: OpsPaths = {
      databaseUrl: db.url,
      mediaDir: path.join(dir, 'restored', 'media'),
      consentDir: path.join(dir, 'restored', 'consent'),
    }
    await restore(archive, target)
    const restored = await rows(target.databaseUrl)
    expect(restored.organisations_locales.join()).toContain('Backup Test Org')
    expect(restored).toEqual(await rows(live.databaseUrl))
    expect(files(target.mediaDir)).toEqual(files(live.mediaDir))

    await expect(restore(archive, target)).rejects.toThrow(/is not empty.*--force/)
    await expect(restore(archive, target, { force: true })).resolves.toBeTruthy()
    expect(await rows(target.databaseUrl)).toEqual(restored)

    const sqliteTarget: OpsPaths = { ...target, databaseUrl: `file:${path.join(dir, 'r', 'folio.db')}` }
    await expect(restore(archive, sqliteTarget)).rejects.toThrow(
      /holds a postgres database, but DATABASE_URL is SQLite/,
    )
  }, 120_000)
}
