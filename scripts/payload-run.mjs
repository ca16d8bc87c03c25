#!/usr/bin/env node
/**
 * Runs a TypeScript script with `payload run`, passing the remaining arguments to it, and runs it
 * again (five attempts in all) when it exits with 75: loading Payload's module graph occasionally stalls
 * on this platform before the script starts (see src/cli/unfinished.ts), and then nothing was done.
 *
 *   node scripts/payload-run.mjs scripts/seed.ts [-- script arguments]
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [script, ...rest] = process.argv.slice(2)
const args = rest[0] === '--' ? rest.slice(1) : rest
const bin = path.join(root, 'node_modules', '.bin', 'payload')
// Stalls come in runs when the machine is busy (upstream payload#17757): a few attempts, spaced.
const ATTEMPTS = 5
let status = 1
for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  const r = spawnSync(bin, ['run', script, '--', ...args], { stdio: 'inherit', cwd: process.cwd() })
  status = r.status ?? 1
  if (status !== 75) break
  if (attempt < ATTEMPTS) {
    console.error(`(starting ${script} again: attempt ${attempt + 1} of ${ATTEMPTS})`)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500 * attempt)
  }
}
process.exit(status)
