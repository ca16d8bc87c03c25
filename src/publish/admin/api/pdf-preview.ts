/**
 * GET /api/chapters/:id/pdf-preview?locale=fr → the chapter's print layout as a PDF, typeset from
 * the current drafts with the DRAFT watermark (editions/pdf/preview.ts). For signed-in staff who may
 * read the chapter; nothing is written or recorded. Typesetting is CPU-heavy, so at most
 * PREVIEW_CONCURRENCY previews render at once and a few more wait; beyond that the answer is 503.
 */
import { APIError, type Endpoint, type PayloadHandler } from 'payload'

import type { Chapter } from '../../../../payload-types'
import { relationValue } from '../../../model/ids'
import { renderDraftEditions, type DraftEdition } from '../../editions/pdf/preview'
import { LocaleCode, type BundleLocale } from '../../bundle/schema'
import { isStaff } from '../../../access/roles'
import { translatorMayWriteLocale } from '../../../access/content'

const PREVIEW_CONCURRENCY = 2
const PREVIEW_QUEUE = 6

let running = 0
const waiting: Array<() => void> = []

/** Runs `work` when a rendering slot is free; refuses when too many previews are already waiting. */
export async function withPreviewSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PREVIEW_CONCURRENCY) {
    if (waiting.length >= PREVIEW_QUEUE)
      throw new APIError('Too many PDF previews are being typeset right now: try again in a minute.', 503)
    await new Promise<void>((resolve) => waiting.push(resolve))
  } else {
    running++
  }
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

const previewHandler: PayloadHandler = async (req) => {
  if (!req.user) throw new APIError('Sign in to preview the PDF.', 401)
  const id = req.routeParams?.id as string | undefined
  if (!id) throw new APIError('Missing chapter id.', 400)
  const url = new URL(req.url ?? '', 'http://localhost')
  const locale = url.searchParams.get('locale') ?? 'en'
  if (!LocaleCode.safeParse(locale).success) {
    throw new APIError(`Unknown locale "${locale}": use one of ${LocaleCode.options.join(', ')}.`, 400)
  }
  // Staff preview any language; a translator the languages they translate (their own work).
  if (!isStaff(req.user) && !translatorMayWriteLocale(req.user, locale)) {
    throw new APIError(
      `The PDF preview in ${locale} is for staff and for the translators of that language.`,
      req.user ? 403 : 401,
    )
  }
  // The reader's own access decides whether they may see this chapter at all.
  let chapter: Chapter
  try {
    chapter = await req.payload.findByID({
      collection: 'chapters',
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      locale: 'en',
    })
  } catch {
    throw new APIError(`No chapter ${id} that you may read.`, 404)
  }
  const reportId = relationValue(chapter.report)
  if (reportId == null || typeof chapter.slug !== 'string' || !chapter.slug) {
    throw new APIError('Save the chapter with a report and a slug before previewing it.', 400)
  }
  const report = await req.payload.findByID({
    collection: 'reports',
    id: reportId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    locale: 'en',
  })
  if (typeof report.slug !== 'string') throw new APIError("The chapter's report has no slug yet.", 400)
  const slug = chapter.slug

  let edition: DraftEdition | undefined
  try {
    ;[edition] = await withPreviewSlot(() =>
      renderDraftEditions(req.payload, {
        report: report.slug as string,
        locales: [locale as BundleLocale],
        chapters: [slug],
      }),
    )
  } catch (error) {
    if (error instanceof APIError) throw error
    const message = error instanceof Error ? error.message : String(error)
    req.payload.logger.warn({ msg: `PDF preview of chapter ${id} (${locale}) failed`, err: message })
    throw new APIError(`The PDF preview could not be typeset: ${message}`, 422)
  }
  if (!edition) throw new APIError(`Nothing to typeset for chapter ${id} in ${locale}.`, 422)
  const fileName = `${slug}.${locale}.draft.pdf`
  return new Response(new Uint8Array(edition.pdf), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${fileName}"`,
      'Content-Length': String(edition.pdf.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const pdfPreviewEndpoints: Endpoint[] = [{ path: '/:id/pdf-preview', method: 'get', handler: previewHandler }]
