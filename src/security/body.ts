/**
 * Request-size limits for the API routes (REST and GraphQL, anonymous requests included): a body
 * over its limit (src/security/limits.ts) is answered 413 before Payload parses anything. A
 * declared Content-Length over the limit is refused without reading; a chunked or understated body
 * is counted while it streams in and refused at the first byte over, so a 300 MB body never sits
 * in memory.
 */
import { NextRequest } from 'next/server'

import { bodyLimitFor } from './limits'

type Handler<C> = (request: Request, context: C) => Promise<Response>

const tooLarge = (limit: number, what: string) =>
  Response.json(
    {
      errors: [
        {
          message: `The request body is too large: ${what} the limit for this request is ${limit} bytes (${Math.round(limit / 1024 / 1024)} MB).`,
        },
      ],
    },
    { status: 413, headers: { Connection: 'close' } },
  )

/** The whole body, or null once it passes `limit` bytes (the rest is not read). */
export async function readUpTo(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/** Wraps a route handler: refuses bodies over their limit with 413, passes the rest on unchanged. */
export const limitBody =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    if (!request.body) return handler(request, context)
    const limit = bodyLimitFor(new URL(request.url).pathname, request.headers.get('content-type'))
    const declared = Number(request.headers.get('content-length') ?? Number.NaN)
    if (declared > limit) return tooLarge(limit, `it declares ${declared} bytes;`)
    const body = await readUpTo(request.body, limit)
    if (body === null) return tooLarge(limit, `it passed`)
    const copy = new NextRequest(request.url, { method: request.method, headers: request.headers, body })
    return handler(copy, context)
  }
