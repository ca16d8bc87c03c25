/**
 * SQLite transactions, made safe to turn on (src/db.ts sets `transactionOptions: {}`).
 *
 * Payload's SQLite adapter leaves transactions off by default, and with them off every "same
 * transaction" in Folio was a no-op: a transition's write and its audit event were separate
 * commits, and so were the import's batches (tests/workflow/audit-atomic.test.ts). Turned on as
 * they are, two things break (docs/upstream.md#sqlite-transactions):
 *
 * - libsql gives a transaction the client's connection and opens a new one for everything else,
 *   so a second write in the same process while a transaction is open fails at once with
 *   SQLITE_BUSY (there is no busy timeout on that new connection, and a busy timeout would not
 *   help: libsql waits synchronously, blocking the very event loop the transaction needs to end).
 * - The adapter sets `PRAGMA busy_timeout` on its first connection only.
 *
 * So, per Payload instance: write transactions take an in-process lock, one at a time in arrival
 * order (SQLite has one writer anyway), and a write outside any transaction waits for the lock
 * too; reads never wait. Every connection libsql opens gets the busy timeout, for other processes
 * (the publish worker) writing the same file. A write that waits for the lock longer than
 * LOCK_WAIT_MS is refused with an error naming what holds it, instead of hanging.
 */
import type { Payload } from 'payload'

const WRITES = [
  'create',
  'createVersion',
  'createGlobal',
  'createGlobalVersion',
  'updateOne',
  'updateMany',
  'updateVersion',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  // Not `upsert`: the adapter's upsert is its updateOne (this.updateOne), which takes the lock; taking
  // it for both deadlocked every upsert (the admin's preferences) outside a transaction.
  'deleteOne',
  'deleteMany',
  'deleteVersions',
] as const

export const LOCK_WAIT_MS = 60_000
export const BUSY_TIMEOUT_MS = 10_000

type Fn = (...args: unknown[]) => Promise<unknown>
interface Client {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}
interface Adapter {
  name?: string
  client?: Client
  sessions: Record<string, unknown>
  [method: string]: unknown
}

/** A FIFO lock: acquire() resolves with its release function. */
class WriteLock {
  private tail: Promise<void> = Promise.resolve()
  holder = ''

  acquire(what: string): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => {
      release = resolve
    })
    const before = this.tail
    this.tail = before.then(() => mine)
    return new Promise((resolve, reject) => {
      let gaveUp = false
      const timer = setTimeout(() => {
        gaveUp = true
        reject(new Error(`A database write (${what}) waited ${LOCK_WAIT_MS / 1000} s for ${this.holder}.`))
      }, LOCK_WAIT_MS)
      void before.then(() => {
        clearTimeout(timer)
        // A waiter that gave up passes its turn on at once.
        if (gaveUp) return release()
        this.holder = `${what}, holding the SQLite write lock since ${new Date().toISOString()}`
        resolve(release)
      })
    })
  }
}

const idOf = async (v: unknown) => (v instanceof Promise ? await v : v) as string | number | null | undefined

/** Installs the lock and the busy timeout on a SQLite adapter (once); other adapters are left alone. */
export function serialiseSqliteWrites(payload: Payload): void {
  const db = payload.db as unknown as Adapter
  if (db.name !== 'sqlite' || db.folioSerialised || !db.client) return
  db.folioSerialised = true
  const lock = new WriteLock()
  db.folioWriteLock = lock
  const held = new Map<string | number, () => void>()
  const method = (name: string) => (db[name] as Fn).bind(db)

  const begin = method('beginTransaction')
  db.beginTransaction = async (...args: unknown[]) => {
    const release = await lock.acquire('a transaction')
    try {
      const id = (await begin(...args)) as string | number | null
      if (id === null || id === undefined) release()
      else held.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  for (const name of ['commitTransaction', 'rollbackTransaction']) {
    const end = method(name)
    db[name] = async (incoming: unknown) => {
      const id = await idOf(incoming)
      try {
        return await end(id)
      } finally {
        const release = id === null || id === undefined ? undefined : held.get(id)
        if (release) {
          held.delete(id!)
          release()
        }
      }
    }
  }
  for (const name of WRITES) {
    if (typeof db[name] !== 'function') continue
    const write = method(name)
    db[name] = async (args: { req?: { transactionID?: unknown } } | undefined) => {
      const id = await idOf(args?.req?.transactionID)
      if (id !== null && id !== undefined && db.sessions[String(id)]) return write(args)
      const release = await lock.acquire(`${name} outside a transaction`)
      try {
        return await write(args)
      } finally {
        release()
      }
    }
  }

  // Every connection gets the busy timeout: libsql opens a new one each time a transaction takes
  // the current one, and runs the pragma here before anything else can use it (all synchronous).
  const client = db.client
  const pragma = `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`
  const transaction = client.transaction.bind(client)
  client.transaction = (mode?: string) => {
    const tx = transaction(mode)
    const set = client.execute(pragma)
    return Promise.all([tx, set]).then(([t]) => t)
  }
  void client.execute(pragma)
}

/**
 * Runs a write that does not go through the adapter's methods (raw drizzle on `payload.db.drizzle`,
 * e.g. the publish leases) under the same lock; without it, such a write fails with SQLITE_BUSY
 * while another request of this process holds a transaction. Any other adapter: runs `fn` as is.
 */
export async function underWriteLock<T>(payload: Payload, what: string, fn: () => Promise<T>): Promise<T> {
  const lock = (payload.db as unknown as Adapter).folioWriteLock as WriteLock | undefined
  if (!lock) return fn()
  const release = await lock.acquire(what)
  try {
    return await fn()
  } finally {
    release()
  }
}
