import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { localesParentIndexes } from './db-indexes'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export { DEFAULT_DATABASE_URL, databaseKind, type DatabaseKind } from './db-url'
import { DEFAULT_DATABASE_URL, databaseKind } from './db-url'

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
    afterSchemaInit: [localesParentIndexes],
    // Transactions on: Payload's SQLite adapter leaves them off by default, which made every
    // "same transaction" a no-op (a transition and its audit event, the import's batches).
    transactionOptions: {},
  })
}
