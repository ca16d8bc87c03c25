/**
 * GET /api/publications/status/:id and /latest?report=ID: a publication with its progress and,
 * when its release is on this server, its downloads (every PDF, the archive, the manifest).
 */
import type { Payload, PayloadHandler, PayloadRequest } from 'payload'

import type { Publication } from '../../../../payload-types'
import { canSeePublishStatus } from '../../../access/publishing'
import { dbId, relationValue } from '../../../model/ids'
import { isLive, progressOf, type PublishProgress } from '../../job/progress'
import { archiveName, releaseOf, type ReleaseFiles } from '../../release/folder'
import type { ProblemOut } from './check'
import type { Problem } from '../../bundle/problems'
import { apiUrl, fail, requireUser } from './http'

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

/** The downloads of a publication (empty when it has no release on this server). */
export function downloadsOf(payload: Payload, publication: Publication): Download[] {
  let release: ReleaseFiles
  try {
    release = releaseOf(publication)
  } catch {
    return []
  }
  const base = `${apiUrl(payload)}/publications/${String(publication.id)}`
  const out: Download[] = release.files
    // The PDF edition (the web edition's copies of it, under web/, are the same files).
    .filter((f) => f.path.startsWith('pdf/') && f.path.endsWith('.pdf'))
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

export function statusOf(payload: Payload, doc: Publication): StatusResponse {
  const problems = Array.isArray(doc.problems)
    ? (doc.problems as Problem[]).map((p) => ({ ...p, url: `${payload.config.serverURL ?? ''}${p.adminUrl}` }))
    : null
  return {
    publication: {
      id: doc.id,
      report: relationValue(doc.report),
      reportSlug: doc.reportSlug ?? null,
      outcome: String(doc.outcome),
      version: doc.version ?? null,
      previousVersion: doc.previousVersion ?? null,
      requestedVersion: doc.requestedVersion ?? null,
      allowIncomplete: Boolean(doc.allowIncomplete),
      locales: Array.isArray(doc.locales) ? (doc.locales as string[]) : [],
      summary: doc.summary ?? null,
      fallbacks: Number(doc.fallbacks ?? 0),
      problems,
      createdAt: String(doc.createdAt),
      updatedAt: String(doc.updatedAt),
      progress: progressOf(doc),
    },
    running: isLive(doc),
    downloads: downloadsOf(payload, doc),
  }
}

/** The publication to show for a report: the live one, else the newest. */
export async function latestPublication(payload: Payload, reportId: string | number): Promise<Publication | null> {
  const { docs } = await payload.find({
    collection: 'publications',
    where: { report: { equals: reportId } },
    sort: '-createdAt',
    depth: 0,
    limit: 10,
    overrideAccess: true,
  })
  return docs.find((d) => isLive(d)) ?? docs[0] ?? null
}

/** The publication of a request's :id, or 404. */
export async function findPublication(req: PayloadRequest): Promise<Publication> {
  const id = req.routeParams?.id as string | undefined
  if (!id) throw fail('Missing publication id.', 400)
  const doc = await req.payload
    .findByID({ collection: 'publications', id: dbId(id), depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!doc) throw fail(`No publication with id ${id}.`, 404)
  return doc
}

export const status: PayloadHandler = async (req) => {
  requireUser(req, canSeePublishStatus, 'follow a publish (admins and reviewers may)')
  return Response.json(statusOf(req.payload, await findPublication(req)))
}

export const latest: PayloadHandler = async (req) => {
  requireUser(req, canSeePublishStatus, 'follow a publish (admins and reviewers may)')
  const report = req.searchParams?.get('report')
  if (!report) throw fail('Give ?report=<report id>.', 400)
  const doc = await latestPublication(req.payload, dbId(report))
  return Response.json(doc ? statusOf(req.payload, doc) : { publication: null, running: false, downloads: [] })
}
