/**
 * The translation dashboard on the large synthetic report (bench/large-report.ts), on a fresh
 * SQLite database in a temporary folder: the demo is seeded, then the synthetic report; timed: the
 * dashboard's data for every locale and for fr (reads per collection, every locale at once, with
 * `select`), the stale diffs of every stale item of fr, and a translator's "my work". Prints a
 * table; asserts nothing.
 *
 *   npx tsx bench/run.ts dashboard [-- --chapters 10 --testimonies 60 ...]   (size flags of bench/seed-large.ts)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { LARGE_REPORT_DEFAULTS, type LargeReportParams, largeReportDocuments, seedLargeReport } from './large-report'

process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
process.env.PAYLOAD_SECRET ||= 'folio-bench-secret-0123456789abcdef'

const KEYS = Object.keys(LARGE_REPORT_DEFAULTS) as (keyof LargeReportParams)[]
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: Object.fromEntries(KEYS.map((k) => [k, { type: 'string' as const }])),
  strict: true,
})
const params = { ...LARGE_REPORT_DEFAULTS }
for (const k of KEYS) if (values[k] !== undefined) params[k] = Number(values[k])

const dir = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'folio-bench-dashboard-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.FOLIO_MEDIA_DIR = path.join(dir, 'media')
process.env.FOLIO_CONSENT_DIR = path.join(dir, 'consent')

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seed } = await import('../src/seed')
const { translationDashboard } = await import('../src/workflow/dashboard')
const { staleDiffs } = await import('../src/workflow/staleDiff')
const { myWork } = await import('../src/workflow/mywork')
const payload = await getPayload({ config })

const t0 = Date.now()
await seed(payload)
const large = await seedLargeReport(payload, params, (l) => console.log(`  ${l}`))
console.log(`Seeded the demo and the synthetic report (${Math.round((Date.now() - t0) / 1000)} s)\n`)
// Make a tenth of the chapters stale in every locale: their English lead changes.
for (const id of large.chapterIds.filter((_, i) => i % 10 === 0))
  await payload.update({
    collection: 'chapters',
    id,
    locale: 'en',
    draft: true,
    overrideAccess: true,
    data: { lead: 'A changed synthetic lead (benchmark).' } as never,
  })

const rows: Array<[string, string, string]> = []
const time = async <T>(label: string, f: () => Promise<T>, detail: (r: T) => string): Promise<T> => {
  const start = performance.now()
  const r = await f()
  rows.push([label, `${((performance.now() - start) / 1000).toFixed(2)} s`, detail(r)])
  return r
}
const words = (r: Awaited<ReturnType<typeof translationDashboard>>) =>
  r[0] ? `${r[0].locales[0].total} documents, ${r[0].locales[0].words.words} words per locale` : 'no report'
await time('dashboard, 4 locales', () => translationDashboard(payload, { report: large.reportId }), words)
const [fr] = await time(
  'dashboard, fr',
  () => translationDashboard(payload, { report: large.reportId, locales: ['fr'] }),
  words,
)
const stale = fr.locales[0].left.filter((i) => i.stale).map((i) => i.stale!)
await time(
  'stale diffs, fr',
  () => staleDiffs(payload, stale),
  (m) => `${m.size} documents`,
)
const translator = (
  await payload.find({
    collection: 'users',
    where: { email: { equals: 'translator@folio.test' } },
    overrideAccess: true,
  })
).docs[0]
await time(
  'my work (translator, fr + ar, every report)',
  () => myWork(payload, translator as never),
  (w) => `${w.translations.length} locales`,
)

console.log(
  `Large report: ${largeReportDocuments(params)} documents; ${os.cpus().length} cores, Node ${process.version}`,
)
console.log('| step | time | what |\n|---|---|---|')
for (const r of rows) console.log(`| ${r.join(' | ')} |`)
fs.mkdirSync('artifacts/bench', { recursive: true })
fs.writeFileSync('artifacts/bench/dashboard.json', JSON.stringify({ params, rows }, null, 2))
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
