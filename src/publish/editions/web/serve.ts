/**
 * How the web edition is served, in one place for every server (the app's /report/<year>/ route,
 * the tests' static server, and as a reference for any other host): which file a request path
 * names, its content type, caching, and the security headers (the same Content-Security-Policy as
 * the pages' meta tag, plus what only a header can say: frame-ancestors).
 */
import { KNOWN_PLAYERS } from './blocks'
import { contentSecurityPolicy } from './layout'

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  xml: 'application/xml; charset=utf-8',
  pdf: 'application/pdf',
}

export function webContentType(file: string): string {
  return TYPES[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream'
}

/** Security headers for every response of the web edition. */
export function webSecurityHeaders(): Record<string, string> {
  return {
    // The page's own meta policy narrows frame-src to the players that page has.
    'Content-Security-Policy': `${contentSecurityPolicy(KNOWN_PLAYERS)}; frame-ancestors 'self'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'SAMEORIGIN',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  }
}

/** Content type, caching (hashed assets forever, pages briefly) and the security headers. */
export function webHeaders(file: string): Record<string, string> {
  const immutable = file.startsWith('assets/')
  return {
    'Content-Type': webContentType(file),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    ...webSecurityHeaders(),
  }
}

export type WebRequest = { file: string } | { redirect: string } | null

/**
 * The file of web/ a request path (relative to where web/ is served, without query) names:
 * "" → index.html, "en/" → en/index.html, "assets/x.css" → itself; "en" (a folder without its
 * slash) → a redirect to "en/", so the pages' relative links resolve. null: no such file.
 */
export function resolveWebRequest(sub: string, exists: (file: string) => boolean): WebRequest {
  let p: string
  try {
    p = decodeURIComponent(sub).replace(/^\/+/, '')
  } catch {
    return null
  }
  if (p.split('/').some((s) => s === '..' || s === '.') || p.includes('\\') || p.includes('\0')) return null
  if (p === '' || p.endsWith('/')) {
    const f = `${p}index.html`
    return exists(f) ? { file: f } : null
  }
  if (exists(p)) return { file: p }
  if (exists(`${p}/index.html`)) return { redirect: `${p.split('/').pop()}/` }
  return null
}
