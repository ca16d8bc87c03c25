/**
 * Import benchmark: publishes the large synthetic report (bench/generate.ts LARGE: 100 chapters,
 * 1,000 testimonies, 2,000 defenders, 5,000 statistics, 200 organisations, 5 locales) as a bundle
 * folder, then times `npm run import`'s importBundle into a fresh SQLite database (schema pushed,
 * one admin). Prints; with --json FILE writes {"figures":[...]} (seed.large.s). With --keep FILE
 * the imported database is kept there (checkpointed), for the benchmarks that need the large
 * report in a CMS (bench/run.ts scale). Does not assert.
 *
 *   npx tsx bench/import.ts [--chapters N --testimonies N --defenders N --statistics N --organisations N]
 *     [--batch 250] [--json out.json] [--keep large.db]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseArgv } from '../src/cli/args'
import { LARGE, type SyntheticParams } from './generate'

const { values } = parseArgv(process.argv.slice(2), {
  chapters: { type: 'string' },
  testimonies: { type: 'string' },
  defenders: { type: 'string' },
  statistics: { type: 'string' },
  organisations: { type: 'string' },
  batch: { type: 'string' },
  json: { type: 'string' },
  keep: { type: 'string' },
})
const num = (k: keyof typeof values, d: number) => (values[k] === undefined ? d : Number(values[k]))
const params: SyntheticParams = {
  ...LARGE,
  chapters: num('chapters', LARGE.chapters),
  testimonies: num('testimonies', LARGE.testimonies),
  defenders: num('defenders', LARGE.defenders),
  statistics: num('statistics', LARGE.statistics),
  organisations: num('organisations', LARGE.organisations ?? 200),
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-import-'))
const dbFile = path.join(dir, 'import.db')
process.env.DATABASE_URL = `file:${dbFile}`
process.env.FOLIO_MEDIA_DIR = path.join(dir, 'media')
process.env.FOLIO_CONSENT_DIR = path.join(dir, 'consent')
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
process.env.DISABLE_PAYLOAD_HMR = 'true'

const { generate, documentCount } = await import('./generate')
const { release } = await import('../src/publish/release/release')
let t = performance.now()
const published = await release(generate(params), { out: path.join(dir, 'releases') })
if (!published.dir) throw new Error(`the synthetic report did not publish: ${published.summary}`)
const bundleSeconds = (performance.now() - t) / 1000

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { openBundle } = await import('../src/import/source')
const { importBundle } = await import('../src/import/write')
const payload = await getPayload({ config })
const admin = await payload.create({
  collection: 'users',
  data: { name: 'Bench importer', email: 'importer@bench.test', password: 'correct horse battery', roles: ['admin'] },
  overrideAccess: true,
})
t = performance.now()
const bundle = openBundle(published.dir)
const result = await importBundle(payload, bundle, {
  user: admin as never,
  batchSize: values.batch ? Number(values.batch) : undefined,
  log: (line) => process.stderr.write(`  ${line}\n`),
})
const seconds = (performance.now() - t) / 1000
bundle.close()
const docs = documentCount(params)
console.log(
  `import of the large report: ${docs} documents × ${params.locales.length} locales in ${seconds.toFixed(1)} s ` +
    `(${Math.round(docs / seconds)} documents/s; verify + parse included; the bundle took ${bundleSeconds.toFixed(1)} s to publish); ` +
    `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; report id ${result.reportId}`,
)
if (values.json)
  fs.writeFileSync(
    String(values.json),
    `${JSON.stringify({ figures: [{ name: 'seed.large.s', value: Number(seconds.toFixed(1)), unit: 's' }] }, null, 2)}\n`,
  )
if (values.keep) {
  const db = payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
  await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => {})
  await payload.destroy()
  fs.copyFileSync(dbFile, String(values.keep))
} else await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
