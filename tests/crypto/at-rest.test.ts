/**
 * After the seed, no confidential demo value is stored in clear: not in the SQLite file, its WAL,
 * the version tables or the consent folder. Admins still read and edit them; a tampered or moved
 * ciphertext is reported as "cannot be decrypted" and not overwritten.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { UNDECRYPTABLE } from '../../src/crypto/envelope'
import { bootPayload } from '../helpers/payload'
import { demoSecrets, filesContaining, sampleConsentImage, sql } from './helpers'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  // Imported after the boot: collections/ read the upload folders from the environment it sets.
  const { seed } = await import('../../src/seed')
  await seed(payload)
})
afterAll(async () => cleanup())

const byLegalName = async (name: string) => {
  const { docs } = await payload.find({
    collection: 'testimonies',
    overrideAccess: true,
    depth: 0,
    limit: 100,
    pagination: false,
  })
  const doc = docs.find((d) => d.legalName === name)
  if (!doc) throw new Error(`no testimony with legal name ${name}`)
  return doc
}

test('the seeded confidential values are nowhere in clear on disk (database, WAL, versions)', async () => {
  const secrets = demoSecrets()
  expect(secrets.length).toBeGreaterThanOrEqual(6)
  // The WAL is searched as written (before a checkpoint) and the file after one.
  expect(filesContaining(dir, secrets)).toEqual([])
  await sql(payload, 'PRAGMA wal_checkpoint(TRUNCATE)')
  expect(filesContaining(dir, secrets)).toEqual([])
  const stored = await sql(payload, 'select legal_name from testimonies where legal_name is not null')
  expect(stored.length).toBeGreaterThan(0)
  for (const row of stored) expect(String(row.legal_name)).toMatch(/^fe1:[0-9a-f]{8}:/)
  const versions = await sql(
    payload,
    'select version_legal_name as v from _testimonies_v where version_legal_name is not null',
  )
  expect(versions.length).toBeGreaterThan(0)
  for (const row of versions) expect(String(row.v)).toMatch(/^fe1:/)
})

test('admins read and edit the values as before; drafts and versions hold ciphertext', async () => {
  const doc = await byLegalName('Fictional Person A (demo record)')
  expect(doc.contact).toBe('witness-a@example.org')
  await payload.update({
    collection: 'testimonies',
    id: doc.id,
    data: { contact: 'edited-witness-a@example.org' },
    overrideAccess: true,
    draft: true,
  })
  const versions = await payload.findVersions({
    collection: 'testimonies',
    where: { parent: { equals: doc.id } },
    overrideAccess: true,
    depth: 0,
  })
  expect(versions.docs.some((v) => v.version.contact === 'edited-witness-a@example.org')).toBe(true)
  await sql(payload, 'PRAGMA wal_checkpoint(TRUNCATE)')
  expect(filesContaining(dir, ['edited-witness-a@example.org'])).toEqual([])
})

test('a tampered ciphertext is reported as "cannot be decrypted" and is not overwritten by a save', async () => {
  const doc = await byLegalName('Fictional Person B (demo record)')
  const [row] = await sql(payload, 'select internal_notes as v from testimonies where id = ?', [doc.id])
  const stored = String(row.v)
  const flipped = stored.slice(0, -3) + (stored.at(-3) === 'A' ? 'B' : 'A') + stored.slice(-2)
  await sql(payload, 'update testimonies set internal_notes = ? where id = ?', [flipped, doc.id])
  const read = await payload.findByID({ collection: 'testimonies', id: doc.id, overrideAccess: true, depth: 0 })
  expect(read.internalNotes).toBe(UNDECRYPTABLE + flipped)
  expect(read.legalName).toBe('Fictional Person B (demo record)')
  // Saving another field writes the damaged value back exactly as stored, not the marker, not garbage.
  await payload.update({
    collection: 'testimonies',
    id: doc.id,
    data: { contentWarning: 'Edited' },
    overrideAccess: true,
  })
  const [after] = await sql(payload, 'select internal_notes as v from testimonies where id = ?', [doc.id])
  expect(after.v).toBe(flipped)
})

test('a ciphertext moved to another testimony fails to decrypt there', async () => {
  const a = await byLegalName('Fictional Person C (demo record)')
  const d = await byLegalName('Fictional Person D (demo record)')
  const [row] = await sql(payload, 'select legal_name as v from testimonies where id = ?', [a.id])
  await sql(payload, 'update testimonies set legal_name = ? where id = ?', [row.v, d.id])
  const moved = await payload.findByID({ collection: 'testimonies', id: d.id, overrideAccess: true, depth: 0 })
  expect(moved.legalName).toBe(UNDECRYPTABLE + String(row.v))
  // And into another field of the same testimony.
  await sql(payload, 'update testimonies set contact = ? where id = ?', [row.v, a.id])
  const other = await payload.findByID({ collection: 'testimonies', id: a.id, overrideAccess: true, depth: 0 })
  expect(other.legalName).toBe('Fictional Person C (demo record)')
  expect(other.contact).toBe(UNDECRYPTABLE + String(row.v))
})

test('a consent document is encrypted on disk and decrypts for the file route only', async () => {
  // A fictional sample "scan" (a PNG); its header chunk name is what a byte search would find.
  const image = await sampleConsentImage()
  const created = await payload.create({
    collection: 'consent-documents',
    data: { note: 'Fictional sample consent form' },
    file: { data: image, mimetype: 'image/png', name: 'consent-sample.png', size: image.length },
    overrideAccess: true,
  })
  const { readSealed } = await import('../../src/crypto/files')
  const { encryptionOf } = await import('../../src/crypto/state')
  const folder = process.env.FOLIO_CONSENT_DIR!
  expect(folder.startsWith(dir)).toBe(true)
  const stored = path.join(folder, String(created.filename))
  expect(fs.existsSync(stored)).toBe(true)
  expect(fs.readFileSync(stored).subarray(0, 8).toString()).toBe('FOLIOFE1')
  expect(filesContaining(folder, ['IHDR', 'IDAT'])).toEqual([])
  const keyring = encryptionOf(payload)!.keyring
  const chunks: Buffer[] = []
  for await (const c of readSealed(stored, keyring)) chunks.push(c as Buffer)
  expect(Buffer.concat(chunks).equals(image)).toBe(true)
})
