import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { localesParentIndexes, pgLocalesParentIndexes } from './db-indexes'
import { migrations } from './migrations'
import { migrations as postgresMigrations } from './migrations-postgres'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export { DEFAULT_DATABASE_URL, databaseKind, type DatabaseKind } from './db-url'
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFileUrl } from './db-url'

/** The folder of a SQLite file must exist before libsql opens it: create it on first run. */
export function ensureSqliteFolder(url: string): void {
  const file = url.slice('file:'.length).split('?')[0]
  if (file === '' || file.startsWith(':memory:')) return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

type Adapter =
  | ReturnType<typeof sqliteAdapter>
  | ReturnType<typeof postgresAdapter>
  | ReturnType<typeof mongooseAdapter>

/**
 * The adapter DATABASE_URL selects: SQLite (file:, the default), PostgreSQL (postgres://) or MongoDB
 * (mongodb://). The SQL adapters each have their own committed migrations (src/migrations,
 * src/migrations-postgres): development and tests push the schema, production only ever migrates.
 */
export function databaseAdapter(
  url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  env: NodeJS.ProcessEnv = process.env,
): Adapter {
  const kind = databaseKind(url)
  const push = env.NODE_ENV !== 'production' && env.FOLIO_DB_PUSH !== 'false'
  if (kind === 'mongodb') return mongooseAdapter({ url })
  if (kind === 'postgres')
    return postgresAdapter({
      pool: { connectionString: url, max: Number(env.FOLIO_DB_POOL_MAX) || 10 },
      push,
      migrationDir: path.resolve(dirname, 'migrations-postgres'),
      prodMigrations: postgresMigrations,
      afterSchemaInit: [pgLocalesParentIndexes],
    })
  const fileUrl = sqliteFileUrl(url)
  ensureSqliteFolder(fileUrl)
  return sqliteAdapter({
    client: { url: fileUrl },
    push,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    afterSchemaInit: [localesParentIndexes],
    // Two processes (the server and a CLI publish) write the same file: wait for the other's write.
    busyTimeout: 5000,
    // Transactions on: Payload's SQLite adapter leaves them off by default, which made every
    // "same transaction" a no-op (a transition and its audit event, the import's batches).
    transactionOptions: {},
  })
}
