/**
 * Command-line starts: runs `payload run tests/fixtures/read-one.ts` (boot the config, read one
 * document) N times in a row on one SQLite file and counts the starts that finished, with their
 * wall time. Prints, does not assert.
 *
 *   npx tsx bench/run.ts starts [-- --starts 20]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseArgv } from '../src/cli/args'

const { values } = parseArgv(process.argv.slice(2), { starts: { type: 'string', default: '20' } }, { strict: false })
const n = Number(values.starts)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-starts-'))
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, 'folio.db')}`,
  PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
  NODE_OPTIONS: '--no-deprecation',
}
const times: number[] = []
const failures: string[] = []
for (let i = 1; i <= n; i++) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, ['node_modules/payload/bin.js', 'run', 'tests/fixtures/read-one.ts'], {
    env,
    encoding: 'utf8',
  })
  const ms = performance.now() - t0
  if (r.status === 0 && /^read organisations \S+/m.test(r.stdout)) times.push(ms)
  else failures.push(`start ${i}: exit ${r.status ?? r.signal}, ${JSON.stringify((r.stdout + r.stderr).slice(-300))}`)
}
fs.rmSync(dir, { recursive: true, force: true })
times.sort((a, b) => a - b)
const median = times.length ? times[Math.floor(times.length / 2)] : NaN
console.log(
  `Node ${process.version}: ${times.length} of ${n} starts finished (boot + read one document); median ${(median / 1000).toFixed(2)} s, slowest ${((times.at(-1) ?? NaN) / 1000).toFixed(2)} s`,
)
for (const f of failures) console.log(`  ${f}`)
