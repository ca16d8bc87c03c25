/**
 * GET /report/<year>/<path>: the web edition of the latest published report of that year, from
 * the releases folder (FOLIO_RELEASES_DIR), only files its manifest lists under web/, with the
 * edition's Content-Security-Policy and security headers (src/publish/editions/web/hosted.ts).
 * A folder without its trailing slash is redirected to it, so the pages' relative links resolve
 * (next.config.mjs keeps Next from removing trailing slashes).
 */
import { hostedWebFile } from '../../../../../publish/editions/web/hosted'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

type Params = { params: Promise<{ year: string; path?: string[] }> }

async function answer(req: Request, { params }: Params, head: boolean): Promise<Response> {
  const { year } = await params
  const { pathname } = new URL(req.url)
  const prefix = `/report/${year}`
  // "/report/2020" → redirect to "2020/"; "/report/2020/en/" → "en/".
  if (pathname === prefix) return new Response(null, { status: 308, headers: { Location: `${year}/` } })
  const sub = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length + 1) : ''
  const r = hostedWebFile(year, sub, req.headers.get('if-none-match'))
  const body = head || r.body === null ? null : typeof r.body === 'string' ? r.body : new Uint8Array(r.body)
  return new Response(body, { status: r.status, headers: r.headers })
}

export const GET = (req: Request, ctx: Params) => answer(req, ctx, false)
export const HEAD = (req: Request, ctx: Params) => answer(req, ctx, true)
