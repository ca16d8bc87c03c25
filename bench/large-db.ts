/**
 * What the large report costs inside the CMS, on a copy of a database holding it (bench/import.ts
 * --keep FILE), or on the seeded demo (--demo): the p50 of 20 approvals (a new statistic written in
 * five locales, submitted by an editor, approved by a reviewer, timed), the translation dashboard
 * of the report (what /admin/translations renders: the first visit, which builds its index, and
 * the p50 of 5 visits each after a translator's save), and
 * the JSON bundle of the report (publish() without the editions: collect, build, validate, write).
 * Prints; with --json FILE writes {"figures":[...]}. Does not assert.
 *
 *   npx tsx bench/large-db.ts --db large.db [--report 2030] [--json out.json]
 *   npx tsx bench/large-db.ts --demo [--json out.json]
 */
import fs from 'node:fs'
import path from 'node:path'

import { parseArgv } from '../src/cli/args'
import { scratchDatabase } from './scratch-db'

const { values } = parseArgv(process.argv.slice(2), {
  db: { type: 'string' },
  demo: { type: 'boolean' },
  report: { type: 'string' },
  json: { type: 'string' },
})
if (!values.db && !values.demo) throw new Error('Give --db FILE (a database holding the large report) or --demo.')
const name = values.demo ? 'demo' : 'large'
const { dir } = scratchDatabase('db', values.db ? String(values.db) : undefined)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { transition } = await import('../src/workflow/transition')
const { translationDashboard } = await import('../src/workflow/dashboard')
const { publish } = await import('../src/publish')
const payload = await getPayload({ config })
if (values.demo) await (await import('../src/seed')).seed(payload)
const report = String(values.report ?? (values.demo ? '2020' : '2030'))
const reportDoc = (
  await payload.find({ collection: 'reports', where: { year: { equals: Number(report) } }, depth: 0, draft: true })
).docs[0]
if (!reportDoc) throw new Error(`No report ${report} in the database.`)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const mk = (roles: string[], email: string) =>
  payload.create({
    collection: 'users',
    data: { name: email, email, password: 'correct horse battery', roles } as never,
    overrideAccess: true,
  })
const editor = { ...(await mk(['editor'], 'bench-editor@bench.test')), collection: 'users' as const }
const reviewer = { ...(await mk(['reviewer'], 'bench-reviewer@bench.test')), collection: 'users' as const }
const orgs = await payload.find({ collection: 'organisations', limit: 1, depth: 0 })

const approvals: number[] = []
for (let i = 0; i < 20; i++) {
  const as = { user: editor, overrideAccess: false, depth: 0 } as const
  const data = {
    label: `Bench statistic ${i}`,
    value: i,
    qualifier: 'exact',
    asOf: '2020-12-31',
    source: { organisation: orgs.docs[0]?.id },
  }
  const doc = await payload.create({ collection: 'statistics', data: data as never, ...as })
  for (const locale of ['fr', 'es', 'ru', 'ar'] as const)
    await payload.update({ collection: 'statistics', id: doc.id, locale, data: { label: `[${locale}] ${i}` }, ...as })
  await transition(payload, { collection: 'statistics', id: doc.id, action: 'submit', user: editor })
  const t0 = performance.now()
  await transition(payload, { collection: 'statistics', id: doc.id, action: 'approve', user: reviewer })
  approvals.push(performance.now() - t0)
}
const approveP50 = median(approvals)

// The dashboard as the page gets it: the first visit after the start builds the index of the
// report; each later visit follows a translator's save (the index reads what changed since).
const visit = async () => {
  const t0 = performance.now()
  await translationDashboard(payload, { report: reportDoc.id })
  return performance.now() - t0
}
const dashboardFirst = await visit()
const saved = await payload.find({ collection: 'statistics', where: { label: { like: 'Bench statistic' } }, limit: 5 })
const dashboard: number[] = []
for (const [i, doc] of saved.docs.entries()) {
  await payload.update({
    collection: 'statistics',
    id: doc.id,
    locale: 'fr',
    data: { label: `[fr] revu ${i}` },
    user: editor,
    overrideAccess: false,
  })
  dashboard.push(await visit())
}
const dashboardP50 = median(dashboard)

const t0 = performance.now()
const published = await publish(payload, {
  report,
  out: path.join(dir, 'releases'),
  allowIncomplete: true,
  record: false,
})
const bundleSeconds = (performance.now() - t0) / 1000

// The editor's home page's readiness check: a dry-run publish the first time, kept until content changes.
const { keptReadiness } = await import('../src/publish/admin/readiness')
const timed = async () => {
  const t = performance.now()
  const r = await keptReadiness(payload, reportDoc.id, ['en', 'fr', 'es', 'ru', 'ar'])
  return { ms: performance.now() - t, reused: r.reused }
}
const readinessFirst = await timed()
const readinessKept = await timed()
const docs = (await payload.count({ collection: 'statistics' })).totalDocs
console.log(
  `${name} (${docs} statistics in the database): approve p50 ${approveP50.toFixed(1)} ms (p90 ${[...approvals].sort((a, b) => a - b)[18].toFixed(1)}); ` +
    `dashboard p50 ${dashboardP50.toFixed(0)} ms (first visit ${dashboardFirst.toFixed(0)} ms); readiness ${readinessFirst.ms.toFixed(0)} ms, then ${readinessKept.ms.toFixed(0)} ms (reused: ${readinessKept.reused}); JSON bundle ${bundleSeconds.toFixed(1)} s (${published.status}; ${JSON.stringify(published.timingsMs)}); ` +
    `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
)
if (values.json) {
  const figures = [{ name: `transition.approve.${name}.p50_ms`, value: Number(approveP50.toFixed(1)), unit: 'ms' }]
  if (name === 'large')
    figures.push(
      { name: 'dashboard.page.large.ms', value: Math.round(dashboardP50), unit: 'ms' },
      { name: 'dashboard.page.large.first_ms', value: Math.round(dashboardFirst), unit: 'ms' },
      { name: 'readiness.large.first_ms', value: Math.round(readinessFirst.ms), unit: 'ms' },
      { name: 'readiness.large.kept_ms', value: Math.round(readinessKept.ms), unit: 'ms' },
      { name: 'bundle.large.s', value: Number(bundleSeconds.toFixed(2)), unit: 's' },
    )
  fs.writeFileSync(String(values.json), `${JSON.stringify({ figures }, null, 2)}\n`)
}
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
