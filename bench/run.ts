/**
 * npm run bench: every benchmark, each scenario in its own process so that peak memory is its own.
 * Prints, does not assert.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' })
  if (r.status !== 0) process.exitCode = 1
}

console.log(`Publish benchmark (JSON bundle) on ${(await import('node:os')).cpus().length} cores, Node ${process.version}`)
run(['bench/publish.ts', 'small'])
run(['bench/publish.ts', 'large'])
if (fs.existsSync('bench/pdf.ts')) {
  console.log('\nPDF edition benchmark')
  run(['bench/pdf.ts'])
}
