/**
 * The DRAFT preview of the web edition, the counterpart of the PDF preview: a chapter, testimony
 * or defender's edit view links to GET /api/<collection>/<id>/web-preview?locale=fr, which builds
 * the report's site in that locale from the current drafts (DRAFT banner and watermark, noindex,
 * no sitemap), keeps it in memory for its requester, and redirects to the page of that item:
 *
 *   /api/chapters/web-preview/<token>/fr/<chapter>/              (a chapter)
 *   /api/chapters/web-preview/<token>/fr/testimonies/#testimony-<id>
 *   /api/chapters/web-preview/<token>/fr/defenders/#defender-<id>
 *
 * Every file of the preview is served only to the signed-in user who asked for it, with the
 * edition's own CSP, `X-Robots-Tag: noindex` and `Cache-Control: no-store`. Nothing is written
 * to disk or recorded. Previews expire after PREVIEW_TTL_MS.
 */
import { randomBytes } from 'node:crypto'

import { APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { withPreviewSlot } from '../../admin/api/pdf-preview'
import { LocaleCode, type BundleLocale } from '../../bundle/schema'
import { chapterDir, defenderAnchor, testimonyAnchor } from './model'
import { resolveWebRequest, webHeaders } from './serve'

export const PREVIEW_TTL_MS = 15 * 60_000
const MAX_PREVIEWS = 12

interface Stored {
  user: string
  files: Map<string, Buffer>
  until: number
}

// One store per server process, shared by every copy of this module the bundler may make.
const shared = globalThis as { __folioWebPreviews?: Map<string, Stored> }
shared.__folioWebPreviews ??= new Map()
const store: Map<string, Stored> = shared.__folioWebPreviews

function keep(user: string, files: Map<string, Buffer>, now = Date.now()): string {
  for (const [k, v] of store) if (v.until < now) store.delete(k)
  while (store.size >= MAX_PREVIEWS) store.delete(store.keys().next().value!)
  const token = randomBytes(18).toString('base64url')
  store.set(token, { user, files, until: now + PREVIEW_TTL_MS })
  return token
}

type Target = { collection: 'chapters' | 'testimonies' | 'defenders'; id: string }

const idOf = (v: unknown): string | null =>
  v && typeof v === 'object' ? String((v as { id: unknown }).id) : v == null ? null : String(v)

/** The report an item belongs to (its chapter's, for a testimony or defender), and the page to open. */
async function locate(req: PayloadRequest, t: Target): Promise<{ report: string; page: (l: string) => string }> {
  const find = (collection: string, id: string, access: boolean) =>
    req.payload.findByID({
      collection: collection as never,
      id,
      draft: true,
      depth: 0,
      locale: 'en',
      overrideAccess: !access,
      user: req.user,
    }) as Promise<Record<string, unknown>>
  let doc: Record<string, unknown>
  try {
    doc = await find(t.collection, t.id, true) // the reader's own access decides
  } catch {
    throw new APIError(`No ${t.collection.slice(0, -1)} ${t.id} that you may read.`, 404)
  }
  let chapter: Record<string, unknown> | null = t.collection === 'chapters' ? doc : null
  if (!chapter) {
    const chapterId = t.collection === 'testimonies' ? idOf(doc.chapter) : null
    const listing = await req.payload.find({
      collection: 'chapters',
      where: chapterId ? { id: { equals: chapterId } } : { [t.collection]: { in: [t.id] } },
      draft: true,
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    chapter = (listing.docs[0] as unknown as Record<string, unknown> | undefined) ?? null
  }
  const reportId = idOf(chapter?.report)
  if (!chapter || !reportId) throw new APIError('Put it in a chapter of a report before previewing it on the web.', 400)
  const report = (await find('reports', reportId, false)) as { slug?: unknown }
  if (typeof report.slug !== 'string' || typeof chapter.slug !== 'string')
    throw new APIError('Save the chapter and its report with a slug before previewing them.', 400)
  const slug = chapter.slug
  const page = (l: string) =>
    t.collection === 'chapters'
      ? chapterDir(l, { slug })
      : t.collection === 'testimonies'
        ? `${l}/testimonies/#${testimonyAnchor(t.id)}`
        : `${l}/defenders/#${defenderAnchor(t.id)}`
  return { report: report.slug, page }
}

const startHandler =
  (collection: Target['collection']): PayloadHandler =>
  async (req) => {
    if (!req.user) throw new APIError('Sign in to preview the web page.', 401)
    const id = req.routeParams?.id as string | undefined
    if (!id) throw new APIError('Missing id.', 400)
    const locale = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale') ?? 'en'
    if (!LocaleCode.safeParse(locale).success)
      throw new APIError(`Unknown locale "${locale}": use one of ${LocaleCode.options.join(', ')}.`, 400)
    const { report, page } = await locate(req, { collection, id })
    let files: Map<string, Buffer>
    try {
      files = await withPreviewSlot(async () => {
        // Loaded on first use: the edition's image and font code stays out of the config's imports.
        const [{ draftBundles }, { buildWebEdition }] = await Promise.all([import('../pdf/preview'), import('./index')])
        const drafts = await draftBundles(req.payload, { report, locales: [locale as BundleLocale] })
        return buildWebEdition({ ...drafts, version: 'DRAFT', checksum: 'not published', baseUrl: null, draft: true })
      })
    } catch (error) {
      if (error instanceof APIError) throw error
      const message = error instanceof Error ? error.message : String(error)
      req.payload.logger.warn({ msg: `Web preview of ${collection} ${id} (${locale}) failed`, err: message })
      throw new APIError(`The web preview could not be built: ${message}`, 422)
    }
    const token = keep(String(req.user.id), files)
    const api = req.payload.config.routes?.api ?? '/api'
    return new Response(null, {
      status: 303,
      headers: { Location: `${api}/chapters/web-preview/${token}/${page(locale)}`, 'Cache-Control': 'no-store' },
    })
  }

const fileHandler: PayloadHandler = async (req) => {
  if (!req.user) throw new APIError('Sign in to see this preview.', 401)
  const token = req.routeParams?.token as string | undefined
  const preview = token ? store.get(token) : undefined
  if (!preview || preview.until < Date.now() || preview.user !== String(req.user.id))
    throw new APIError('This preview has expired or is not yours: open it again from the edit view.', 404)
  // The path as the browser sent it (its trailing slash says "folder").
  const pathname = new URL(req.url ?? '', 'http://localhost').pathname
  const marker = `/web-preview/${token}/`
  const at = pathname.indexOf(marker)
  const sub = at >= 0 ? pathname.slice(at + marker.length) : ''
  const r = resolveWebRequest(sub, (f) => preview.files.has(f))
  if (!r) throw new APIError('Not in this preview.', 404)
  if ('redirect' in r) return new Response(null, { status: 308, headers: { Location: r.redirect } })
  const body = preview.files.get(r.file)!
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...webHeaders(r.file), 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' },
  })
}

/** For a collection's `endpoints`: the preview of one of its documents (and, on chapters, the files). */
export function webPreviewEndpoints(collection: Target['collection']): Endpoint[] {
  const start: Endpoint = { path: '/:id/web-preview', method: 'get', handler: startHandler(collection) }
  if (collection !== 'chapters') return [start]
  return [{ path: '/web-preview/:token/:path*', method: 'get', handler: fileHandler }, start]
}
