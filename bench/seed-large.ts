/**
 * Writes the large synthetic report (bench/large-report.ts) into the CMS database and approves it
 * in every locale through the workflow, so that `npm run publish -- --report 2099` can publish it.
 * Needs the demo users (`npm run seed` first). Refuses when a report for that year exists.
 *
 *   npx payload run bench/seed-large.ts -- [--chapters 10] [--testimonies 60]
 *     [--defenders 60] [--statistics 120] [--organisations 8] [--paragraphs 8] [--year 2099]
 *
 * Prints the seeding rate as it goes and, at the end, "Synthetic report ready (report id N, ...)".
 */
import { parseCli } from '../src/cli/args'
import { bootForCli } from '../src/cli/payload'
import { LARGE_REPORT_DEFAULTS, largeReportDocuments, seedLargeReport, type LargeReportParams } from './large-report'

process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const KEYS = Object.keys(LARGE_REPORT_DEFAULTS) as (keyof LargeReportParams)[]
const USAGE = `Usage: npx payload run bench/seed-large.ts -- [${KEYS.map((k) => `--${k} N`).join('] [')}]
Writes the large synthetic report into the CMS database (npm run seed first) and approves it in every locale.`
const { values } = parseCli(
  process.argv.slice(2).filter((a) => a !== '--'),
  { ...Object.fromEntries(KEYS.map((k) => [k, { type: 'string' as const }])), help: { type: 'boolean', short: 'h' } },
  USAGE,
)
const params = { ...LARGE_REPORT_DEFAULTS }
let bad = false
for (const key of KEYS) {
  const raw = values[key]
  if (raw === undefined) continue
  const n = Number(raw)
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < 0) {
    console.error(`--${key} must be a whole number ≥ 0 (got ${JSON.stringify(raw)}).`)
    bad = true
  } else params[key] = n
}
if (bad) {
  process.exit(2)
}

console.log(
  `Seeding the synthetic report ${params.year}: ${params.chapters} chapters, ${params.testimonies} testimonies, ${params.defenders} defenders, ` +
    `${params.statistics} statistics, ${params.organisations} organisations (${largeReportDocuments(params)} documents, 5 locales each)`,
)
const payload = await bootForCli()
try {
  const result = await seedLargeReport(payload, params, (line) => console.log(`  ${line}`))
  const docs = largeReportDocuments(params)
  console.log(
    `Synthetic report ready (report id ${result.reportId}, slug ${result.slug}, ${docs} documents): written in ${result.writeSeconds.toFixed(1)} s, ` +
      `approved in every locale in ${result.approveSeconds.toFixed(1)} s (${(docs / (result.writeSeconds + result.approveSeconds)).toFixed(2)} documents/s overall).`,
  )
} catch (error) {
  console.error(
    `Seeding the synthetic report failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  )
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
