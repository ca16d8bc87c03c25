/**
 * A benchmark's own database: a temporary folder with an SQLite file (a copy of `from`, or new),
 * media and consent folders, set in the environment before Payload's config is imported.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function scratchDatabase(prefix: string, from?: string): { dir: string; dbFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `folio-bench-${prefix}-`))
  const dbFile = path.join(dir, 'bench.db')
  if (from) fs.copyFileSync(from, dbFile)
  process.env.DATABASE_URL = `file:${dbFile}`
  process.env.FOLIO_MEDIA_DIR = path.join(dir, 'media')
  process.env.FOLIO_CONSENT_DIR = path.join(dir, 'consent')
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return { dir, dbFile }
}
