'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'

/**
 * "Web preview" in the edit view of a chapter, testimony or defender: opens the web page the item
 * is shown on, built from the last saved drafts in the locale being edited, marked DRAFT and not
 * indexed (GET /api/<collection>/:id/web-preview?locale=…, src/publish/editions/web/preview.ts).
 */
export function WebPreviewButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  if (!id || !collectionSlug) return null
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const code = locale?.code ?? 'en'
  const href = `${api}/${collectionSlug}/${id}/web-preview?locale=${encodeURIComponent(code)}`
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className="btn btn--style-secondary btn--size-small"
      style={{ margin: 0, whiteSpace: 'nowrap' }}
      title={`The web page of this item in ${code}, from the last saved drafts, marked DRAFT (takes a few seconds).`}
      data-testid="web-preview"
    >
      Web preview
    </a>
  )
}

export default WebPreviewButton
