/**
 * REST endpoints for connectors and the admin's translation dashboard (payload.config.ts
 * `endpoints`). Errors: `{ errors: [{ message }] }`.
 *
 *   GET  /api/xliff/export?report=2020&locale=fr[&format=1.2|2.1][&status=missing,stale]
 *        → the XLIFF file (attachment)
 *   GET  /api/xliff/glossary?report=2020&locale=fr → the glossary as TBX-Basic (attachment)
 *   POST /api/xliff/import[?dryRun=1]  body: the file (multipart field "file", or the XML itself)
 *        → 200 the import report (ImportReport); 400 bad file, 403 locale not the user's
 *
 * Who: staff, and translators for their own locales (the rule of src/access/content.ts).
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE } from '../../model/locales'
import { MAX_XLIFF_BYTES, XliffFileError } from '../parse'
import { writeTbx } from '../tbx'
import { checkLocale, exportXliff, parseStatuses, XliffRequestError } from './export'
import { loadGlossary } from './glossary'
import { importXliff, mayTranslate, type ImportUser } from './import'

const fail = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`

const guarded =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (e) {
      if (e instanceof XliffRequestError) return fail(e.message, e.status)
      if (e instanceof XliffFileError) return fail(e.message, 400)
      throw e
    }
  }

function allowed(req: PayloadRequest, locale: string): void {
  if (!req.user) throw new XliffRequestError('Sign in to exchange translation files.', 401)
  checkLocale(locale)
  if (!mayTranslate(req.user, locale)) throw new XliffRequestError(`You may not translate into ${locale}.`, 403)
}

const exportHandler: PayloadHandler = async (req) => {
  const q = req.searchParams
  const locale = q.get('locale') ?? ''
  allowed(req, locale)
  const report = q.get('report')
  if (!report) throw new XliffRequestError('Give ?report=<year, slug or id>.')
  const format = q.get('format') ?? '1.2'
  if (format !== '1.2' && format !== '2.1') throw new XliffRequestError(`Unknown format "${format}": use 1.2 or 2.1.`)
  const r = await exportXliff(req.payload, { report, locale, format, statuses: parseStatuses(q.get('status')) })
  return new Response(r.xml, {
    headers: {
      'Content-Type': 'application/xliff+xml; charset=utf-8',
      'Content-Disposition': attachment(r.fileName),
      'Cache-Control': 'private, no-store',
      'X-Folio-Documents': String(r.documents),
      'X-Folio-Units': String(r.units),
    },
  })
}

const glossaryHandler: PayloadHandler = async (req) => {
  const locale = req.searchParams.get('locale') ?? ''
  allowed(req, locale)
  const entries = await loadGlossary(req.payload)
  if (!entries.length) throw new XliffRequestError('The glossary is empty.', 404)
  const tbx = writeTbx(entries, { source: DEFAULT_LOCALE, locales: [locale], title: 'Folio glossary' })
  return new Response(tbx, {
    headers: {
      'Content-Type': 'application/x-tbx+xml; charset=utf-8',
      'Content-Disposition': attachment(`glossary.${locale}.tbx`),
      'Cache-Control': 'private, no-store',
    },
  })
}

async function uploadedFile(req: PayloadRequest): Promise<Buffer> {
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > MAX_XLIFF_BYTES + 64 * 1024)
    throw new XliffFileError(
      `The upload is ${(length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_XLIFF_BYTES / 1024 / 1024} MB.`,
    )
  const type = req.headers.get('content-type') ?? ''
  const r = req as unknown as { formData?: () => Promise<FormData>; arrayBuffer?: () => Promise<ArrayBuffer> }
  if (type.startsWith('multipart/form-data') && r.formData) {
    const file = (await r.formData()).get('file')
    if (!file || typeof file === 'string') throw new XliffRequestError('Send the XLIFF file in the form field "file".')
    return Buffer.from(await (file as Blob).arrayBuffer())
  }
  if (!r.arrayBuffer) throw new XliffRequestError('Send the XLIFF file as the request body.')
  return Buffer.from(await r.arrayBuffer())
}

const importHandler: PayloadHandler = async (req) => {
  if (!req.user) throw new XliffRequestError('Sign in to import translations.', 401)
  const file = await uploadedFile(req)
  const dryRun = ['1', 'true', 'yes'].includes(req.searchParams.get('dryRun') ?? '')
  const adminUrl = `${req.payload.config.serverURL ?? ''}${req.payload.config.routes.admin}`
  const report = await importXliff(req.payload, { file, user: req.user as unknown as ImportUser, dryRun, adminUrl })
  return Response.json(report)
}

export const xliffEndpoints: Endpoint[] = [
  { path: '/xliff/export', method: 'get', handler: guarded(exportHandler) },
  { path: '/xliff/glossary', method: 'get', handler: guarded(glossaryHandler) },
  { path: '/xliff/import', method: 'post', handler: guarded(importHandler) },
]
