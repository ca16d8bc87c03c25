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
import pg from 'pg'

import { freshPgDatabase, testPgUrl } from './postgres'

const ROOT = path.resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..')
const BIN = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
/** Payload's CLI, run with the Node that runs the tests (`node PAYLOAD_BIN run script.ts -- args`). */
export const PAYLOAD_BIN = path.join(ROOT, 'node_modules', 'payload', 'bin.js')

export interface RunningServer {
  url: string
  dir: string
  env: NodeJS.ProcessEnv
  stop: () => Promise<void>
  logs: () => string
  pid?: number
  /** SIGKILL: the process dies mid-work, as in a crash. */
  kill?: () => Promise<void>
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
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    },
  })
}

/** Runs a Payload CLI command (migrate, run <script>) against the server's environment; throws on failure. */
export function payloadCli(args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(process.execPath, [PAYLOAD_BIN, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  })
}

/** The names of the committed migrations (src/migrations/*.ts, or src/migrations-postgres/, without the index). */
export function migrationNames(kind: 'sqlite' | 'postgres' = 'sqlite'): string[] {
  return fs
    .readdirSync(path.join(ROOT, kind === 'postgres' ? 'src/migrations-postgres' : 'src/migrations'))
    .filter((f) => /^\d.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
}

async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  if (databaseUrl.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      return (await client.query('select name from payload_migrations')).rows.map((r) => String(r.name))
    } catch {
      return []
    } finally {
      await client.end()
    }
  }
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
 * `payload migrate` on the SQLite or PostgreSQL database of `env`, checked by the database itself:
 * every committed migration must be recorded afterwards, or it throws with the CLI's output.
 * Returns that output.
 */
export async function migrateDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  const url = env.DATABASE_URL ?? ''
  const kind = url.startsWith('file:') ? 'sqlite' : url.startsWith('postgres') ? 'postgres' : null
  if (!kind) throw new Error(`migrateDatabase needs a file: or postgres:// DATABASE_URL, not "${url}"`)
  const output = payloadCli(['migrate'], env)
  const applied = new Set(await appliedMigrations(url))
  const missing = migrationNames(kind).filter((m) => !applied.has(m))
  if (missing.length) throw new Error(`payload migrate did not apply ${missing.join(', ')} to ${url}:\n${output}`)
  return output
}

/** A database, media folders and the environment for one or more `next start` processes. */
export interface Instance {
  dir: string
  env: NodeJS.ProcessEnv
  /** Deletes the folder and drops a PostgreSQL database. */
  remove: () => Promise<void>
}

/**
 * A fresh database migrated by the committed migrations (SQLite in the folder; under
 * `npm run test:postgres` a new PostgreSQL database), optionally seeded, with its folders.
 */
export async function prepareInstance(
  options: { seed?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<Instance> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-http-'))
  const pgServer = options.env?.DATABASE_URL ? undefined : testPgUrl()
  const pgDb = pgServer ? await freshPgDatabase(pgServer) : null
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    DATABASE_URL: pgDb?.url ?? `file:${path.join(dir, 'folio.db')}`,
    FOLIO_MEDIA_DIR: path.join(dir, 'media'),
    FOLIO_CONSENT_DIR: path.join(dir, 'consent-documents'),
    FOLIO_RELEASES_DIR: path.join(dir, 'releases'),
    // Production needs a master key (encryption at rest): a throwaway one per test server.
    FOLIO_MASTER_KEY: crypto.randomBytes(32).toString('hex'),
    // The demo accounts on a throwaway test server (production refuses them otherwise).
    FOLIO_ALLOW_DEMO_USERS: 'true',
    PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    ...options.env,
  }
  await migrateDatabase(env)
  if (options.seed) payloadCli(['run', 'scripts/seed.ts'], env)
  return {
    dir,
    env,
    remove: async () => {
      await pgDb?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** `next start` on a free port for a prepared instance; resolves once it answers. */
export async function spawnServer(instance: Instance, env: Record<string, string> = {}): Promise<RunningServer> {
  ensureBuild()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const childEnv = { ...instance.env, FOLIO_SERVER_URL: url, ...env }
  let output = ''
  const child: ChildProcess = spawn(BIN('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
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
    dir: instance.dir,
    env: childEnv,
    logs: () => output,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        process.kill(-child.pid, 'SIGTERM')
        await new Promise((r) => child.once('exit', r))
      }
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        process.kill(-child.pid, 'SIGKILL')
        await new Promise((r) => child.once('exit', r))
      }
    },
  }
}

/** One server on its own fresh database (see prepareInstance); stop() also removes the database. */
export async function startServer(options: { seed?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  ensureBuild()
  const instance = await prepareInstance(options)
  const server = await spawnServer(instance)
  return {
    ...server,
    stop: async () => {
      await server.stop()
      await instance.remove()
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
