/**
 * Cost of encryption at rest: reading 1,000 testimonies (confidential fields included) as an admin
 * with encryption and without (FOLIO_ENCRYPTION=off), each in its own process on its own fresh
 * SQLite file (bench/crypto-read.ts). Prints a table, writes artifacts/bench-crypto.json; asserts
 * nothing (the issue's aim: under 20% slower).
 *
 *   npx tsx bench/run.ts crypto [-- --testimonies 1000 --runs 7]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const rows: Record<string, number | boolean>[] = []
for (const mode of ['off', 'on']) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-crypto-'))
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'folio.db')}`,
    FOLIO_MEDIA_DIR: path.join(dir, 'media'),
    FOLIO_CONSENT_DIR: path.join(dir, 'consent-documents'),
    FOLIO_MASTER_KEY: mode === 'on' ? crypto.getRandomValues(Buffer.alloc(32)).toString('hex') : '',
    FOLIO_ENCRYPTION: mode === 'off' ? 'off' : '',
    PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
    DISABLE_PAYLOAD_HMR: 'true',
    NODE_OPTIONS: '--no-deprecation',
  }
  const r = spawnSync(
    process.execPath,
    ['node_modules/payload/bin.js', 'run', 'bench/crypto-read.ts', '--', ...process.argv.slice(2)],
    { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  fs.rmSync(dir, { recursive: true, force: true })
  const line = r.stdout.split('\n').find((l) => l.startsWith('{"encryption"'))
  if (r.status !== 0 || !line) {
    console.log(`encryption ${mode}: failed (exit ${r.status}): ${(r.stdout + r.stderr).slice(-600)}`)
    process.exitCode = 1
    continue
  }
  rows.push(JSON.parse(line))
}
const pad = (s: unknown, n: number) => String(s).padStart(n)
console.log(
  `${'encryption'.padEnd(11)}${pad('docs', 6)}${pad('read median', 13)}${pad('read min', 10)}${pad('write all', 11)}`,
)
for (const r of rows)
  console.log(
    `${(r.encryption ? 'on' : 'off').padEnd(11)}${pad(r.testimonies, 6)}${pad(`${r.readMedianMs} ms`, 13)}${pad(`${r.readMinMs} ms`, 10)}${pad(`${r.writeMs} ms`, 11)}`,
  )
const [off, on] = [rows.find((r) => !r.encryption), rows.find((r) => r.encryption)]
if (off && on) {
  const slower = ((Number(on.readMedianMs) / Number(off.readMedianMs) - 1) * 100).toFixed(1)
  console.log(`Reading as admin with encryption: ${slower}% slower (median; aim < 20%).`)
}
fs.mkdirSync('artifacts', { recursive: true })
fs.writeFileSync(
  'artifacts/bench-crypto.json',
  `${JSON.stringify({ node: process.version, cores: os.cpus().length, rows }, null, 2)}\n`,
)
