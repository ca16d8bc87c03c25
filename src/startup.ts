import type { Payload } from 'payload'

import { isProduction } from './env'
import { DEMO_USERS } from './seed/users'

/**
 * Runs once Payload has connected to the database: tunes SQLite, then checks. In production, a database that still has
 * the demo accounts (whose passwords are public) refuses to start, unless FOLIO_ALLOW_DEMO_USERS is
 * `true` (for throwaway test servers only).
 */
export async function onInit(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await tuneSqlite(payload)
  if (!isProduction(env) || env.FOLIO_ALLOW_DEMO_USERS === 'true') return
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    overrideAccess: true,
    depth: 0,
    limit: DEMO_USERS.length,
  })
  if (docs.length > 0) {
    throw new Error(
      `Refusing to start in production: the demo accounts ${docs.map((d) => d.email).join(', ')} exist and their passwords are public. Delete them (or give them new e-mail addresses and passwords) before going live.`,
    )
  }
}

const hasSqlClient = (db: unknown): db is { client: { execute(sql: string): Promise<unknown> } } =>
  Boolean(db && typeof db === 'object' && 'client' in db && db.client)

/**
 * SQLite in WAL mode: readers never block the writer, and a crash (even kill -9) loses no
 * acknowledged write. busy_timeout lets a second process (a backup, a CLI) wait instead of failing.
 */
async function tuneSqlite(payload: Payload): Promise<void> {
  const db: unknown = payload.db
  if (payload.db.name !== 'sqlite' || !hasSqlClient(db)) return
  const { client } = db
  const url = String(process.env.DATABASE_URL ?? '')
  if (url.includes(':memory:')) return
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('PRAGMA busy_timeout = 5000')
  await client.execute('PRAGMA synchronous = FULL')
}
