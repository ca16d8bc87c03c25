/**
 * A database seeded without encryption is encrypted by the migration's data step (idempotent), and
 * no plaintext is left in the file or its WAL; a key rotation round trip; a wrong or missing
 * master key stops the start with one message.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { createKeyFile } from '../../src/crypto/master'
import { demoSecrets, filesContaining, sql } from './helpers'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
let dir: string
let payload: Payload

const baseEnv = () => ({
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, 'folio.db')}`,
  FOLIO_MEDIA_DIR: path.join(dir, 'media'),
  FOLIO_CONSENT_DIR: path.join(dir, 'consent-documents'),
  FOLIO_MASTER_KEY_FILE: path.join(dir, 'master.key'),
  NODE_OPTIONS: '--no-deprecation',
})

/** `payload run <script>` in a child process: a real start, with its own environment. */
const payloadRun = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  run(path.join(root, 'node_modules/.bin/payload'), ['run', script, ...args], { cwd: root, env, timeout: 240_000 })
    .then((r) => ({ code: 0, out: r.stdout + r.stderr }))
    .catch((e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? 1,
      out: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    }))

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-keys-'))
  createKeyFile(path.join(dir, 'master.key'), () => {})
  const seeded = await payloadRun('scripts/seed.ts', [], { ...baseEnv(), FOLIO_ENCRYPTION: 'off' })
  expect(seeded.out).toContain('Demo report ready')
  Object.assign(process.env, baseEnv())
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  payload = await getPayload({ config })
}, 300_000)
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('the migration encrypts a database seeded without encryption, leaving no plaintext on disk', async () => {
  const secrets = demoSecrets()
  await sql(payload, 'PRAGMA wal_checkpoint(TRUNCATE)')
  // The precondition: without encryption the byte search finds them (so this test can fail).
  expect(filesContaining(dir, secrets).length).toBeGreaterThan(0)
  const { encryptExistingData } = await import('../../src/crypto/migrate')
  const { startupScrub } = await import('../../src/crypto/sqlite')
  const { reseal } = await import('../../src/crypto/rotate')
  await encryptExistingData(payload)
  await startupScrub(payload) // what the next start does: the vacuum the migration asked for
  expect(filesContaining(dir, secrets)).toEqual([])
  // Idempotent: a second run finds nothing to do.
  expect(await reseal(payload)).toEqual({ encrypted: 0, reencrypted: 0, undecryptable: [] })
  const { docs } = await payload.find({ collection: 'testimonies', overrideAccess: true, depth: 0, limit: 10 })
  expect(docs.map((d) => d.legalName)).toContain('Fictional Person A (demo record)')
})

test('rotation: a new key, every value re-encrypted, the old key retired; values read the same', async () => {
  const { keyStatus, rotate } = await import('../../src/crypto/rotate')
  const before = await keyStatus(payload)
  expect(before.plaintext).toBe(0)
  const [old] = before.keys
  expect(old.values).toBeGreaterThan(0)
  const lines: string[] = []
  const result = await rotate(payload, (p) => lines.push(`${p.collection} ${p.table} ${p.done}/${p.total}`))
  expect(result.reencrypted).toBe(old.values)
  expect(result.retired).toEqual([old.keyId])
  expect(lines.some((l) => l.startsWith('testimonies versions'))).toBe(true)
  const after = await keyStatus(payload)
  expect(after.keys.find((k) => k.keyId === result.activeKey)?.values).toBe(old.values)
  expect(after.keys.find((k) => k.keyId === old.keyId)).toMatchObject({ state: 'retired', values: 0 })
  const [row] = await sql(payload, 'select wrapped from folio_keys where key_id = ?', [old.keyId])
  expect(row.wrapped).toBeNull()
  const { docs } = await payload.find({ collection: 'testimonies', overrideAccess: true, depth: 0, limit: 10 })
  expect(docs.map((d) => d.contact)).toContain('witness-a@example.org')
  const versions = await payload.findVersions({ collection: 'testimonies', overrideAccess: true, depth: 0, limit: 50 })
  expect(versions.docs.map((v) => v.version.legalName)).toContain('Fictional Person B (demo record)')
  // Localised version content survives the partial rewrite of the version rows.
  expect(versions.docs.every((v) => typeof v.version.title === 'string' || v.version.title === null)).toBe(true)
})

test('a wrong master key stops the start with one clear message', async () => {
  const other = path.join(dir, 'other.key')
  createKeyFile(other, () => {})
  const res = await payloadRun('scripts/keys.ts', ['status'], { ...baseEnv(), FOLIO_MASTER_KEY_FILE: other })
  expect(res.code).not.toBe(0)
  expect(res.out).toMatch(/does not open this database's data key [0-9a-f]{8}/)
}, 200_000)

test('production without a master key refuses to start', async () => {
  const env: NodeJS.ProcessEnv = { ...baseEnv(), NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }
  delete env.FOLIO_MASTER_KEY_FILE
  delete env.FOLIO_MASTER_KEY
  const res = await payloadRun('scripts/keys.ts', ['status'], env)
  expect(res.code).not.toBe(0)
  expect(res.out).toContain('No master key: production refuses to start without one')
}, 200_000)

test('a master key file others can read is refused', async () => {
  const loose = path.join(dir, 'loose.key')
  fs.copyFileSync(path.join(dir, 'master.key'), loose)
  fs.chmodSync(loose, 0o644)
  const { loadMasterKey } = await import('../../src/crypto/master')
  expect(() => loadMasterKey({ NODE_ENV: 'production', FOLIO_MASTER_KEY_FILE: loose })).toThrow(/chmod 600/)
})
