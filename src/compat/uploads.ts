import fs from 'node:fs'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload 3.90.2 answers 500 "Something went wrong." when a requested upload file is not on disk
 * (uploads/endpoints/getFile.js). A file that does not exist is not found: 404.
 */
export const missingFileIsNotFound =
  (staticDir: string): UploadHandler =>
  (_req, { params }) => {
    const name = path.basename(String(params.filename ?? ''))
    if (name && fs.existsSync(path.join(path.resolve(staticDir), name))) return
    return Response.json({ errors: [{ message: `No file named "${name}".` }] }, { status: 404 })
  }
