/**
 * The Next proxy (formerly "middleware"): security headers on every answer of the CMS — admin
 * pages, REST and GraphQL, media and consent files (src/security/headers.ts). The web edition
 * under /report/ sends its own headers and is not matched.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { securityHeaders } from './security/headers'
import { bodyLimitFor } from './security/limits'

/**
 * A body that declares more than its limit is refused here, before Next buffers it for the proxy
 * (a body with no or a false length is counted by the API routes: src/security/body.ts).
 */
function declaredTooLarge(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl
  if (!pathname.startsWith('/api/')) return null
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  const limit = bodyLimitFor(pathname, request.headers.get('content-type'))
  if (!(declared > limit)) return null
  const message = `The request body is too large: it declares ${declared} bytes; the limit for this request is ${limit} bytes (${Math.round(limit / 1024 / 1024)} MB).`
  return NextResponse.json({ errors: [{ message }] }, { status: 413, headers: { Connection: 'close' } })
}

export function proxy(request: NextRequest): NextResponse {
  const response = declaredTooLarge(request) ?? NextResponse.next()
  const headers = securityHeaders({
    protocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get('x-forwarded-proto'),
  })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  matcher: ['/((?!report/|report$).*)'],
}
