/**
 * API load benchmark: autocannon against the real built server (`next start`, production mode, a
 * migrated and seeded database in a temporary folder; tests/helpers/server.ts, which runs
 * `next build` first when there is no build). Four requests on the demo content, each for
 * --duration seconds with --connections connections:
 *
 *   anonymous   GET /api/chapters without a token (must be refused, 401/403, and quickly)
 *   rest        GET /api/chapters?depth=1&limit=10 as the demo editor
 *   graphql     POST /api/graphql { Chapters { docs { id title slug lead } } } as the editor
 *   admin       GET /admin/login (the admin's login page)
 *
 * then the same four again while `npm run publish -- --report 2020` (PDF edition included, every
 * locale) runs against the same database, a new publish into a fresh folder for each request.
 *
 * Then, unless --skip-large, the large synthetic report (bench/large-report.ts, year 2099, written
 * and approved through the workflow by bench/seed-large.ts in a child process with the server's
 * environment) is added to the same database, and four requests on it are measured, as the editor:
 *
 *   list        GET /api/chapters?where[report][equals]=<id>&limit=100&depth=0
 *   depth 2 fr  GET /api/chapters/<id>?depth=2&locale=fr (one chapter, relations resolved twice)
 *   depth 2 all GET /api/chapters/<id>?depth=2&locale=all (every locale at once)
 *   dashboard   GET /admin/translations?report=<id>&locale=all (the translation dashboard's query,
 *               rendered by the admin page; payload-token cookie)
 *
 * alone, then while `npm run publish -- --report 2099` publishes the large report (PDF included).
 * Prints req/s, p50/p99 latency, errors, non-2xx, the status codes and the average response size,
 * and each publish's duration; asserts nothing.
 *
 *   npx tsx bench/api.ts [--duration 10] [--connections 10] [--skip-large]
 *     [--chapters 10] [--testimonies 60] [--defenders 60] [--statistics 120] [--organisations 8]
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import autocannon, { type Result } from 'autocannon'

import { parseArgv } from '../src/cli/args'
import { DEMO_USERS } from '../src/seed/users'
import { LARGE_REPORT_DEFAULTS, LARGE_REPORT_TITLE, largeReportDocuments, type LargeReportParams } from './large-report'
import { login, PAYLOAD_BIN, startServer, type RunningServer } from '../tests/helpers/server'

// Not strict: `npm run bench -- ...` hands the same arguments to the other benchmarks too.
const SIZE_FLAGS = ['chapters', 'testimonies', 'defenders', 'statistics', 'organisations', 'paragraphs'] as const
const { values } = parseArgv(
  process.argv.slice(2),
  {
    duration: { type: 'string' },
    connections: { type: 'string' },
    'skip-large': { type: 'boolean' },
    ...Object.fromEntries(SIZE_FLAGS.map((k) => [k, { type: 'string' as const }])),
  },
  { strict: false },
)
const duration = Number(values.duration ?? 10)
const connections = Number(values.connections ?? 10)
const skipLarge = Boolean(values['skip-large'])
const large: LargeReportParams = { ...LARGE_REPORT_DEFAULTS }
for (const key of SIZE_FLAGS) {
  const raw = values[key]
  if (raw === undefined) continue
  const n = Number(raw)
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < 0)
    throw new Error(`--${key} must be a whole number ≥ 0 (got ${JSON.stringify(raw)}).`)
  large[key] = n
}

interface Scenario {
  name: string
  path: string
  method?: 'GET' | 'POST'
  auth?: boolean
  /** Sends the token as the admin's payload-token cookie (admin pages) instead of a header. */
  cookie?: boolean
  body?: string
}
const SCENARIOS: Scenario[] = [
  { name: 'anonymous GET /api/chapters', path: '/api/chapters' },
  { name: 'REST GET /api/chapters?depth=1', path: '/api/chapters?depth=1&limit=10', auth: true },
  {
    name: 'GraphQL Chapters',
    path: '/api/graphql',
    method: 'POST',
    auth: true,
    body: JSON.stringify({ query: '{ Chapters { docs { id title slug lead } } }' }),
  },
  { name: 'GET /admin/login', path: '/admin/login' },
]

const pad = (s: string | number, n: number) => String(s).padStart(n)
const statuses = (r: Result) =>
  Object.entries(r.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ')

const size = (r: Result) =>
  r.requests.total ? `${pad((r.throughput.total / r.requests.total / 1024).toFixed(1), 6)} kB` : '     - kB'

const rate = (r: Result) => (r.requests.average < 10 ? r.requests.average.toFixed(1) : Math.round(r.requests.average))
/** Requests slower than --duration never complete inside it: say so when the sample is small. */
const few = (r: Result) =>
  r.requests.total < 10 ? `  (only ${r.requests.total} answered: use a longer --duration)` : ''

function line(name: string, r: Result, note = ''): string {
  return `${name.padEnd(40)}${pad(rate(r), 7)} req/s  p50 ${pad(r.latency.p50, 5)} ms  p99 ${pad(r.latency.p99, 5)} ms  errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}  ${size(r)}  [${statuses(r)}]${few(r)}${note}`
}

/**
 * The headers a browser sends for an admin page: the token as the payload-token cookie, and
 * Sec-Fetch-Site, without which Payload refuses a cookie from a client that sends no Origin (its
 * CSRF check, since the config lists allowed origins) and renders the page signed out.
 */
const adminCookie = (token: string) => ({
  cookie: `payload-token=${token.replace(/^JWT /, '')}`,
  'sec-fetch-site': 'same-origin',
})

async function hit(server: RunningServer, token: string, s: Scenario): Promise<Result> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (s.auth) headers.authorization = token
  if (s.cookie) Object.assign(headers, adminCookie(token))
  return autocannon({
    url: `${server.url}${s.path}`,
    method: s.method ?? 'GET',
    headers,
    body: s.body,
    connections,
    duration,
    timeout: 30,
  })
}

/** Starts `npm run publish` against the server's database. */
function startPublish(server: RunningServer, out: string, report = '2020') {
  const t0 = performance.now()
  const child = spawn(
    process.execPath,
    [PAYLOAD_BIN, 'run', 'scripts/publish.ts', '--', '--report', report, '--out', out],
    {
      env: { ...server.env, FOLIO_DB_PUSH: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const done = new Promise<{ code: number | null; seconds: number; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, seconds: (performance.now() - t0) / 1000, output })),
  )
  let finished = false
  void done.then(() => (finished = true))
  return { done, running: () => !finished }
}

/**
 * Seeds the large synthetic report into the server's database (bench/seed-large.ts), streaming its
 * progress lines.
 */
async function seedLarge(
  server: RunningServer,
  params: LargeReportParams,
): Promise<{ reportId: string; seconds: number }> {
  const t0 = performance.now()
  const args = SIZE_FLAGS.flatMap((k) => [`--${k}`, String(params[k])]).concat(['--year', String(params.year)])
  const child = spawn(process.execPath, [PAYLOAD_BIN, 'run', 'bench/seed-large.ts', '--', ...args], {
    env: { ...server.env, FOLIO_DB_PUSH: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const echo = (d: Buffer) => {
    output += d
    for (const l of String(d).split('\n')) if (/^\s+(written|wrote|approved)/.test(l)) console.log(`  ${l.trim()}`)
  }
  child.stdout.on('data', echo)
  child.stderr.on('data', (d) => (output += d))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const ready = /Synthetic report ready \(report id (\S+?),/.exec(output)
  if (code !== 0 || !ready) throw new Error(`Seeding the large synthetic report failed (exit ${code}):\n${output}`)
  console.log(`  ${output.split('\n').find((l) => l.startsWith('Synthetic report ready'))}`)
  return { reportId: ready[1], seconds: (performance.now() - t0) / 1000 }
}

/** GET as the editor; throws with the answer when it is not 2xx. */
async function getJson<T>(server: RunningServer, token: string, p: string): Promise<T> {
  const res = await fetch(`${server.url}${p}`, { headers: { authorization: token } })
  if (!res.ok) throw new Error(`GET ${p} answered ${res.status}: ${(await res.text()).slice(0, 500)}`)
  return (await res.json()) as T
}

console.log(
  `API benchmark on ${os.cpus().length} cores, Node ${process.version}: ${connections} connections, ${duration} s per request`,
)
console.log('Starting the server (migrate, seed, next start)...')
const server = await startServer({ seed: true })
try {
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const token = await login(server.url, editor.email, editor.password)

  console.log('\nIdle server (demo report)')
  for (const s of SCENARIOS) console.log(line(s.name, await hit(server, token, s)))

  const alone = await startPublish(server, path.join(server.dir, 'releases-alone')).done
  console.log(`\nPublish alone (PDF edition, 5 locales): ${alone.seconds.toFixed(1)} s, exit ${alone.code}`)
  if (alone.code !== 0) console.log(alone.output)

  console.log('\nWhile `npm run publish -- --report 2020` runs (a new publish for each request)')
  for (const [i, s] of SCENARIOS.entries()) {
    const publish = startPublish(server, path.join(server.dir, `releases-${i}`))
    const r = await hit(server, token, s)
    const overlapped = publish.running()
    const p = await publish.done
    console.log(
      line(
        s.name,
        r,
        `  | publish ${p.seconds.toFixed(1)} s, exit ${p.code}${overlapped ? '' : ' (ended before the measurement did)'}`,
      ),
    )
    if (p.code !== 0) console.log(p.output)
  }

  if (!skipLarge) {
    const year = String(large.year)
    console.log(
      `\nSeeding the large synthetic report ${year} into the server's database: ${large.chapters} chapters, ${large.testimonies} testimonies, ` +
        `${large.defenders} defenders, ${large.statistics} statistics, ${large.organisations} organisations (${largeReportDocuments(large)} documents × 5 locales, approved through the workflow)`,
    )
    const seeded = await seedLarge(server, large)
    console.log(`  seeding took ${seeded.seconds.toFixed(1)} s in all (start included)`)
    const chapters = await getJson<{ docs: { id: number | string }[]; totalDocs: number }>(
      server,
      token,
      `/api/chapters?where[report][equals]=${seeded.reportId}&limit=1&depth=0&sort=order`,
    )
    const chapterId = chapters.docs[0]?.id
    if (chapterId === undefined) throw new Error(`The synthetic report ${seeded.reportId} has no chapters over REST.`)
    // The dashboard answers 200 ("Sign in to see translation progress") when the cookie is not
    // accepted: check once that it shows the synthetic report, so the figures are the real page's.
    const dashboardPath = `/admin/translations?report=${seeded.reportId}&locale=all`
    const page = await fetch(`${server.url}${dashboardPath}`, { headers: adminCookie(token), redirect: 'manual' })
    const html = await page.text()
    if (page.status !== 200 || !html.includes(LARGE_REPORT_TITLE)) {
      console.log(
        `WARNING: ${dashboardPath} answered ${page.status} without the report's title: its figures below are not the dashboard's.`,
      )
    }
    const LARGE: Scenario[] = [
      {
        name: `list ${chapters.totalDocs} chapters (depth=0)`,
        path: `/api/chapters?where[report][equals]=${seeded.reportId}&limit=100&depth=0`,
        auth: true,
      },
      { name: 'one chapter depth=2 locale=fr', path: `/api/chapters/${chapterId}?depth=2&locale=fr`, auth: true },
      { name: 'one chapter depth=2 locale=all', path: `/api/chapters/${chapterId}?depth=2&locale=all`, auth: true },
      { name: 'translation dashboard (admin page)', path: dashboardPath, cookie: true },
    ]

    console.log(`\nIdle server (large report ${year})`)
    for (const s of LARGE) console.log(line(s.name, await hit(server, token, s)))

    const largeAlone = await startPublish(server, path.join(server.dir, 'releases-large-alone'), year).done
    console.log(
      `\nPublish of the large report alone (PDF edition, 5 locales): ${largeAlone.seconds.toFixed(1)} s, exit ${largeAlone.code}`,
    )
    if (largeAlone.code !== 0) console.log(largeAlone.output)

    console.log(`\nWhile \`npm run publish -- --report ${year}\` runs (a new publish for each request)`)
    for (const [i, s] of LARGE.entries()) {
      const publish = startPublish(server, path.join(server.dir, `releases-large-${i}`), year)
      const r = await hit(server, token, s)
      const overlapped = publish.running()
      const p = await publish.done
      console.log(
        line(
          s.name,
          r,
          `  | publish ${p.seconds.toFixed(1)} s, exit ${p.code}${overlapped ? '' : ' (ended before the measurement did)'}`,
        ),
      )
      if (p.code !== 0) console.log(p.output)
    }
  }
} finally {
  await server.stop()
}
