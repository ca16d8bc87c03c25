/**
 * Publishing from the admin, over REST (custom endpoints of the `publications` collection):
 *
 *   POST /api/publications/check    { report, locales?, version?, allowIncomplete? } → readiness report (dry run, nothing written)
 *   POST /api/publications/publish  { report, locales?, version?, allowIncomplete? } → 202 { publication, job }
 *   GET  /api/publications/status/:id        → the publication with its progress and, when done, its downloads
 *   GET  /api/publications/latest?report=ID  → the same for the report's running or latest publication ({ publication: null } if none)
 *   GET  /api/publications/:id/download?file=<path in manifest.json>  → one file of the release
 *   GET  /api/publications/:id/archive       → the whole release as <slug>-<version>.tar.gz
 *
 * Who: check: admins, reviewers, editors; publish and status: admins and reviewers ("publish
 * incomplete": admins only); downloads: admins, editors, reviewers (src/access/publishing.ts).
 * Errors: { errors: [{ message }] } with 400, 401, 403, 404, 409.
 */
import { APIError, type Endpoint, type Payload, type PayloadHandler, type PayloadRequest } from 'payload'

import {
  canCheckPublish,
  canDownloadReleases,
  canPublish,
  canPublishIncomplete,
  canSeePublishStatus,
} from '../access/publishing'
import { LOCALE_CODES } from '../locales'
import { glossaryReadiness, type GlossaryWarning } from '../xliff/server/qa'
import type { Problem } from './build'
import { publish, PublishArgumentError } from './index'
import { enqueuePublish, isLive, PublishBusyError, type PublishProgress } from './job'
import { archiveName, ReleaseFileError, releaseArchive, releaseOf, readReleaseFile, releasesDir } from './releases'
import type { BundleLocale } from './schema'

export interface PublishRequestBody {
  report: string | number
  locales: BundleLocale[]
  version: string
  allowIncomplete: boolean
}

/** An error whose message reaches the client in production too (Payload hides non-public ones). */
const fail = (message: string, status: number) => new APIError(message, status, undefined, true)

const requireUser = (req: PayloadRequest, allowed: (user: unknown) => boolean, what: string) => {
  if (!req.user) throw fail(`Sign in to ${what}.`, 401)
  if (!allowed(req.user)) throw fail(`Your role may not ${what}.`, 403)
}

/** Validates a check/publish body; the messages say which field is wrong and what is expected. */
export function parsePublishBody(body: unknown): PublishRequestBody {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const report = b.report
  if (!(typeof report === 'number' || (typeof report === 'string' && report.trim() !== ''))) {
    throw fail('"report" is required: the id of the report to publish.', 400)
  }
  let locales: BundleLocale[] = [...LOCALE_CODES] as BundleLocale[]
  if (b.locales !== undefined) {
    if (!Array.isArray(b.locales) || b.locales.length === 0)
      throw fail(`"locales" must be a non-empty list of ${LOCALE_CODES.join(', ')}.`, 400)
    const bad = b.locales.filter((l) => !(LOCALE_CODES as readonly unknown[]).includes(l))
    if (bad.length)
      throw fail(
        `Unknown locale(s) ${bad.map(String).join(', ')}; configured locales: ${LOCALE_CODES.join(', ')}.`,
        400,
      )
    locales = LOCALE_CODES.filter((l) => (b.locales as unknown[]).includes(l)) as BundleLocale[]
  }
  const version = b.version === undefined || b.version === '' ? 'auto' : b.version
  if (typeof version !== 'string' || (version !== 'auto' && !/^\d+\.\d+\.\d+$/.test(version))) {
    throw fail(`"version" must be "auto" or MAJOR.MINOR.PATCH, e.g. 1.2.0 (got ${JSON.stringify(b.version)}).`, 400)
  }
  if (b.allowIncomplete !== undefined && typeof b.allowIncomplete !== 'boolean')
    throw fail('"allowIncomplete" must be true or false.', 400)
  return {
    report: typeof report === 'string' ? report.trim() : report,
    locales,
    version,
    allowIncomplete: b.allowIncomplete === true,
  }
}

async function readBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : {}
  } catch {
    throw fail(
      'The body must be JSON: { "report": <id>, "locales"?: ["en", …], "version"?: "auto" | "X.Y.Z", "allowIncomplete"?: boolean }.',
      400,
    )
  }
}

const idParam = (v: unknown): string | number => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string))

async function findReport(payload: Payload, id: string | number) {
  const report = (await payload
    .findByID({
      collection: 'reports',
      id: idParam(String(id)),
      depth: 0,
      draft: true,
      overrideAccess: true,
      locale: 'en',
    })
    .catch(() => null)) as { id: number | string; slug?: string | null; year?: number; title?: string | null } | null
  if (!report) throw fail(`No report with id ${String(id)}.`, 404)
  return report
}

export interface ProblemOut extends Problem {
  /** The document's edit view, in the problem's locale: where to fix it. */
  url: string
}

export interface CheckResponse {
  ok: boolean
  status: 'dry-run' | 'unchanged' | 'invalid'
  report: { id: string | number; slug: string; year: number | null; title: string }
  locales: BundleLocale[]
  version: string | null
  previousVersion: string | null
  summary: string
  fallbacks: number
  /** Per requested locale: ready, or what blocks it. */
  byLocale: Record<string, { ready: boolean; problems: ProblemOut[] }>
  /** Problems that concern every locale (locale null). */
  general: ProblemOut[]
  problems: ProblemOut[]
  /** Glossary QA of the approved translations: warnings, never blocking (src/xliff/server/qa.ts). */
  glossary?: GlossaryWarning[]
}

/** The dry run behind POST /check (and the tests): validation only, nothing written, nothing recorded. */
export async function checkReadiness(
  payload: Payload,
  body: PublishRequestBody,
  serverURL = '',
): Promise<CheckResponse> {
  const report = await findReport(payload, body.report)
  let result
  try {
    result = await publish(payload, {
      report: String(report.slug ?? report.year),
      locales: body.locales,
      version: body.version,
      allowIncomplete: body.allowIncomplete,
      out: releasesDir(),
      dryRun: true,
      record: false,
    })
  } catch (e) {
    if (e instanceof PublishArgumentError) throw fail(e.message.replace(/--version/g, 'The version'), 400)
    throw e
  }
  const problems: ProblemOut[] = result.problems.map((p) => ({ ...p, url: `${serverURL}${p.adminUrl}` }))
  const general = problems.filter((p) => !p.locale)
  const byLocale: CheckResponse['byLocale'] = {}
  for (const l of body.locales) {
    const own = problems.filter((p) => p.locale === l)
    byLocale[l] = { ready: own.length === 0 && general.length === 0, problems: own }
  }
  return {
    ok: result.status !== 'invalid',
    status: result.status as CheckResponse['status'],
    report: {
      id: report.id,
      slug: String(report.slug ?? ''),
      year: report.year ?? null,
      title: String(report.title ?? report.slug ?? ''),
    },
    locales: body.locales,
    version: result.version,
    previousVersion: result.previousVersion,
    summary: result.summary.split('\n')[0],
    fallbacks: result.fallbacks,
    byLocale,
    general,
    problems,
    glossary: await glossaryReadiness(payload, report.id, body.locales, serverURL),
  }
}

export interface Download {
  label: string
  file: string
  url: string
  size: number
  locale?: string
}

export interface StatusResponse {
  publication: {
    id: string | number
    report: string | number | null
    reportSlug: string | null
    outcome: string
    version: string | null
    previousVersion: string | null
    requestedVersion: string | null
    allowIncomplete: boolean
    locales: string[]
    summary: string | null
    fallbacks: number
    problems: ProblemOut[] | null
    createdAt: string
    updatedAt: string
    progress: PublishProgress | null
  }
  /** Queued or running, with a recent heartbeat. */
  running: boolean
  /** When the release exists on this server: every PDF, the archive, the manifest. */
  downloads: Download[]
}

const api = (payload: Payload) => `${payload.config.serverURL ?? ''}${payload.config.routes.api}`

/** The downloads of a publication (empty when it has no release on this server). */
export function downloadsOf(payload: Payload, publication: Record<string, unknown>): Download[] {
  let release
  try {
    release = releaseOf(publication as never)
  } catch {
    return []
  }
  const base = `${api(payload)}/publications/${String(publication.id)}`
  const out: Download[] = release.files
    .filter((f) => f.path.endsWith('.pdf'))
    .map((f) => {
      const locale = f.path.match(/\.([a-z]{2})\.pdf$/)?.[1]
      return {
        label: `PDF${locale ? ` (${locale})` : ''}: ${f.path.split('/').pop()}`,
        file: f.path,
        url: `${base}/download?file=${encodeURIComponent(f.path)}`,
        size: f.size,
        locale,
      }
    })
  out.push({
    label: `Whole bundle: ${archiveName(release.manifest)}`,
    file: archiveName(release.manifest),
    url: `${base}/archive`,
    size: 0,
  })
  out.push({
    label: 'manifest.json',
    file: 'manifest.json',
    url: `${base}/download?file=manifest.json`,
    size: release.files.find((f) => f.path === 'manifest.json')?.size ?? 0,
  })
  return out
}

export function statusOf(payload: Payload, doc: Record<string, unknown>): StatusResponse {
  const report =
    doc.report && typeof doc.report === 'object'
      ? (doc.report as { id: string | number }).id
      : ((doc.report as string | number | null) ?? null)
  const problems = Array.isArray(doc.problems)
    ? (doc.problems as Problem[]).map((p) => ({ ...p, url: `${payload.config.serverURL ?? ''}${p.adminUrl}` }))
    : null
  return {
    publication: {
      id: doc.id as string | number,
      report,
      reportSlug: (doc.reportSlug as string) ?? null,
      outcome: String(doc.outcome),
      version: (doc.version as string) ?? null,
      previousVersion: (doc.previousVersion as string) ?? null,
      requestedVersion: (doc.requestedVersion as string) ?? null,
      allowIncomplete: Boolean(doc.allowIncomplete),
      locales: Array.isArray(doc.locales) ? (doc.locales as string[]) : [],
      summary: (doc.summary as string) ?? null,
      fallbacks: Number(doc.fallbacks ?? 0),
      problems,
      createdAt: String(doc.createdAt),
      updatedAt: String(doc.updatedAt),
      progress: (doc.progress as PublishProgress) ?? null,
    },
    running: isLive(doc),
    downloads: downloadsOf(payload, doc),
  }
}

/** The publication to show for a report: the live one, else the newest. */
export async function latestPublication(
  payload: Payload,
  reportId: string | number,
): Promise<Record<string, unknown> | null> {
  const { docs } = await payload.find({
    collection: 'publications',
    where: { report: { equals: reportId } },
    sort: '-createdAt',
    depth: 0,
    limit: 10,
    overrideAccess: true,
  })
  const all = docs as unknown as Array<Record<string, unknown>>
  return all.find((d) => isLive(d)) ?? all[0] ?? null
}

const check: PayloadHandler = async (req) => {
  requireUser(req, canCheckPublish, 'check a report for publishing (admins, reviewers and editors may)')
  const body = parsePublishBody(await readBody(req))
  if (body.allowIncomplete && !canPublishIncomplete(req.user))
    throw fail('Only admins may check or publish with incomplete translations.', 403)
  return Response.json(await checkReadiness(req.payload, body, req.payload.config.serverURL ?? ''))
}

const enqueue: PayloadHandler = async (req) => {
  requireUser(req, canPublish, 'publish (admins and reviewers may)')
  const body = parsePublishBody(await readBody(req))
  if (body.allowIncomplete && !canPublishIncomplete(req.user))
    throw fail('Only admins may publish with incomplete translations.', 403)
  const report = await findReport(req.payload, body.report)
  try {
    const queued = await enqueuePublish(
      req.payload,
      {
        report: report.id,
        locales: body.locales,
        version: body.version,
        allowIncomplete: body.allowIncomplete,
        user: req.user as { id: number },
      },
      { req },
    )
    return Response.json(
      { ...queued, status: `${api(req.payload)}/publications/status/${String(queued.publication)}` },
      { status: 202 },
    )
  } catch (e) {
    if (e instanceof PublishBusyError) {
      return Response.json({ errors: [{ message: e.message }], publication: e.publicationId }, { status: 409 })
    }
    if (e instanceof PublishArgumentError) throw fail(e.message, 400)
    throw e
  }
}

async function findPublication(req: PayloadRequest): Promise<Record<string, unknown>> {
  const id = req.routeParams?.id as string | undefined
  if (!id) throw fail('Missing publication id.', 400)
  const doc = await req.payload
    .findByID({ collection: 'publications', id: idParam(id), depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!doc) throw fail(`No publication with id ${id}.`, 404)
  return doc as unknown as Record<string, unknown>
}

const status: PayloadHandler = async (req) => {
  requireUser(req, canSeePublishStatus, 'follow a publish (admins and reviewers may)')
  return Response.json(statusOf(req.payload, await findPublication(req)))
}

const latest: PayloadHandler = async (req) => {
  requireUser(req, canSeePublishStatus, 'follow a publish (admins and reviewers may)')
  const report = req.searchParams?.get('report')
  if (!report) throw fail('Give ?report=<report id>.', 400)
  const doc = await latestPublication(req.payload, idParam(report))
  return Response.json(doc ? statusOf(req.payload, doc) : { publication: null, running: false, downloads: [] })
}

const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`

const fileHeaders = (contentType: string, name: string, length: number) => ({
  'Content-Type': contentType,
  'Content-Disposition': attachment(name),
  'Content-Length': String(length),
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
})

const asApiError = (e: unknown): never => {
  if (e instanceof ReleaseFileError) throw new APIError(e.message, e.status, undefined, true)
  throw e
}

const download: PayloadHandler = async (req) => {
  requireUser(req, canDownloadReleases, 'download published files (admins, editors and reviewers may)')
  const file = req.searchParams?.get('file')
  if (!file) throw fail('Give ?file=<path of a file listed in the release manifest>, e.g. pdf/<report>.en.pdf.', 400)
  const publication = await findPublication(req)
  try {
    const f = readReleaseFile(publication as never, file)
    return new Response(new Uint8Array(f.data), {
      status: 200,
      headers: fileHeaders(f.contentType, f.name, f.data.length),
    })
  } catch (e) {
    return asApiError(e)
  }
}

const archive: PayloadHandler = async (req) => {
  requireUser(req, canDownloadReleases, 'download published files (admins, editors and reviewers may)')
  const publication = await findPublication(req)
  try {
    const a = releaseArchive(publication as never)
    return new Response(new Uint8Array(a.data), {
      status: 200,
      headers: fileHeaders('application/gzip', a.name, a.data.length),
    })
  } catch (e) {
    return asApiError(e)
  }
}

/**
 * Answers our own errors as { errors: [{ message }] } with their status. Payload's error route loses
 * the message of an APIError thrown from a custom endpoint in the production bundle ("An unknown
 * error occurred."), and these messages are the point: they say what is wrong and who may.
 */
const withErrors =
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

export const publishEndpoints: Endpoint[] = [
  { path: '/check', method: 'post', handler: withErrors(check) },
  { path: '/publish', method: 'post', handler: withErrors(enqueue) },
  { path: '/status/:id', method: 'get', handler: withErrors(status) },
  { path: '/latest', method: 'get', handler: withErrors(latest) },
  { path: '/:id/download', method: 'get', handler: withErrors(download) },
  { path: '/:id/archive', method: 'get', handler: withErrors(archive) },
]
