/**
 * The Next proxy (formerly "middleware"): security headers on every answer of the CMS — admin
 * pages, REST and GraphQL, media and consent files (src/security/headers.ts). The web edition
 * under /report/ sends its own headers and is not matched.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { securityHeaders } from './security/headers'

export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next()
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
