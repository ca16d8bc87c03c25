/**
 * The data step of the encryption migration: encrypts every confidential value still stored in
 * clear (a database from before encryption), idempotent and resumable (./rotate.ts `reseal`).
 * SQLite: plaintext may still sit in free pages and freed cells (left by every earlier update) and
 * in the WAL. VACUUM rebuilds the file and a TRUNCATE checkpoint empties the WAL, but neither can
 * run inside the migration's transaction: the migration leaves a note (`payload-kv`,
 * SCRUB_PENDING) and the next start (./plugin.ts `startupScrub`) vacuums, then deletes the note.
 * `npm run keys -- encrypt` does the same and scrubs at once.
 */
import type { Payload, PayloadRequest } from 'payload'

import { reseal } from './rotate'
import { SCRUB_PENDING } from './sqlite'
import { encryptionOf } from './state'

export async function encryptExistingData(payload: Payload, req?: Partial<PayloadRequest>): Promise<void> {
  if (!encryptionOf(payload)) {
    payload.logger.warn('Encryption is off (FOLIO_ENCRYPTION=off): confidential values stay in clear.')
    return
  }
  const db = payload.db as unknown as { name?: string; client?: { execute(sql: string): Promise<unknown> } }
  if (db.name === 'sqlite' && db.client) await db.client.execute('PRAGMA secure_delete = ON')
  const result = await reseal(
    payload,
    (p) => {
      if (p.done === p.total) payload.logger.info(`Encrypting ${p.collection} ${p.table}: ${p.done}/${p.total}`)
    },
    { req },
  )
  payload.logger.info(`Encrypted ${result.encrypted} confidential values stored in clear.`)
  if (result.encrypted > 0 && db.name === 'sqlite') {
    await encryptionOf(payload)!.raw.create({
      collection: 'payload-kv',
      data: { key: SCRUB_PENDING, data: { since: new Date().toISOString(), values: result.encrypted } },
      req,
    })
  }
  for (const u of result.undecryptable)
    payload.logger.error(`${u.collection} ${u.id} ${u.path} cannot be decrypted; left as stored.`)
}
