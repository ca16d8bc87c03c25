import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * Boots Payload on a fresh SQLite database (a new file in a temporary folder, so the schema is
 * pushed silently) with its own media folders. Returns the instance and a cleanup function.
 */
export async function bootPayload(): Promise<{ payload: Payload; dir: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-test-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  process.env.FOLIO_MEDIA_DIR = path.join(dir, 'media')
  process.env.FOLIO_CONSENT_DIR = path.join(dir, 'consent-documents')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
