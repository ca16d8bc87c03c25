/**
 * Leases in the database: "one publish of a report at a time" and "a job runs once" across
 * processes and app instances, on SQLite and PostgreSQL alike (the `publish-leases` table).
 *
 *   const lease = await acquireLease(payload, 'report:3', { holder: 'ana@example.org, pid 41 on web-1' })
 *   try { … } finally { await lease.release() }        // or withLease(payload, key, options, fn)
 *
 * Taking a lease is one statement: INSERT … ON CONFLICT (key) DO UPDATE … WHERE expires_at < now
 * RETURNING token. The row is ours when it comes back with our token; otherwise someone holds it and
 * LeaseHeldError names them and since when. A holder renews its lease every third of its length; a
 * holder that died stops renewing, and the next taker gets the row once it has expired.
 */
import crypto from 'node:crypto'
import os from 'node:os'

import { and, eq, lt } from 'drizzle-orm'
import type { Payload } from 'payload'

import { underWriteLock } from '../../compat/sqliteWrites'

export const LEASE_TABLE = 'publish_leases'

/** A lease's length: FOLIO_PUBLISH_LEASE_MS, default one minute. */
export const leaseMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const v = Number(env.FOLIO_PUBLISH_LEASE_MS)
  return Number.isFinite(v) && v >= 1000 ? v : 60_000
}

/** This process, for a holder description: `pid 41 on web-1`. */
export const thisProcess = (): string => `pid ${process.pid} on ${os.hostname()}`

export interface LeaseInfo {
  key: string
  holder: string
  since: string
  expiresAt: number
}

export class LeaseHeldError extends Error {
  readonly status = 409
  constructor(readonly held: LeaseInfo) {
    super(
      `${held.holder} holds it since ${held.since} (its lease runs to ${new Date(held.expiresAt).toISOString()}, renewed while it works)`,
    )
    this.name = 'LeaseHeldError'
  }
}

export interface Lease extends LeaseInfo {
  /** Extends the lease; false when it was lost (expired and taken by someone else). */
  renew(): Promise<boolean>
  /** Gives it up (only if still ours). */
  release(): Promise<void>
}

export interface LeaseOptions {
  /** Who holds it, for the refusal message: a person and/or a process. */
  holder: string
  /** Default leaseMs(). */
  ttlMs?: number
  /** withLease: the error to throw when someone else holds it (default LeaseHeldError). */
  refused?: (held: LeaseInfo) => Error
}

// The two SQL adapters' drizzle instances share the query builder used here.
// biome-ignore lint/suspicious/noExplicitAny: the builder differs by dialect; the statements are the same.
type Sql = { drizzle: any; tables: Record<string, any> }

function sqlOf(payload: Payload): Sql {
  const db = payload.db as unknown as Partial<Sql>
  if (!db.drizzle || !db.tables?.[LEASE_TABLE])
    throw new Error(
      `Publish leases need a SQL database (SQLite or PostgreSQL); this one (${payload.db.name}) has no ${LEASE_TABLE} table.`,
    )
  return db as Sql
}

/** Takes the lease `key`, or throws LeaseHeldError naming its holder. */
export async function acquireLease(payload: Payload, key: string, options: LeaseOptions): Promise<Lease> {
  const { drizzle, tables } = sqlOf(payload)
  const t = tables[LEASE_TABLE]
  const ttl = options.ttlMs ?? leaseMs()
  const token = crypto.randomUUID()
  const since = new Date().toISOString()
  const at = Date.now()
  const row = { key, holder: options.holder, token, since, expiresAt: at + ttl }
  const taken: Array<{ token: string }> = await underWriteLock(payload, `taking lease ${key}`, () =>
    drizzle
      .insert(t)
      .values(row)
      .onConflictDoUpdate({
        target: t.key,
        set: { holder: row.holder, token, since, expiresAt: row.expiresAt },
        setWhere: lt(t.expiresAt, at),
      })
      .returning({ token: t.token }),
  )
  if (taken[0]?.token !== token) {
    const [held] = await drizzle.select().from(t).where(eq(t.key, key)).limit(1)
    if (!held) return acquireLease(payload, key, options) // released between the two statements
    throw new LeaseHeldError({ key, holder: held.holder, since: held.since, expiresAt: Number(held.expiresAt) })
  }
  const mine = and(eq(t.key, key), eq(t.token, token))
  const lease: Lease = {
    ...row,
    async renew() {
      const next = Date.now() + ttl
      const r: unknown[] = await underWriteLock(payload, `renewing lease ${key}`, () =>
        drizzle.update(t).set({ expiresAt: next }).where(mine).returning({ token: t.token }),
      )
      if (r.length) lease.expiresAt = next
      return r.length > 0
    },
    async release() {
      await underWriteLock(payload, `releasing lease ${key}`, () => drizzle.delete(t).where(mine))
    },
  }
  return lease
}

/** The current holder of `key`, if its lease has not expired. */
export async function leaseHolder(payload: Payload, key: string): Promise<LeaseInfo | null> {
  const { drizzle, tables } = sqlOf(payload)
  const t = tables[LEASE_TABLE]
  const [held] = await drizzle.select().from(t).where(eq(t.key, key)).limit(1)
  if (!held || Number(held.expiresAt) < Date.now()) return null
  return { key, holder: held.holder, since: held.since, expiresAt: Number(held.expiresAt) }
}

/**
 * Runs `fn` holding the lease `key`, renewed every third of its length, released at the end (also
 * when fn throws). A renewal that finds the lease lost is logged: someone took it over because
 * this process stopped renewing for a whole lease.
 */
export async function withLease<T>(
  payload: Payload,
  key: string,
  options: LeaseOptions,
  fn: (lease: Lease) => Promise<T>,
): Promise<T> {
  const lease = await acquireLease(payload, key, options).catch((e: unknown) => {
    throw e instanceof LeaseHeldError && options.refused ? options.refused(e.held) : e
  })
  const ttl = options.ttlMs ?? leaseMs()
  const timer = setInterval(
    () => {
      lease.renew().then(
        (ok) => ok || payload.logger.error(`Lease ${key} was lost: another process took it after it expired.`),
        (err: unknown) => payload.logger.warn({ err, msg: `Could not renew lease ${key}` }),
      )
    },
    Math.max(500, Math.floor(ttl / 3)),
  )
  timer.unref?.()
  try {
    return await fn(lease)
  } finally {
    clearInterval(timer)
    await lease.release().catch((err: unknown) => payload.logger.warn({ err, msg: `Could not release lease ${key}` }))
  }
}
