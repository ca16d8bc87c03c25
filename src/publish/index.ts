/**
 * The publishing pipeline (issue 4): approved content → immutable, versioned, verifiable bundle.
 *
 *   publish(payload, { report, locales, version, out, dryRun, allowIncomplete, onProgress, user })
 *     collect (collect/, approved content via src/workflow getApprovedDocumentLocales)
 *     → release (build + validate, media, diff + semver, atomic locked write, signature)
 *     → a `publications` record and a `publish` audit event.
 *
 * Pure parts, usable without Payload: buildBundle (bundle/build.ts), lexicalToPortable
 * (bundle/richtext.ts), formatStatistic & co (bundle/format.ts), canonicalJson (bundle/canonical.ts),
 * diffBundles (release/changes.ts), verifyBundle (release/verify.ts). The public shape: bundle/schema/.
 * The stages and their files: src/publish/README.md.
 */
import type { Payload } from 'payload'

import { DEFAULT_LOCALE, LOCALE_CODES } from '../model/locales'
import { collect } from './collect/collect'
import { findReport } from './collect/report'
import { PublishArgumentError, PublishRunningError } from './errors'
import { type LeaseInfo, thisProcess, withLease } from './job/lease'
import { parseLocales } from './options'
import type { ProgressEvent } from './events'
import { recordPublication } from './record'
import { release, type PublishResult, type ReleaseOptions } from './release/release'
import type { BundleLocale } from './bundle/schema'
import type { StagedContext } from './release/writer'

export { buildBundle } from './bundle/build'
export { formatProblems, type Problem, type ProblemCode } from './bundle/problems'
export type { BuildInput, BuildResult } from './bundle/types'
export { generateSigningKey } from './release/integrity'
export { verifyBundle, formatVerifyResult } from './release/verify'
export type { VerifyResult } from './release/verify'
export { PublishArgumentError, PublishRunningError } from './errors'
export { parseLocales } from './options'
export { release } from './release/release'
export type { PublishResult } from './release/release'
export type { ProgressEvent } from './events'
export type { CollectedReport } from './collect/types'
export { PublishLockedError } from './release/lock'
export { VersionExistsError } from './release/writer'
export type { StagedContext } from './release/writer'
export * from './bundle/schema'

export interface PublishOptions {
  /** Year ("2020") or slug of the report. */
  report: string
  /** Default: every configured locale. */
  locales?: BundleLocale[]
  /** 'auto' (default) or X.Y.Z. */
  version?: 'auto' | string
  /** Output folder, default `releases`. */
  out?: string
  dryRun?: boolean
  allowIncomplete?: boolean
  onProgress?: (e: ProgressEvent) => void
  /** Who publishes (recorded in publications and the audit trail). */
  user?: { id: string | number; email?: string | null } | null
  /** Ed25519 key; default process.env.FOLIO_SIGNING_KEY. */
  signingKey?: string | null
  /** Extra files before the manifest (the PDF edition). */
  beforeManifest?: (ctx: StagedContext) => Promise<void> | void
  /** Record the outcome in `publications` and the audit trail (default true). */
  record?: boolean
  /** An existing `publications` record to complete (the admin's publish job creates it when queued); default: a new record. */
  publicationId?: string | number | null
  /**
   * Called before the outcome is recorded in `publications`; what it returns is written with it in
   * the same update (the admin's job: its final progress, so nobody reads the outcome without it).
   */
  beforeRecord?: (outcome: { failed: boolean; message: string }) => Promise<Record<string, unknown> | undefined>
  /** Who publishes, for the refusal another publish gets meanwhile; default: the user's email or "a command-line publish". */
  holder?: string
}

/**
 * Publishes one report, holding its lease (`report:<id>`, job/lease.ts) from reading the content
 * to the last write, so two publishes of a report at once in any processes give one release: the
 * other is refused with PublishRunningError (who, since when). A dry run writes nothing: no lease.
 */
export async function publish(payload: Payload, options: PublishOptions): Promise<PublishResult> {
  const report = options.dryRun ? null : await findReport(payload, options.report)
  if (!report) return publishUnlocked(payload, options)
  const holder = `${options.holder ?? options.user?.email ?? 'a command-line publish'} (${thisProcess()})`
  const refused = (held: LeaseInfo) => new PublishRunningError(String(report.slug), held.holder, held.since)
  return withLease(payload, `report:${String(report.id)}`, { holder, refused }, () => publishUnlocked(payload, options))
}

async function publishUnlocked(payload: Payload, options: PublishOptions): Promise<PublishResult> {
  const locales = options.locales?.length ? options.locales : ([...LOCALE_CODES] as BundleLocale[])
  parseLocales(locales.join(','))
  const t0 = performance.now()
  const collected = await collect(payload, {
    report: options.report,
    locales,
    defaultLocale: DEFAULT_LOCALE,
    onProgress: options.onProgress,
  })
  const collectMs = Math.round(performance.now() - t0)
  const releaseOptions: ReleaseOptions = {
    out: options.out ?? 'releases',
    version: options.version ?? 'auto',
    dryRun: options.dryRun,
    allowIncomplete: options.allowIncomplete,
    signingKey: options.signingKey,
    onProgress: options.onProgress,
    beforeManifest: options.beforeManifest,
  }
  let result: PublishResult
  try {
    result = await release(collected, releaseOptions)
    result.timingsMs = { collect: collectMs, ...result.timingsMs, total: Math.round(performance.now() - t0) }
  } catch (error) {
    if (options.record !== false && !(error instanceof PublishArgumentError)) {
      const summary = error instanceof Error ? error.message : String(error)
      const extra = await options.beforeRecord?.({ failed: true, message: summary })
      await recordPublication(payload, options, { outcome: 'error', report: collected.report, locales, summary, extra })
    }
    throw error
  }
  if (options.record !== false && result.status !== 'dry-run') {
    const message = result.summary.split('\n')[0]
    const extra = await options.beforeRecord?.({ failed: result.status === 'invalid', message })
    await recordPublication(payload, options, {
      extra,
      outcome: result.status,
      report: result.report,
      locales,
      version: result.version,
      previousVersion: result.previousVersion,
      manifestSha256: result.manifestSha256,
      directory: result.dir,
      bump: result.changes?.bump ?? null,
      changeCount: result.changes?.items.length ?? 0,
      fallbacks: result.fallbacks,
      summary: result.summary,
      problems: result.problems.length ? result.problems : null,
    })
  }
  return result
}
