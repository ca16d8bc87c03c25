/**
 * The PostgreSQL part of `npm run backup` / `npm run restore` (src/ops/backup.ts): pg_dump in its
 * custom format (compressed, one consistent snapshot taken in a single transaction while the
 * servers keep writing) and pg_restore into an empty or, with --force, an existing database.
 * Debian's postgresql-client provides both; a pg_dump older than the server refuses to run, so the
 * newest installed one is used.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** Where the archive keeps the dump. */
export const PG_DUMP_FILE = 'database/folio.pgdump'

export class PostgresToolError extends Error {}

/** The newest pg_dump / pg_restore: Debian keeps one per major version in /usr/lib/postgresql/<v>/bin. */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : []
  return versions.length ? path.join(root, versions[0], 'bin', name) : name
}

function run(tool: 'pg_dump' | 'pg_restore', args: string[]): void {
  try {
    execFileSync(pgTool(tool), args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer }
    if (err.code === 'ENOENT')
      throw new PostgresToolError(`${tool} is not installed: apt-get install -y postgresql-client (Debian).`)
    throw new PostgresToolError(`${tool} failed: ${String(err.stderr ?? err.message).trim()}`)
  }
}

/** Dumps the database at `url` into `file` (custom format). */
export function dumpPostgres(url: string, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`])
}

/**
 * Restores `file` into the database at `url`, in one transaction: every object of the dump is
 * dropped first (if it exists) and recreated, so a failure leaves the database as it was.
 */
export function restorePostgres(url: string, file: string): void {
  run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ])
}

/** Does the database hold any row outside the migrations log? (An empty, migrated one may be replaced.) */
export async function postgresHasContent(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'payload_migrations'",
    )
    for (const { table_name } of rows) {
      const r = await client.query(`select exists (select 1 from "${String(table_name).replace(/"/g, '""')}") as x`)
      if (r.rows[0].x) return true
    }
    return false
  } finally {
    await client.end()
  }
}
