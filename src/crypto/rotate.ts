/**
 * Resealing: brings every stored confidential value under the active data key, in the main
 * tables and in every version. It encrypts plaintext (a database from before encryption: the
 * migration) and re-encrypts values under an older key (a rotation). Each document is written on
 * its own, so an interrupted run loses nothing and the next run carries on where it stopped
 * (idempotent: a value already under the active key is left untouched). The old key stays
 * readable until no value uses it; only then is it retired and its material erased.
 */
import type { Payload, PayloadRequest } from 'payload'

import { DecryptError, isEnvelope, keyIdOf, open, seal } from './envelope'
import { onlySealed, sealedValues } from './fields'
import { type Encryption, encryptionOf } from './state'

export interface Progress {
  collection: string
  table: 'documents' | 'versions'
  done: number
  total: number
}

export interface ResealResult {
  /** Plaintext values encrypted. */
  encrypted: number
  /** Values moved from an older key to the active one. */
  reencrypted: number
  /** Values that cannot be decrypted: left exactly as stored, and reported. */
  undecryptable: { collection: string; id: string | number; path: string }[]
}

const handle = (payload: Payload): Encryption => {
  const enc = encryptionOf(payload)
  if (!enc) throw new Error('Encryption is off (FOLIO_ENCRYPTION=off): there is nothing to reseal with.')
  return enc
}

type Row = Record<string, unknown> & { id: string | number }

/** The sealed leaves of `data` that need writing, resealed; undefined when none does. */
function resealData(
  enc: Encryption,
  slug: string,
  docId: string | number,
  data: Record<string, unknown>,
  result: ResealResult,
): Record<string, unknown> | undefined {
  const { keyId, key } = enc.keyring.active
  let changed = false
  let out = { ...data }
  for (const { path, value } of sealedValues(slug, data)) {
    if (isEnvelope(value) && keyIdOf(value) === keyId) continue
    const binding = { collection: slug, docId, path, locale: '' }
    let clear = value
    if (isEnvelope(value)) {
      try {
        clear = open(value, enc.keyring.keyFor, binding)
      } catch (error) {
        if (!(error instanceof DecryptError)) throw error
        result.undecryptable.push({ collection: slug, id: docId, path })
        continue
      }
      result.reencrypted++
    } else result.encrypted++
    out = setLeaf(out, path, seal(clear, key, keyId, binding))
    changed = true
  }
  return changed ? onlySealed(slug, out) : undefined
}

function setLeaf(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.')
  const copy: Record<string, unknown> = Array.isArray(obj) ? ([...obj] as never) : { ...obj }
  copy[head] = rest.length ? setLeaf((obj[head] ?? {}) as Record<string, unknown>, rest.join('.'), value) : value
  return copy
}

async function pages(
  fetch: (page: number) => Promise<{ docs: Row[]; totalDocs: number }>,
  each: (row: Row) => Promise<void>,
  progress: (done: number, total: number) => void,
): Promise<void> {
  let page = 1
  let done = 0
  for (;;) {
    const { docs, totalDocs } = await fetch(page++)
    for (const row of docs) await each(row)
    done += docs.length
    progress(done, totalDocs)
    if (docs.length === 0 || done >= totalDocs) return
  }
}

/** Reseals every confidential value under the active key; see the module comment. */
export async function reseal(
  payload: Payload,
  onProgress: (p: Progress) => void = () => {},
  { batch = 200, req }: { batch?: number; req?: Partial<PayloadRequest> } = {},
): Promise<ResealResult> {
  const enc = handle(payload)
  await enc.keyring.ready(req)
  const result: ResealResult = { encrypted: 0, reencrypted: 0, undecryptable: [] }
  for (const slug of enc.sealed.keys()) {
    const versioned = Boolean(payload.collections[slug as 'testimonies']?.config.versions)
    await pages(
      (page) => enc.raw.find({ collection: slug, limit: batch, page, sort: 'id', pagination: true, req }),
      async (row) => {
        const data = resealData(enc, slug, row.id, row, result)
        if (data) await enc.raw.updateOne({ collection: slug, id: row.id, data, req })
      },
      (done, total) => onProgress({ collection: slug, table: 'documents', done, total }),
    )
    if (!versioned) continue
    await pages(
      (page) => enc.raw.findVersions({ collection: slug, limit: batch, page, sort: 'id', pagination: true, req }),
      async (row) => {
        const parent = (row.parent as { id?: string | number })?.id ?? (row.parent as string | number)
        const data = resealData(enc, slug, parent, (row.version ?? {}) as Record<string, unknown>, result)
        if (data) await enc.raw.updateVersion({ collection: slug, id: row.id, versionData: { version: data }, req })
      },
      (done, total) => onProgress({ collection: slug, table: 'versions', done, total }),
    )
  }
  return result
}

export interface KeyCount {
  keyId: string
  state: string
  values: number
}

/** How many stored values each data key protects, and how many are still in clear. */
export async function keyStatus(payload: Payload): Promise<{ keys: KeyCount[]; plaintext: number; master: string }> {
  const enc = handle(payload)
  await enc.keyring.ready()
  const counts = new Map<string, number>()
  let plaintext = 0
  const count = (slug: string, data: unknown) => {
    for (const { value } of sealedValues(slug, data)) {
      const id = keyIdOf(value)
      if (id === undefined) plaintext++
      else counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  for (const slug of enc.sealed.keys()) {
    const { docs } = await enc.raw.find({ collection: slug, limit: 0, pagination: false })
    for (const d of docs) count(slug, d)
    if (payload.collections[slug as 'testimonies']?.config.versions) {
      const versions = await enc.raw.findVersions({ collection: slug, limit: 0, pagination: false })
      for (const v of versions.docs) count(slug, v.version)
    }
  }
  const keys = enc.keyring.list().map((r) => ({ keyId: r.keyId, state: r.state, values: counts.get(r.keyId) ?? 0 }))
  return { keys, plaintext, master: enc.master().id }
}

/**
 * A rotation: a new active data key, every value resealed under it, then the old keys retired
 * (their material erased). Interrupted, it is resumed by running it again: the keyring then
 * already has the new active key and the retiring ones, and only what is left is resealed.
 */
export async function rotate(
  payload: Payload,
  onProgress?: (p: Progress) => void,
  options: { newKey?: boolean } = { newKey: true },
): Promise<ResealResult & { activeKey: string; retired: string[] }> {
  const enc = handle(payload)
  await enc.keyring.ready()
  const retiring = () => enc.keyring.list().filter((r) => r.state === 'retiring')
  // A run that finds retiring keys is the resumption of one that stopped: it keeps the new key.
  if (options.newKey !== false && retiring().length === 0) await enc.keyring.addKey()
  const result = await reseal(payload, onProgress)
  // Retired only once a recount finds no value under it (a server that had not yet seen the new
  // key may have sealed one meanwhile: the key then stays readable and the next run finishes).
  const retired: string[] = []
  const { keys } = await keyStatus(payload)
  for (const row of retiring()) {
    if ((keys.find((k) => k.keyId === row.keyId)?.values ?? 0) > 0) continue
    await enc.keyring.retire(row.keyId)
    retired.push(row.keyId)
  }
  return { ...result, activeKey: enc.keyring.active.keyId, retired }
}
