/** SQLite hygiene for encryption at rest: no replaced plaintext left in free pages or the WAL. */
import type { Payload } from 'payload'

/** The `payload-kv` key of the migration's note "vacuum at the next start" (see ./migrate.ts). */
export const SCRUB_PENDING = 'folio-encryption-scrub-pending'

/** SQLite: zero freed pages and fold the WAL back, so no replaced plaintext is left on disk. */
export async function scrubSqlite(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { name?: string; client?: { execute(sql: string): Promise<unknown> } }
  if (db.name !== 'sqlite' || !db.client) return
  await db.client.execute('PRAGMA secure_delete = ON')
  await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  await db.client.execute('VACUUM')
  await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
}

/**
 * SQLite: deleted and overwritten content is zeroed, so a value written before encryption (or a
 * row deleted since) does not linger in free pages. (The migration also checkpoints and vacuums.)
 */
export async function secureDelete(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { name?: string; client?: { execute(sql: string): Promise<unknown> } }
  if (db.name !== 'sqlite' || !db.client) return
  await db.client.execute('PRAGMA secure_delete = ON')
  // Old frames (plaintext written before encryption, e.g. by the migration's rewrite) leave the WAL.
  if (!String(process.env.DATABASE_URL ?? '').includes(':memory:'))
    await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
}

/** At every start: secure_delete on, the WAL truncated; a vacuum when the migration asked for one. */
export async function startupScrub(payload: Payload): Promise<void> {
  await secureDelete(payload)
  if (payload.db.name !== 'sqlite' || !(await payload.kv.get(SCRUB_PENDING))) return
  payload.logger.info('Folio encryption: vacuuming the database so no value stored in clear before is left in it.')
  await scrubSqlite(payload)
  await payload.kv.delete(SCRUB_PENDING)
  await scrubSqlite(payload)
}
