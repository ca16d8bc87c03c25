/**
 * What a publish leaves in the CMS: a `publications` record (created, or completed when the admin's
 * job created it when queued) and a `publish` event in the audit trail. Best effort: a failure to
 * record is reported as a warning and never hides the publish result.
 */
import type { Payload } from 'payload'

import { dbId } from '../model/ids'
import type { Problem } from './bundle/problems'
import type { BundleLocale } from './bundle/schema'
import type { ProgressEvent } from './events'

export interface RecordData {
  /** More fields of the record, written in the same update (the admin's job: its final progress). */
  extra?: Record<string, unknown>
  outcome: 'published' | 'unchanged' | 'invalid' | 'error'
  report: { id: string; slug: string; year: number }
  locales: BundleLocale[]
  version?: string | null
  previousVersion?: string | null
  manifestSha256?: string | null
  directory?: string | null
  bump?: string | null
  changeCount?: number
  fallbacks?: number
  summary: string
  problems?: Problem[] | null
}

/** Best effort: a failure to record never hides the publish result. */
export async function recordPublication(
  payload: Payload,
  options: {
    user?: { id: string | number; email?: string | null } | null
    publicationId?: string | number | null
    onProgress?: (e: ProgressEvent) => void
  },
  data: RecordData,
): Promise<void> {
  const userId = options.user?.id ?? null
  // SQLite ids are numbers (payload-types); MongoDB's stay text.
  const reportId = dbId(data.report.id) as number
  try {
    if (payload.collections.publications) {
      const fields = {
        title: `${data.report.slug} ${data.version ?? ''} ${data.outcome}`.replace(/\s+/g, ' ').trim(),
        report: reportId,
        reportSlug: data.report.slug,
        version: data.version ?? null,
        previousVersion: data.previousVersion ?? null,
        outcome: data.outcome,
        locales: data.locales,
        publishedBy: typeof userId === 'number' ? userId : userId ? Number(userId) || null : null,
        manifestSha256: data.manifestSha256 ?? null,
        directory: data.directory ?? null,
        bump: data.bump ?? null,
        changeCount: data.changeCount ?? 0,
        fallbacks: data.fallbacks ?? 0,
        summary: data.summary,
        problems: data.problems ?? null,
        ...data.extra,
      }
      if (options.publicationId != null) {
        await payload.update({
          collection: 'publications',
          id: options.publicationId,
          overrideAccess: true,
          depth: 0,
          data: fields,
        })
      } else {
        await payload.create({ collection: 'publications', overrideAccess: true, depth: 0, data: fields })
      }
    }
  } catch (e) {
    options.onProgress?.({
      step: 'done',
      message: `warning: could not record the publication: ${(e as Error).message}`,
    })
  }
  try {
    if (payload.collections['audit-events']) {
      const { recordAuditEvent } = await import('../workflow/audit')
      await recordAuditEvent(payload, {
        action: 'publish',
        collection: 'reports',
        docId: data.report.id,
        user: options.user ?? null,
        details: {
          outcome: data.outcome,
          version: data.version ?? null,
          manifestSha256: data.manifestSha256 ?? null,
          locales: data.locales,
        },
      })
    }
  } catch (e) {
    options.onProgress?.({
      step: 'done',
      message: `warning: could not record the audit event: ${(e as Error).message}`,
    })
  }
}
