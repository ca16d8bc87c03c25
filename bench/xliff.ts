/**
 * XLIFF export and import of the large synthetic report's fr locale (bench/large-report.ts), on a
 * fresh SQLite database in a temporary folder: the demo is seeded (its users write and approve),
 * then the synthetic report, then, timed: the fr export (XLIFF 1.2 and 2.1), the import of the
 * unchanged export (nothing to write), the import of a pseudo-translation of it (every unit
 * applied in one transaction, every document submitted), and that import again (idempotent).
 * Prints a table; asserts nothing. Aims (issue 15): export < 5 s, import < 10 s.
 *
 *   npx tsx bench/run.ts xliff [-- --chapters 10 --testimonies 60 ...]   (size flags of bench/seed-large.ts)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { LARGE_REPORT_DEFAULTS, type LargeReportParams, seedLargeReport } from './large-report'

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

// FOLIO_BENCH_DB=<file>: keep the seeded database there and reuse it on the next run (seeding takes minutes).
const keep = process.env.FOLIO_BENCH_DB
const dir = keep
  ? path.dirname(path.resolve(keep))
  : fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'folio-bench-xliff-'))
const reuse = Boolean(keep && fs.existsSync(keep))
process.env.DATABASE_URL = `file:${keep ? path.resolve(keep) : path.join(dir, 'bench.db')}`
process.env.FOLIO_MEDIA_DIR = path.join(dir, 'media')
process.env.FOLIO_CONSENT_DIR = path.join(dir, 'consent')

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seed } = await import('../src/seed')
const { exportXliff } = await import('../src/xliff/server/export')
const { importXliff } = await import('../src/xliff/server/import')
const { ROW_STATUSES } = await import('../src/xliff/types')
const payload = await getPayload({ config })

const t0 = Date.now()
if (!reuse) {
  await seed(payload)
  await seedLargeReport(payload, params, (l) => console.log(`  ${l}`))
  console.log(`Seeded the demo and the synthetic report (${Math.round((Date.now() - t0) / 1000)} s)\n`)
}
const large = { slug: `synthetic report ${params.year}` }
const translator = (
  await payload.find({
    collection: 'users',
    where: { email: { equals: 'translator@folio.test' } },
    depth: 0,
    overrideAccess: true,
  })
).docs[0] as unknown as Parameters<typeof importXliff>[1]['user']

const rows: Array<[string, string, string]> = []
const time = async <T>(label: string, f: () => Promise<T>, detail: (r: T) => string): Promise<T> => {
  const start = performance.now()
  const r = await f()
  rows.push([label, `${((performance.now() - start) / 1000).toFixed(2)} s`, detail(r)])
  return r
}
const report = String(params.year)
const mb = (s: string) => `${(Buffer.byteLength(s) / 1024 / 1024).toFixed(2)} MB`
const x12 = await time(
  'export fr, XLIFF 1.2',
  () => exportXliff(payload, { report, locale: 'fr', statuses: ROW_STATUSES }),
  (r) => `${r.documents} documents, ${r.units} units, ${mb(r.xml)}`,
)
await time(
  'export fr, XLIFF 2.1',
  () => exportXliff(payload, { report, locale: 'fr', statuses: ROW_STATUSES, format: '2.1' }),
  (r) => `${mb(r.xml)}`,
)
const counts = (r: Awaited<ReturnType<typeof importXliff>>) =>
  `${r.counts.applied} applied, ${r.counts.unchanged} unchanged, ${r.documents.filter((d) => d.statusAfter === 'ready-for-review' && d.statusBefore !== d.statusAfter).length} submitted`
await time('import the unchanged export', () => importXliff(payload, { file: x12.xml, user: translator }), counts)
const run = Date.now().toString(36)
// Pseudo-translation: every target = a marker + its source (codes kept); the synthetic fr text is "[fr] …".
const pseudo = x12.xml.replace(
  /(<source xml:lang="en">)([\s\S]*?)(<\/source>)\s*<target[^>]*>[\s\S]*?<\/target>/g,
  (_m, o, inner, c) =>
    `${o}${inner}${c}\n        <target xml:lang="fr" state="translated">[pseudo ${run}] ${inner}</target>`,
)
await time(
  'import a pseudo-translation (all units)',
  () => importXliff(payload, { file: pseudo, user: translator }),
  counts,
)
await time('import it again (idempotent)', () => importXliff(payload, { file: pseudo, user: translator }), counts)

console.log(`XLIFF, ${large.slug} (${os.cpus().length} cores, Node ${process.version})`)
const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))]
for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c}`)
await payload.destroy()
if (!keep) fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
