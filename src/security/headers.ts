/**
 * The security headers of every answer of the CMS (admin, REST, GraphQL, media files), set in one
 * place: the Next proxy (src/proxy.ts). The web edition (/report/…) sends its own, stricter
 * Content-Security-Policy (src/publish/editions/web/hosted.ts) and is left to it.
 */

/**
 * The admin is a Next app: its pages carry inline bootstrap scripts and inline styles, so scripts and
 * styles allow 'unsafe-inline' from this origin only; nothing is loaded from another host (the
 * built-in avatar, no Gravatar: payload.config.ts). No page may frame it (clickjacking), it posts
 * forms only to itself, and it never runs plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

/** Features the CMS never uses, switched off for its pages and anything they embed. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ')

export const HSTS = 'max-age=31536000; includeSubDomains'

export interface RequestFacts {
  /** The request's own protocol ("http:" / "https:"). */
  protocol: string
  /** The X-Forwarded-Proto header, if any. */
  forwardedProto: string | null
  env?: NodeJS.ProcessEnv
}

/**
 * Served over HTTPS: the request itself is, FOLIO_SERVER_URL is an https:// URL (the public address
 * is HTTPS, whatever the hop from the proxy), or a proxy the operator trusts
 * (FOLIO_TRUST_PROXY=true) says so in X-Forwarded-Proto. Without that setting the header is
 * ignored: any client can send it.
 */
export function servedOverHttps({ protocol, forwardedProto, env = process.env }: RequestFacts): boolean {
  if (protocol === 'https:') return true
  if (/^https:\/\//i.test(env.FOLIO_SERVER_URL?.trim() ?? '')) return true
  if (env.FOLIO_TRUST_PROXY === 'true' && forwardedProto) {
    return forwardedProto.split(',')[0]?.trim().toLowerCase() === 'https'
  }
  return false
}

/** The headers for one answer. */
export function securityHeaders(facts: RequestFacts): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(servedOverHttps(facts) ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}
