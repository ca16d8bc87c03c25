/**
 * The size limits of the CMS, in one place (SECURITY.md "Limits" lists them).
 */

/** A JSON (or any non-upload) request body: far above any real document, far below a flood. */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024

/**
 * Upload bodies (multipart) per upload collection: photos can be large print originals; signed
 * consent forms are scans. Any other path gets JSON_BODY_LIMIT for a multipart body too.
 */
export const UPLOAD_BODY_LIMITS: Readonly<Record<string, number>> = {
  media: 25 * 1024 * 1024,
  'consent-documents': 10 * 1024 * 1024,
}

/** The largest request body the server accepts at all (Payload's own upload limit matches it). */
export const MAX_BODY_LIMIT = Math.max(JSON_BODY_LIMIT, ...Object.values(UPLOAD_BODY_LIMITS))

/** Maximum characters of text fields without their own `maxLength`: one line, or a few paragraphs. */
export const TEXT_MAX_LENGTH = 300
export const TEXTAREA_MAX_LENGTH = 5000

/** Lists for everyone but admins: at most this many documents per page, populated this deep. */
export const LIST_LIMIT = 100
export const LIST_DEPTH = 2

/** GraphQL: aliases per operation and tokens per document. */
export const GRAPHQL_MAX_ALIASES = 30
export const GRAPHQL_MAX_TOKENS = 5000

/** The body limit for a request to `pathname` (under /api) with this content type. */
export function bodyLimitFor(pathname: string, contentType: string | null): number {
  if (!/^multipart\/form-data/i.test(contentType ?? '')) return JSON_BODY_LIMIT
  const slug = /^\/api\/([^/?]+)/.exec(pathname)?.[1] ?? ''
  return UPLOAD_BODY_LIMITS[slug] ?? JSON_BODY_LIMIT
}
