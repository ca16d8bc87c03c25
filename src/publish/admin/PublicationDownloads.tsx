import type { PayloadRequest } from 'payload'

import { canDownloadReleases } from '../../access/publishing'
import { downloadsOf } from './api/status'

type Props = { id?: number | string; req?: PayloadRequest }

/** The files of a publication's release (UI field on Publications): every PDF, the archive, the manifest. */
export async function PublicationDownloads({ id, req }: Props) {
  if (!id || !req?.user) return null
  if (!canDownloadReleases(req.user)) return <p>Only admins, editors and reviewers may download published files.</p>
  const doc = await req.payload
    .findByID({ collection: 'publications', id, depth: 0, overrideAccess: false, user: req.user })
    .catch(() => null)
  if (!doc) return null
  const downloads = downloadsOf(req.payload, doc)
  return (
    <div className="field-type" data-testid="publication-downloads" style={{ marginBottom: 24 }}>
      <div className="field-label" style={{ marginBottom: 4 }}>
        Downloads
      </div>
      {downloads.length === 0 ? (
        <p style={{ margin: 0, opacity: 0.75 }}>
          {doc.outcome === 'published' || doc.outcome === 'unchanged'
            ? 'The release folder is not on this server.'
            : 'No files: this publish did not write a release.'}
        </p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {downloads.map((d) => (
            <li key={d.url}>
              <a href={d.url} download>
                {d.label}
              </a>
              {d.size ? <small> ({Math.max(1, Math.round(d.size / 1024))} KB)</small> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export default PublicationDownloads
