/**
 * The real built server for HTTP tests: `next start` (production mode) on a free port, on a fresh
 * SQLite database created by the committed migrations (never by schema push), optionally seeded.
 * Needs `npm run build` first; builds once by itself when no build exists.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

const ROOT = path.resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..')
const BIN = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)

export interface RunningServer {
  url: string
  dir: string
  env: NodeJS.ProcessEnv
  stop: () => Promise<void>
  logs: () => string
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export function ensureBuild(): void {
  if (fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) return
  execFileSync(BIN('next'), ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex') },
  })
}

/**
 * Stalled starts come in runs when the machine is busy (upstream payload#17757 reports 15–20 % under
 * back-to-back use): several attempts, a little further apart each time.
 */
const CLI_ATTEMPTS = 6
const pause = (attempt: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500 * attempt)

/**
 * Runs a Payload CLI command (migrate, run <script>) against the server's environment. A script
 * whose start stalled (exit 75, see src/cli/unfinished.ts, or an output without `done`) is run
 * again (CLI_ATTEMPTS in all).
 */
export function payloadCli(args: string[], env: NodeJS.ProcessEnv, done?: RegExp): string {
  for (let attempt = 1; ; attempt++) {
    let output: string
    try {
      output = execFileSync(BIN('payload'), args, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 })
    } catch (error) {
      if ((error as { status?: number }).status !== 75 || attempt === CLI_ATTEMPTS) throw error
      pause(attempt)
      continue
    }
    if (!done || done.test(output)) return output
    if (attempt === CLI_ATTEMPTS) throw new Error(`payload ${args.join(' ')} ended without finishing, ${CLI_ATTEMPTS} times:\n${output}`)
    pause(attempt)
  }
}

/** The names of the committed migrations (src/migrations/*.ts, without the index). */
export function migrationNames(): string[] {
  return fs
    .readdirSync(path.join(ROOT, 'src/migrations'))
    .filter((f) => /^\d.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
}

async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = createClient({ url: databaseUrl })
  try {
    return (await client.execute('select name from payload_migrations')).rows.map((r) => String(r.name))
  } catch {
    return [] // no table yet: nothing applied
  } finally {
    client.close()
  }
}

/**
 * `payload migrate` on the SQLite database of `env`, judged by the database itself: every committed
 * migration must be recorded afterwards, or it is run again. Its output is not a
 * reliable signal: the CLI sometimes exits 0 without running (payload#17757), and its log lines,
 * written asynchronously to a pipe, can be lost when it exits. Returns the last run's output.
 */
export async function migrateDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  const url = env.DATABASE_URL ?? ''
  if (!url.startsWith('file:')) throw new Error(`migrateDatabase needs a file: DATABASE_URL, not "${url}"`)
  const wanted = migrationNames()
  let output = ''
  for (let attempt = 1; attempt <= CLI_ATTEMPTS; attempt++) {
    output = payloadCli(['migrate'], env)
    const applied = new Set(await appliedMigrations(url))
    if (wanted.every((m) => applied.has(m))) return output
  }
  throw new Error(`payload migrate did not apply ${wanted.join(', ')} to ${url} in ${CLI_ATTEMPTS} attempts:\n${output}`)
}

export async function startServer(options: { seed?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  ensureBuild()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-http-'))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    DATABASE_URL: `file:${path.join(dir, 'folio.db')}`,
    FOLIO_MEDIA_DIR: path.join(dir, 'media'),
    FOLIO_CONSENT_DIR: path.join(dir, 'consent-documents'),
    FOLIO_RELEASES_DIR: path.join(dir, 'releases'),
    FOLIO_SERVER_URL: `http://127.0.0.1:${port}`,
    // The demo accounts on a throwaway test server (production refuses them otherwise).
    FOLIO_ALLOW_DEMO_USERS: 'true',
    PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    ...options.env,
  }
  await migrateDatabase(env)
  if (options.seed) payloadCli(['run', 'scripts/seed.ts'], env, /Demo report ready/)

  let output = ''
  const child: ChildProcess = spawn(BIN('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    try {
      const res = await fetch(`${url}/api/users/me`)
      if (res.status < 500) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 90 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    url,
    dir,
    env,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        process.kill(-child.pid, 'SIGTERM')
        await new Promise((r) => child.once('exit', r))
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Logs in over REST and returns the Authorization header value. */
export async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string; errors?: { message: string }[] }
  if (!res.ok || !body.token) throw new Error(`login as ${email} failed (${res.status}): ${JSON.stringify(body)}`)
  return `JWT ${body.token}`
}
