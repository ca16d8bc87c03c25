import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The embedded default: a SQLite file next to the project, created on first run. */
export const DEFAULT_DATABASE_URL = 'file:./data/folio.db'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a database URL selects. Unknown schemes are refused with a clear message. */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
  throw new Error(
    `DATABASE_URL has an unsupported scheme "${scheme}". Use file:<path> for SQLite (e.g. ${DEFAULT_DATABASE_URL}) or mongodb:// / mongodb+srv:// for MongoDB.`,
  )
}

/** The folder of a SQLite file must exist before libsql opens it: create it on first run. */
export function ensureSqliteFolder(url: string): void {
  const file = url.slice('file:'.length).split('?')[0]
  if (file === '' || file.startsWith(':memory:')) return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

export function databaseAdapter(
  url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  env: NodeJS.ProcessEnv = process.env,
): ReturnType<typeof sqliteAdapter> | ReturnType<typeof mongooseAdapter> {
  const kind = databaseKind(url)
  if (kind === 'mongodb') {
    return mongooseAdapter({ url })
  }
  ensureSqliteFolder(url)
  return sqliteAdapter({
    client: { url },
    // Development and tests push the schema; production only ever runs committed migrations.
    push: env.NODE_ENV !== 'production' && env.FOLIO_DB_PUSH !== 'false',
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  })
}
