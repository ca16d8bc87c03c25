'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'

/**
 * "PDF preview" in a chapter's edit view: opens the print layout of the chapter in the locale being
 * edited, typeset from the last saved draft with a DRAFT watermark
 * (GET /api/chapters/:id/pdf-preview?locale=…, src/publish/preview-endpoint.ts).
 */
export function PdfPreviewButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  if (!id || !collectionSlug) return null
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const code = locale?.code ?? 'en'
  const href = `${api}/${collectionSlug}/${id}/pdf-preview?locale=${encodeURIComponent(code)}`
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className="btn btn--style-secondary btn--size-small"
      style={{ margin: 0, whiteSpace: 'nowrap' }}
      title={`The print layout of this chapter in ${code}, from the last saved draft, watermarked DRAFT (takes a few seconds).`}
      data-testid="pdf-preview"
    >
      PDF preview
    </a>
  )
}

export default PdfPreviewButton
