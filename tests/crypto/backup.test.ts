/**
 * Encrypted backups: the archive is encrypted to age recipients, holds no confidential value in
 * clear (nor do the database and consent files inside it), and restores only with an identity.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { newIdentity } from '../../src/ops/age'
import { backup, type OpsPaths, restore } from '../../src/ops/backup'
import { bootPayload } from '../helpers/payload'
import { demoSecrets, filesContaining, sampleConsentImage } from './helpers'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let live: OpsPaths
beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  const { seed } = await import('../../src/seed')
  await seed(payload)
  const image = await sampleConsentImage()
  await payload.create({
    collection: 'consent-documents',
    data: { note: 'Fictional sample consent form' },
    file: { data: image, mimetype: 'image/png', name: 'consent-sample.png', size: image.length },
    overrideAccess: true,
  })
  live = {
    databaseUrl: process.env.DATABASE_URL!,
    mediaDir: process.env.FOLIO_MEDIA_DIR!,
    consentDir: process.env.FOLIO_CONSENT_DIR!,
  }
})
afterAll(async () => cleanup())

const legalNames = async (url: string) => {
  const client = createClient({ url })
  try {
    return (await client.execute('select id, legal_name from testimonies order by id')).rows.map((r) => ({ ...r }))
  } finally {
    client.close()
  }
}

test('an encrypted backup holds nothing in clear and restores only with an identity', async () => {
  const holderA = await newIdentity()
  const holderB = await newIdentity()
  const stranger = await newIdentity()
  const out = path.join(dir, 'backups')
  const { archive } = await backup(live, out, new Date(), { recipients: [holderA.recipient, holderB.recipient] })
  expect(archive.endsWith('.tar.gz.age')).toBe(true)
  expect(fs.readFileSync(archive).subarray(0, 21).toString()).toBe('age-encryption.org/v1')
  expect(filesContaining(out, [...demoSecrets(), 'IHDR', 'manifest.json'])).toEqual([])
  expect(fs.readdirSync(out)).toEqual([path.basename(archive)])

  const target: OpsPaths = {
    databaseUrl: `file:${path.join(dir, 'restored', 'folio.db')}`,
    mediaDir: path.join(dir, 'restored', 'media'),
    consentDir: path.join(dir, 'restored', 'consent-documents'),
  }
  await expect(restore(archive, target)).rejects.toThrow(/is encrypted: give the identity file/)
  await expect(restore(archive, target, { identities: [stranger.identity] })).rejects.toThrow(
    /cannot be decrypted with the identity given/,
  )
  expect(fs.existsSync(path.join(dir, 'restored', 'folio.db'))).toBe(false)

  const manifest = await restore(archive, target, { identities: [holderB.identity] })
  expect(manifest.files.some((f) => f.path.startsWith('consent-documents/'))).toBe(true)
  // Inside the archive, too, everything confidential is ciphertext.
  expect(filesContaining(path.join(dir, 'restored'), demoSecrets())).toEqual([])
  expect(await legalNames(target.databaseUrl)).toEqual(await legalNames(live.databaseUrl))
  const [consentFile] = fs.readdirSync(target.consentDir)
  expect(fs.readFileSync(path.join(target.consentDir, consentFile)).subarray(0, 8).toString()).toBe('FOLIOFE1')
})
