/**
 * npm run bench: every benchmark, each scenario in its own process so that peak memory is its own.
 * Prints, does not assert.
 *
 *   npm run bench                 publish (JSON bundle) and PDF benchmarks
 *   npx tsx bench/run.ts publish  only the publish benchmark
 *   npx tsx bench/run.ts pdf      only the PDF benchmarks (Typst, then Typst vs Chromium + Paged.js)
 *   npx tsx bench/run.ts pdf -- --runs 2   arguments after -- go to the PDF benchmark scripts
 *   npx tsx bench/run.ts api      only the API load benchmark (built, seeded server; autocannon)
 *   npx tsx bench/run.ts api -- --duration 5 --connections 20
 *   npx tsx bench/run.ts api -- --chapters 20 --testimonies 100   size of the large synthetic report
 *   npx tsx bench/run.ts api -- --skip-large                      only the demo report's scenarios
 *   npx tsx bench/run.ts starts -- --starts 20   command-line starts (boot + read one document) that finish
 *   npx tsx bench/run.ts web      only the web edition (size, fonts, Lighthouse)
 *   npx tsx bench/run.ts web -- --release releases/annual-report-2020/1.0.0   a published release instead of the fixture
 *   npx tsx bench/run.ts dashboard  the translation dashboard's data on the large synthetic report (-- size flags)
 *   npx tsx bench/run.ts xliff    XLIFF export/import of the large synthetic report's fr locale (-- size flags)
 *   npx tsx bench/run.ts crypto   reading 1,000 testimonies as admin with and without encryption at rest
 *   npm run bench -- --json FILE  the scale figures of issue 14 (bench/figures.ts): import of the large
 *                                 report, approvals, dashboard, REST idle and during publishes, JSON
 *                                 bundle, five 200-page PDFs, vs Chromium, peak RSS; a table with the goals
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' })
  if (r.status !== 0) process.exitCode = 1
}

const jsonAt = process.argv.indexOf('--json')
if (jsonAt > 0) {
  run(['bench/figures.ts', ...process.argv.slice(jsonAt).filter((a) => a !== '--')])
  process.exit()
}

const dash = process.argv.indexOf('--')
const parts = (dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash)).filter((a) => !a.startsWith('-'))
const extra = dash < 0 ? [] : process.argv.slice(dash + 1)
const want = (part: string) => parts.length === 0 || parts.includes(part)

if (want('publish')) {
  console.log(
    `Publish benchmark (JSON bundle) on ${(await import('node:os')).cpus().length} cores, Node ${process.version}`,
  )
  run(['bench/publish.ts', 'small'])
  run(['bench/publish.ts', 'large'])
}
if (want('pdf') && fs.existsSync('bench/pdf.ts')) {
  console.log('\nPDF edition benchmark')
  run(['bench/pdf.ts', ...extra])
}
if (want('pdf') && fs.existsSync('bench/pdf-chromium.ts')) {
  console.log('\nPDF edition: Typst vs the Chromium + Paged.js baseline (same content)')
  run(['bench/pdf-chromium.ts', ...extra])
}
if (want('web')) {
  console.log('\nWeb edition benchmark (bytes without images, fonts per locale, Lighthouse)')
  run(['bench/web.ts', ...extra])
}
if (want('starts')) {
  console.log('\nCommand-line starts (payload run: boot the config, read one document)')
  run(['bench/starts.ts', ...extra])
}
if (want('api')) {
  console.log('\nAPI load benchmark (next start, seeded, then the large synthetic report; alone and during a publish)')
  run(['bench/api.ts', ...extra])
}
if (want('xliff')) {
  console.log('\nXLIFF export and import (fr) of the large synthetic report (fresh SQLite database)')
  run(['bench/xliff.ts', ...extra])
}
if (want('dashboard')) {
  console.log('\nTranslation dashboard on the large synthetic report (fresh SQLite database)')
  run(['bench/dashboard.ts', ...extra])
}
if (want('crypto')) {
  console.log('\nEncryption at rest: reading 1,000 testimonies as an admin, with and without (fresh SQLite each)')
  run(['bench/crypto.ts', ...extra])
}
