/** What every publishing endpoint shares: errors that reach the client, roles, bodies, file answers. */
import { APIError, type Payload, type PayloadHandler, type PayloadRequest } from 'payload'

import { ReleaseFileError } from '../../release/folder'

/** An error whose message reaches the client in production too (Payload hides non-public ones). */
export const fail = (message: string, status: number) => new APIError(message, status, undefined, true)

/** Refuses a request without a user (401) or with a role that may not (403), saying what and who may. */
export const requireUser = (req: PayloadRequest, allowed: (user: unknown) => boolean, what: string) => {
  if (!req.user) throw fail(`Sign in to ${what}.`, 401)
  if (!allowed(req.user)) throw fail(`Your role may not ${what}.`, 403)
}

/** The JSON body of a check or publish request. */
export async function readBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : {}
  } catch {
    throw fail(
      'The body must be JSON: { "report": <id>, "locales"?: ["en", …], "version"?: "auto" | "X.Y.Z", "allowIncomplete"?: boolean }.',
      400,
    )
  }
}

/** The REST API's base URL (for links in answers). */
export const apiUrl = (payload: Payload) => `${payload.config.serverURL ?? ''}${payload.config.routes.api}`

const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`

/** Headers of a downloaded release file. */
export const fileHeaders = (contentType: string, name: string, length: number) => ({
  'Content-Type': contentType,
  'Content-Disposition': attachment(name),
  'Content-Length': String(length),
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
})

/** A ReleaseFileError as the API error of its status. */
export const asApiError = (e: unknown): never => {
  if (e instanceof ReleaseFileError) throw new APIError(e.message, e.status, undefined, true)
  throw e
}

/**
 * Answers our own errors as { errors: [{ message }] } with their status. Payload's error route loses
 * the message of an APIError thrown from a custom endpoint in the production bundle ("An unknown
 * error occurred."), and these messages are the point: they say what is wrong and who may.
 */
export const withErrors =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (e) {
      const err = e as { status?: unknown; isPublic?: unknown; message?: unknown }
      if (typeof err?.status === 'number' && err.isPublic === true && typeof err.message === 'string') {
        return Response.json({ errors: [{ message: err.message }] }, { status: err.status })
      }
      throw e
    }
  }
