import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export interface BootedPayload {
  payload: Payload
  dir: string
  cleanup: () => Promise<void>
}

/**
 * Boots Payload on a fresh database with its own media folders: by default a new SQLite file in a
 * temporary folder (the schema is pushed silently); with `mongodbUri`, a new database on that
 * MongoDB server, dropped again by `cleanup`.
 */
export async function bootPayload(options: { mongodbUri?: string } = {}): Promise<BootedPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-test-'))
  if (options.mongodbUri) {
    const url = new URL(options.mongodbUri)
    url.pathname = `/folio_test_${crypto.randomBytes(6).toString('hex')}`
    process.env.DATABASE_URL = url.toString()
  } else {
    process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  }
  process.env.FOLIO_MEDIA_DIR = path.join(dir, 'media')
  process.env.FOLIO_CONSENT_DIR = path.join(dir, 'consent-documents')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    cleanup: async () => {
      if (options.mongodbUri) {
        const connection = (payload.db as unknown as { connection?: { dropDatabase?: () => Promise<unknown> } })
          .connection
        await connection?.dropDatabase?.()
      }
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
