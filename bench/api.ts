/**
 * API load benchmark: autocannon against the real built server (`next start`, production mode, a
 * migrated and seeded database in a temporary folder; tests/helpers/server.ts, which runs
 * `next build` first when there is no build). Four requests, each for --duration seconds with
 * --connections connections:
 *
 *   anonymous   GET /api/chapters without a token (must be refused, 401/403, and quickly)
 *   rest        GET /api/chapters?depth=1&limit=10 as the demo editor
 *   graphql     POST /api/graphql { Chapters { docs { id title slug lead } } } as the editor
 *   admin       GET /admin/login (the admin's login page)
 *
 * then the same four again while `npm run publish -- --report 2020` (PDF edition included, every
 * locale) runs against the same database, a new publish into a fresh folder for each request.
 * Prints req/s, p50/p99 latency, errors and the status codes; asserts nothing.
 *
 *   npx tsx bench/api.ts [--duration 10] [--connections 10]
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon, { type Result } from 'autocannon'

import { DEMO_USERS } from '../src/seed/users'
import { login, startServer, type RunningServer } from '../tests/helpers/server'

// Not strict: `npm run bench -- ...` hands the same arguments to the other benchmarks too.
const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' } }, strict: false })
const duration = Number(values.duration ?? 10)
const connections = Number(values.connections ?? 10)

interface Scenario {
  name: string
  path: string
  method?: 'GET' | 'POST'
  auth?: boolean
  body?: string
}
const SCENARIOS: Scenario[] = [
  { name: 'anonymous GET /api/chapters', path: '/api/chapters' },
  { name: 'REST GET /api/chapters?depth=1', path: '/api/chapters?depth=1&limit=10', auth: true },
  { name: 'GraphQL Chapters', path: '/api/graphql', method: 'POST', auth: true, body: JSON.stringify({ query: '{ Chapters { docs { id title slug lead } } }' }) },
  { name: 'GET /admin/login', path: '/admin/login' },
]

const pad = (s: string | number, n: number) => String(s).padStart(n)
const statuses = (r: Result) =>
  Object.entries(r.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ')

function line(name: string, r: Result, note = ''): string {
  return `${name.padEnd(34)}${pad(Math.round(r.requests.average), 7)} req/s  p50 ${pad(r.latency.p50, 5)} ms  p99 ${pad(r.latency.p99, 5)} ms  errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}  [${statuses(r)}]${note}`
}

async function hit(server: RunningServer, token: string, s: Scenario): Promise<Result> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (s.auth) headers.authorization = token
  return autocannon({ url: `${server.url}${s.path}`, method: s.method ?? 'GET', headers, body: s.body, connections, duration, timeout: 30 })
}

/** Starts `npm run publish` (through payload-run.mjs) against the server's database. */
function startPublish(server: RunningServer, out: string) {
  const t0 = performance.now()
  const child = spawn(process.execPath, ['scripts/payload-run.mjs', 'scripts/publish.ts', '--', '--report', '2020', '--out', out], {
    env: { ...server.env, FOLIO_DB_PUSH: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
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

console.log(`API benchmark on ${os.cpus().length} cores, Node ${process.version}: ${connections} connections, ${duration} s per request`)
console.log('Starting the server (migrate, seed, next start)...')
const server = await startServer({ seed: true })
try {
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const token = await login(server.url, editor.email, editor.password)

  console.log('\nIdle server')
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
    console.log(line(s.name, r, `  | publish ${p.seconds.toFixed(1)} s, exit ${p.code}${overlapped ? '' : ' (ended before the measurement did)'}`))
    if (p.code !== 0) console.log(p.output)
  }
} finally {
  await server.stop()
}
