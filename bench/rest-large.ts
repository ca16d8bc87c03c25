/**
 * REST on the large report, on the built server (`next start`, production, migrated database;
 * tests/helpers/server.ts builds first when there is no build): the demo is seeded, the large
 * synthetic report (bench/generate.ts LARGE) is published as a bundle and loaded with
 * `npm run import` into the server's database, and the publish worker (`npm run worker`) runs
 * beside the server (FOLIO_PUBLISH_WORKER=external). Then autocannon, --connections (10) for
 * --duration (15) seconds, as the demo editor, on
 *
 *   GET /api/chapters?depth=1&limit=10&where[report][equals]=<large report>
 *
 * alone, then while publishes run: the demo report published from the admin's endpoint (PDF and
 * web editions, every locale), one after another through the queue and the worker, for the whole
 * measurement. Prints; with --json FILE writes {"figures":[...]}. Does not assert.
 *
 *   npx tsx bench/rest-large.ts [--duration 15] [--connections 10] [--json out.json] [--testimonies N ...]
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import autocannon, { type Result } from 'autocannon'

import { parseArgv } from '../src/cli/args'
import { release } from '../src/publish/release/release'
import { DEMO_USERS } from '../src/seed/users'
import { login, PAYLOAD_BIN, startServer } from '../tests/helpers/server'
import { generate, LARGE } from './generate'

const { values } = parseArgv(
  process.argv.slice(2),
  {
    duration: { type: 'string' },
    connections: { type: 'string' },
    json: { type: 'string' },
    chapters: { type: 'string' },
    testimonies: { type: 'string' },
    defenders: { type: 'string' },
    statistics: { type: 'string' },
    organisations: { type: 'string' },
  },
  { strict: false },
)
const duration = Number(values.duration ?? 15)
const connections = Number(values.connections ?? 10)
const size = (k: 'chapters' | 'testimonies' | 'defenders' | 'statistics' | 'organisations', d: number) =>
  values[k] === undefined ? d : Number(values[k])
const params = {
  ...LARGE,
  chapters: size('chapters', LARGE.chapters),
  testimonies: size('testimonies', LARGE.testimonies),
  defenders: size('defenders', LARGE.defenders),
  statistics: size('statistics', LARGE.statistics),
  organisations: size('organisations', LARGE.organisations ?? 200),
}

/**
 * The translation dashboard as a browser gets it: the whole HTML page of the large report, as the
 * demo editor; the first visit (the index is built), then five, each after the demo translator
 * saved a French label of one of the report's statistics.
 */
async function dashboardPage(base: string, report: number, token: string) {
  const translator = DEMO_USERS.find((u) => u.roles.includes('translator'))!
  const tToken = await login(base, translator.email, translator.password)
  const visit = async () => {
    const t0 = performance.now()
    const res = await fetch(`${base}/admin/translations?report=${report}&locale=all`, {
      // As a browser navigating within the admin sends it (Payload's CSRF check reads Sec-Fetch-Site).
      headers: { cookie: `payload-token=${token.replace(/^JWT /, '')}`, 'sec-fetch-site': 'same-origin' },
    })
    const html = await res.text()
    if (!res.ok || !html.includes('items-count'))
      throw new Error(
        `the dashboard page failed (${res.status}): ${['Sign in', 'Left to do', 'login', 'items-count', 'Translations'].map((w) => `${w}:${html.includes(w)}`).join(' ')}`,
      )
    return Math.round(performance.now() - t0)
  }
  const first = await visit()
  const stats = (await (
    await fetch(`${base}/api/statistics?depth=0&limit=5&sort=-id`, {
      headers: { authorization: tToken },
    })
  ).json()) as { docs: { id: number }[] }
  const times: number[] = []
  for (const [i, s] of stats.docs.entries()) {
    const saved = await fetch(`${base}/api/statistics/${s.id}?locale=fr&depth=0`, {
      method: 'PATCH',
      headers: { authorization: tToken, 'content-type': 'application/json' },
      body: JSON.stringify({ label: `Statistique revue ${i}` }),
    })
    if (!saved.ok) throw new Error(`the translator's save failed (${saved.status}): ${await saved.text()}`)
    times.push(await visit())
  }
  times.sort((a, b) => a - b)
  return { first, p50: times[Math.floor(times.length / 2)] ?? first }
}

const server = await startServer({
  seed: true,
  env: { FOLIO_PUBLISH_WORKER: 'external' } as unknown as NodeJS.ProcessEnv,
})
// The supervisor (npm run worker), which restarts a worker that stopped, as in production.
const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
  env: server.env,
  stdio: ['ignore', 'pipe', 'pipe'],
})
let workerLog = ''
worker.stdout.on('data', (d) => (workerLog += d))
worker.stderr.on('data', (d) => (workerLog += d))
try {
  const bundle = await release(generate(params), { out: path.join(server.dir, 'bundles') })
  const t0 = performance.now()
  // Not payloadCli: its two-minute limit is too short for the large report on a busy machine.
  const out = execFileSync(process.execPath, [PAYLOAD_BIN, 'run', 'scripts/import.ts', '--', bundle.dir!], {
    env: { ...server.env, FOLIO_DB_PUSH: 'false' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  console.log(
    `${out.trim().split('\n').at(-1)} (npm run import, ${((performance.now() - t0) / 1000).toFixed(1)} s with the boot)`,
  )

  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const reviewer = DEMO_USERS.find((u) => u.roles.includes('reviewer'))!
  const token = await login(server.url, editor.email, editor.password)
  const reviewerToken = await login(server.url, reviewer.email, reviewer.password)
  const reports = (await (
    await fetch(`${server.url}/api/reports?depth=0&limit=10&draft=true`, { headers: { authorization: token } })
  ).json()) as { docs: { id: number; year: number }[] }
  const large = reports.docs.find((r) => r.year === 2030)!
  const demo = reports.docs.find((r) => r.year === 2020)!
  const page = await dashboardPage(server.url, large.id, token)
  console.log(
    `translation dashboard page (GET /admin/translations, HTML): first ${page.first} ms, then p50 ${page.p50} ms over 5 visits each after a translator's save`,
  )
  const url = `${server.url}/api/chapters?depth=1&limit=10&where[report][equals]=${large.id}`
  const hit = (): Promise<Result> =>
    autocannon({ url, headers: { authorization: token }, connections, duration, timeout: 30 })
  const line = (name: string, r: Result, note = '') =>
    `${name.padEnd(16)} ${Math.round(r.requests.average)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ` +
    `errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}  ${(r.throughput.total / Math.max(1, r.requests.total) / 1024).toFixed(1)} kB/response${note}`

  await hit() // warm-up: the first requests compile routes and fill caches
  const idle = await hit()
  console.log(line('idle', idle))

  // Publishes of the demo report through the admin's endpoint, one after another, during the run.
  let publishing = true
  let published = 0
  const publishes = (async () => {
    while (publishing) {
      const res = await fetch(`${server.url}/api/publications/publish`, {
        method: 'POST',
        headers: { authorization: reviewerToken, 'content-type': 'application/json' },
        // An explicit new version each time: 'auto' would find nothing changed and skip the editions.
        body: JSON.stringify({ report: demo.id, version: `1.${published}.0` }),
      })
      const body = (await res.json()) as { publication?: number; errors?: unknown }
      if (!body.publication) throw new Error(`publish refused (${res.status}): ${JSON.stringify(body)}`)
      for (;;) {
        await new Promise((r) => setTimeout(r, 250))
        const s = (await (
          await fetch(`${server.url}/api/publications/status/${body.publication}`, {
            headers: { authorization: reviewerToken },
          })
        ).json()) as { publication?: { outcome?: string } }
        const outcome = s.publication?.outcome
        if (outcome && outcome !== 'queued' && outcome !== 'running') break
      }
      published++
    }
  })()
  await new Promise((r) => setTimeout(r, 1000)) // the first publish is under way
  const during = await hit()
  publishing = false
  await publishes
  console.log(
    line('during publish', during, `  (${published} publishes of the demo report, PDF and web, ran meanwhile)`),
  )

  if (values.json)
    fs.writeFileSync(
      String(values.json),
      `${JSON.stringify(
        {
          figures: [
            { name: 'rest.chapters.depth1.p99_ms', value: idle.latency.p99, unit: 'ms' },
            { name: 'rest.chapters.depth1.during_publish.p99_ms', value: during.latency.p99, unit: 'ms' },
            { name: 'dashboard.page.large.http_ms', value: page.p50, unit: 'ms' },
            { name: 'dashboard.page.large.http_first_ms', value: page.first, unit: 'ms' },
          ],
        },
        null,
        2,
      )}\n`,
    )
} catch (error) {
  console.error(
    `${(error as Error).stack}\n--- server log ---\n${server.logs().slice(-3000)}\n--- worker log ---\n${workerLog.slice(-3000)}`,
  )
  process.exitCode = 1
} finally {
  worker.kill('SIGTERM')
  await server.stop()
  if (process.env.FOLIO_BENCH_VERBOSE) console.log(workerLog)
}
process.exit()
