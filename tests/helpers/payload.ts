import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { freshPgDatabase, testPgUrl } from './postgres'

export interface BootedPayload {
  payload: Payload
  dir: string
  cleanup: () => Promise<void>
}

/**
 * Boots Payload on a fresh database with its own media folders: by default a new SQLite file in a
 * temporary folder (the schema is pushed silently); under `npm run test:postgres`
 * (FOLIO_TEST_PG_URL), a new PostgreSQL database on that server; with `mongodbUri`, a new database
 * on that MongoDB server. `cleanup` drops a server database again.
 */
export async function bootPayload(options: { mongodbUri?: string } = {}): Promise<BootedPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-test-'))
  const pgServer = options.mongodbUri ? undefined : testPgUrl()
  const pgDb = pgServer ? await freshPgDatabase(pgServer) : null
  if (pgDb) {
    process.env.DATABASE_URL = pgDb.url
  } else if (options.mongodbUri) {
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
      if (pgDb) {
        // destroy() leaves the pool open (and one client checked out, so pool.end() would wait
        // forever): the DROP … WITH (FORCE) ends its connections, which the pool must not rethrow.
        ;(payload.db as unknown as { pool?: { on: (e: 'error', f: () => void) => void } }).pool?.on('error', () => {})
        await pgDb.drop()
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
