/**
 * kill -9 in the middle of CMS writes (SQLite in WAL mode): after a restart the database passes
 * PRAGMA integrity_check and every acknowledged write is there.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, expect, test } from '@jest/globals'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-kill-'))
const dbUrl = `file:${path.join(dir, 'folio.db')}`
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Starts the writer, waits for `acks` acknowledged writes, then kills it with SIGKILL. */
function writeThenKill(start: number, acks: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.resolve('node_modules/payload/bin.js'), 'run', 'tests/fixtures/cms-writer.ts'],
      {
        env: {
          ...process.env,
          DATABASE_URL: dbUrl,
          WRITER_START: String(start),
          PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
          FOLIO_MEDIA_DIR: path.join(dir, 'media'),
          NODE_OPTIONS: '--no-deprecation',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const acked: number[] = []
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.stdout.on('data', (d: Buffer) => {
      for (const m of d.toString().matchAll(/ack (\d+)/g)) acked.push(Number(m[1]))
      if (acked.length >= acks && child.exitCode === null) child.kill('SIGKILL')
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked)
      else reject(new Error(`writer exited with ${code}: ${err}`))
    })
  })
}

test('kill -9 during writes loses no acknowledged write and leaves an intact database', async () => {
  const first = await writeThenKill(0, 25)
  const second = await writeThenKill(1000, 25) // the restart opens the database left by the kill
  const client = createClient({ url: dbUrl })
  try {
    const integrity = await client.execute('PRAGMA integrity_check')
    expect(String(integrity.rows[0].integrity_check)).toBe('ok')
    expect(String((await client.execute('PRAGMA journal_mode')).rows[0].journal_mode)).toBe('wal')
    const names = new Set(
      (await client.execute('select name from organisations_locales')).rows.map((r) => String(r.name)),
    )
    for (const i of [...first, ...second]) expect(names.has(`writer-${i}`)).toBe(true)
  } finally {
    client.close()
  }
}, 90_000)
