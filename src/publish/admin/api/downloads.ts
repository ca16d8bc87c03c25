/** GET /api/publications/:id/download?file=… (one file of the release) and /:id/archive (all of it). */
import type { PayloadHandler } from 'payload'

import { canDownloadReleases } from '../../../access/publishing'
import { readReleaseFile, releaseArchive } from '../../release/folder'
import { asApiError, fail, fileHeaders, requireUser } from './http'
import { findPublication } from './status'

export const download: PayloadHandler = async (req) => {
  requireUser(req, canDownloadReleases, 'download published files (admins, editors and reviewers may)')
  const file = req.searchParams?.get('file')
  if (!file) throw fail('Give ?file=<path of a file listed in the release manifest>, e.g. pdf/<report>.en.pdf.', 400)
  const publication = await findPublication(req)
  try {
    const f = readReleaseFile(publication, file)
    return new Response(new Uint8Array(f.data), {
      status: 200,
      headers: fileHeaders(f.contentType, f.name, f.data.length),
    })
  } catch (e) {
    return asApiError(e)
  }
}

export const archive: PayloadHandler = async (req) => {
  requireUser(req, canDownloadReleases, 'download published files (admins, editors and reviewers may)')
  const publication = await findPublication(req)
  try {
    const a = releaseArchive(publication)
    return new Response(new Uint8Array(a.data), {
      status: 200,
      headers: fileHeaders('application/gzip', a.name, a.data.length),
    })
  } catch (e) {
    return asApiError(e)
  }
}
