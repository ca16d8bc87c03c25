/**
 * The production path: a fresh SQLite database is created by the committed migrations, without a
 * prompt, and a second `payload migrate` changes nothing. (A push-built database would make
 * `payload migrate` prompt and exit 0 without migrating: this test checks the tables themselves.)
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, expect, test } from '@jest/globals'

import { migrateDatabase } from '../helpers/server'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-migrate-'))
const dbFile = path.join(dir, 'folio.db')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  DATABASE_URL: `file:${dbFile}`,
  PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
  NODE_OPTIONS: '--no-deprecation',
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const query = async (sql: string) => {
  const client = createClient({ url: `file:${dbFile}` })
  try {
    return (await client.execute(sql)).rows
  } finally {
    client.close()
  }
}

test('a fresh database migrates non-interactively, and a second migrate is a no-op', async () => {
  const migrationFiles = fs.readdirSync(path.resolve('src/migrations')).filter((f) => /^\d.*\.ts$/.test(f))
  expect(migrationFiles.length).toBeGreaterThan(0)

  await migrateDatabase(env)
  const tables = (await query("select name from sqlite_master where type = 'table'")).map((r) => r.name)
  expect(tables).toEqual(
    expect.arrayContaining([
      'reports',
      'chapters',
      'testimonies',
      'defenders',
      'statistics',
      'organisations',
      'media',
      'users',
      '_chapters_v',
    ]),
  )
  const applied = await query('select name, batch from payload_migrations order by id')
  expect(applied.map((r) => r.name)).toEqual(migrationFiles.map((f) => f.replace(/\.ts$/, '')).sort())
  expect(applied.some((r) => Number(r.batch) === -1)).toBe(false) // -1 marks a push-built (dev) database

  const before = JSON.stringify(await query('select name, sql from sqlite_master order by name'))
  const second = await migrateDatabase(env)
  expect(second).not.toMatch(/would you like|are you sure|\? /i) // never a prompt
  expect(JSON.stringify(await query('select name, sql from sqlite_master order by name'))).toBe(before)
  expect(await query('select name from payload_migrations')).toHaveLength(applied.length)
}, 90_000)

test("every per-locale table is indexed on its parent, and a document's locales are read through it", async () => {
  if (!fs.existsSync(dbFile)) await migrateDatabase(env)
  const tables = (
    await query("select name from sqlite_master where type = 'table' and name like '%\\_locales' escape '\\'")
  ).map((r) => String(r.name))
  expect(tables.length).toBeGreaterThan(10)
  for (const table of tables) {
    const columns = (await query(`select name from pragma_table_info('${table}')`)).map((r) => String(r.name))
    if (!columns.includes('_locale') || !columns.includes('_parent_id')) continue // not per-locale values (e.g. a hasMany select)
    const indexes = await query(`select il.name as name from pragma_index_list('${table}') il`)
    const parentOnly = []
    for (const { name } of indexes) {
      const cols = (await query(`select name from pragma_index_info('${String(name)}')`)).map((r) => String(r.name))
      if (cols.length === 1 && cols[0] === '_parent_id') parentOnly.push(name)
    }
    expect({ table, parentOnly: parentOnly.length }).toEqual({ table, parentOnly: 1 })
  }
  const plan = (await query('explain query plan select * from _chapters_v_locales where _parent_id = 1')).map((r) =>
    String(r.detail),
  )
  expect(plan.join(' ')).toMatch(/USING INDEX _chapters_v_locales_parent_idx/)
}, 90_000)
