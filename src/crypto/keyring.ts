/**
 * The data keys. Each is 32 random bytes, stored only wrapped by the master key in the
 * `folio-keys` collection (id, wrapped bytes, the master's fingerprint, state). One key is
 * `active` (new values are sealed with it); during a rotation the previous one is `retiring` and
 * still read; once no value uses it any more it is `retired` and its material is erased.
 */
import crypto from 'node:crypto'

import type { CollectionConfig, PayloadRequest } from 'payload'

import { unwrapKey, wrapKey } from './envelope'
import { KeyError, type MasterKey } from './master'

export const KEYS_COLLECTION = 'folio-keys'

export type KeyState = 'active' | 'retiring' | 'retired'

export interface KeyRow {
  id?: string | number
  keyId: string
  wrapped?: string | null
  master: string
  state: KeyState
  createdAt?: string
}

/** Nobody reads or writes data keys through an API; only the keyring does, through the adapter. */
export const FolioKeys: CollectionConfig = {
  slug: KEYS_COLLECTION,
  labels: { singular: 'Data key', plural: 'Data keys' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'keyId', type: 'text', required: true, unique: true },
    { name: 'wrapped', type: 'text' },
    { name: 'master', type: 'text', required: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      options: ['active', 'retiring', 'retired'].map((v) => ({ label: v, value: v })),
    },
  ],
  timestamps: true,
}

/** The raw (unencrypted, hook-free) adapter calls the keyring needs. */
export interface KeyStore {
  list(req?: Partial<PayloadRequest>): Promise<KeyRow[]>
  insert(row: KeyRow, req?: Partial<PayloadRequest>): Promise<void>
  update(keyId: string, patch: Partial<KeyRow>, req?: Partial<PayloadRequest>): Promise<void>
}

export class Keyring {
  private keys = new Map<string, Buffer>()
  private rows: KeyRow[] = []
  private loading?: Promise<void>
  private loadedAt = 0
  constructor(
    private readonly masterKey: () => MasterKey,
    private readonly store: () => KeyStore,
  ) {}

  /** Loads (once) and checks every data key; creates the first one on an empty database. */
  ready(req?: Partial<PayloadRequest>): Promise<void> {
    this.loading ??= this.load(req).catch((error) => {
      this.loading = undefined
      throw error
    })
    return this.loading
  }

  async reload(): Promise<void> {
    this.loading = undefined
    await this.ready()
  }

  /**
   * Ready, and re-read when older than `maxAgeMs`: a server picks up a rotation run by
   * `npm run keys -- rotate` in another process (the new key, to read what it resealed and to
   * seal with it) within that time.
   */
  async fresh(maxAgeMs: number): Promise<void> {
    await this.ready()
    if (Date.now() - this.loadedAt > maxAgeMs) await this.reload()
  }

  /** `req`: inside a transaction (the migration's), read and create the keys through it. */
  private async load(req?: Partial<PayloadRequest>): Promise<void> {
    const master = this.masterKey()
    const rows = await this.store().list(req)
    const keys = new Map<string, Buffer>()
    for (const row of rows) {
      if (row.state === 'retired' || !row.wrapped) continue
      const key = row.master === master.id ? unwrapKey(row.wrapped, master.key, row.keyId) : undefined
      if (!key) {
        throw new KeyError(
          `The master key from ${master.source} (fingerprint ${master.id}) does not open this database's data key ${row.keyId}, which was wrapped by master key ${row.master}. Start with the right FOLIO_MASTER_KEY_FILE; nothing was read or written.`,
        )
      }
      keys.set(row.keyId, key)
    }
    this.keys = keys
    this.rows = rows
    this.loadedAt = Date.now()
    if (!rows.some((r) => r.state === 'active')) await this.addKey(req)
  }

  /** Makes a new active data key; the previous active one becomes `retiring` (still read). */
  async addKey(req?: Partial<PayloadRequest>): Promise<string> {
    const master = this.masterKey()
    const keyId = crypto.randomBytes(4).toString('hex')
    const key = crypto.randomBytes(32)
    for (const row of this.rows.filter((r) => r.state === 'active')) {
      await this.store().update(row.keyId, { state: 'retiring' }, req)
      row.state = 'retiring'
    }
    const row: KeyRow = { keyId, wrapped: wrapKey(key, master.key, keyId), master: master.id, state: 'active' }
    await this.store().insert(row, req)
    this.rows.push(row)
    this.keys.set(keyId, key)
    return keyId
  }

  /** Erases a retiring key's material once no value uses it. */
  async retire(keyId: string, req?: Partial<PayloadRequest>): Promise<void> {
    await this.store().update(keyId, { state: 'retired', wrapped: null }, req)
    this.keys.delete(keyId)
    const row = this.rows.find((r) => r.keyId === keyId)
    if (row) Object.assign(row, { state: 'retired', wrapped: null })
  }

  /** Re-wraps every live data key with a new master key (values are untouched). */
  async rewrap(next: MasterKey, req?: Partial<PayloadRequest>): Promise<number> {
    let n = 0
    for (const row of this.rows) {
      const key = this.keys.get(row.keyId)
      if (!key) continue
      const wrapped = wrapKey(key, next.key, row.keyId)
      await this.store().update(row.keyId, { wrapped, master: next.id }, req)
      Object.assign(row, { wrapped, master: next.id })
      n++
    }
    return n
  }

  get active(): { keyId: string; key: Buffer } {
    const row = this.rows.find((r) => r.state === 'active')
    const key = row && this.keys.get(row.keyId)
    if (!row || !key) throw new KeyError('The keyring has no active data key (it was not loaded).')
    return { keyId: row.keyId, key }
  }

  keyFor = (keyId: string): Buffer | undefined => this.keys.get(keyId)

  list(): KeyRow[] {
    return this.rows.map((r) => ({ ...r, wrapped: r.wrapped ? '(wrapped)' : null }))
  }
}
