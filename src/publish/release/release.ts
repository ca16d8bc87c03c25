/**
 * From collected, approved content to a release on disk: build + validate, media, compare +
 * version, write (locked, atomic), sign. No Payload here: `publish()` (src/publish/index.ts)
 * collects from the CMS and calls `release()`; tests and the benchmark call it directly.
 */
import fs from 'node:fs'
import path from 'node:path'

import { buildBundle } from '../bundle/build'
import { canonicalBytes } from '../bundle/canonical'
import { formatProblems, type Problem } from '../bundle/problems'
import { bundleJsonSchemas, SCHEMA_VERSION, type BundleLocale, type Changes, type LocaleBundle } from '../bundle/schema'
import type { BuildResult } from '../bundle/types'
import type { CollectedReport } from '../collect/types'
import { PublishArgumentError } from '../errors'
import type { ProgressEvent } from '../events'
import {
  bumpVersion,
  changelogSection,
  changesDocument,
  compareSemver,
  diffBundles,
  parseSemver,
  type BundleDiff,
} from './changes'
import { checkpoints, type CheckpointObserver } from './faults'
import { loadPrivateKey } from './integrity'
import { acquireLock } from './lock'
import { attachMediaFiles, releaseMedia } from './media'
import { bundleReadme } from './readme'
import {
  asPublishWriteError,
  readPreviousRelease,
  removeStaleStaging,
  writeRelease,
  type PreviousRelease,
  type StagedContext,
} from './writer'

export const GENERATOR_VERSION: string = (() => {
  try {
    return JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
})()

export interface ReleaseOptions {
  /** Output folder (the source of truth for releases). Default `releases`. */
  out: string
  /** 'auto' (semver from the content diff) or an explicit X.Y.Z greater than the previous one. */
  version?: 'auto' | string
  dryRun?: boolean
  allowIncomplete?: boolean
  /** Ed25519 private key (PEM or base64 PKCS#8). Default: process.env.FOLIO_SIGNING_KEY. */
  signingKey?: string | null
  onProgress?: (e: ProgressEvent) => void
  /** Add files to the staged release before the manifest (the PDF edition uses this). */
  beforeManifest?: (ctx: StagedContext) => Promise<void> | void
  /** Reuse re-encoded images from `<out>/<report>/.media-cache/` (default true). */
  mediaCache?: boolean
  /** Test hook, see writeRelease. */
  onFileWritten?: (relPath: string) => Promise<void> | void
  /** Sees every checkpoint the writer passes (release/faults.ts), e.g. to list them. */
  onCheckpoint?: CheckpointObserver
}

export interface PublishResult {
  /** published: a new version was written. unchanged: same content as the previous version.
   *  invalid: validation failed (nothing written). dry-run: validated, nothing written. */
  status: 'published' | 'unchanged' | 'invalid' | 'dry-run'
  exitCode: 0 | 1
  report: { id: string; slug: string; year: number }
  locales: BundleLocale[]
  version: string | null
  previousVersion: string | null
  dir: string | null
  problems: Problem[]
  changes: Changes | null
  manifestSha256: string | null
  fallbacks: number
  summary: string
  timingsMs: Record<string, number>
}

type ResultBase = Omit<PublishResult, 'status' | 'exitCode' | 'summary'>

const withVersion = (bundles: Partial<Record<BundleLocale, LocaleBundle>>, version: string) => {
  const out: Partial<Record<BundleLocale, LocaleBundle>> = {}
  for (const [l, b] of Object.entries(bundles) as Array<[BundleLocale, LocaleBundle]>)
    out[l] = { ...b, bundleVersion: version }
  return out
}

/** "3 changes; languages added: ru" — for summaries. */
export function describeChanges(changes: Changes): string {
  const parts = [`${changes.items.length} change${changes.items.length === 1 ? '' : 's'}`]
  if (changes.locales.added.length) parts.push(`languages added: ${changes.locales.added.join(', ')}`)
  if (changes.locales.removed.length) parts.push(`languages removed: ${changes.locales.removed.join(', ')}`)
  return parts.join('; ')
}

/** One release being made: what every step reads and records. */
interface Run {
  collected: CollectedReport
  options: ReleaseOptions
  progress: (e: ProgressEvent) => void
  base: ResultBase
  /** Records a step's milliseconds into base.timingsMs. */
  lap: (name: string, since: number) => void
}

/** Step 1: the bundles built and validated, or the refusal that lists every problem. */
function validate(run: Run, collected: CollectedReport, options: ReleaseOptions) {
  const t = performance.now()
  run.progress({ step: 'validate', message: `Validating ${collected.report.slug} in ${run.base.locales.join(', ')}` })
  const built = buildBundle({ ...collected.input, bundleVersion: '0.0.0', allowIncomplete: options.allowIncomplete })
  run.lap('build', t)
  if (built.ok) return built
  const n = built.problems.length
  const summary = `Validation failed: ${n} problem${n === 1 ? '' : 's'}; nothing was published.\n${formatProblems(built.problems)}`
  return { ...run.base, status: 'invalid', exitCode: 1, problems: built.problems, summary } satisfies PublishResult
}

export async function release(collected: CollectedReport, options: ReleaseOptions): Promise<PublishResult> {
  const t0 = performance.now()
  const run = startRun(collected, options)
  const { report } = collected
  const signingKeyText = options.signingKey === undefined ? process.env.FOLIO_SIGNING_KEY : options.signingKey
  const signingKey = signingKeyText ? loadPrivateKey(signingKeyText) : null

  // 1. Build and validate.
  const built = validate(run, collected, options)
  if ('status' in built) return built
  let t: number

  const reportDir = path.join(options.out, report.slug)
  const checkpoint = checkpoints(options.onCheckpoint)
  const unlock = options.dryRun ? () => {} : acquireLock(reportDir, checkpoint)
  try {
    if (!options.dryRun) removeUnfinished(reportDir)
    const previous = readPreviousRelease(reportDir)
    run.base.previousVersion = previous?.version ?? null

    // 2. Media: re-encode (skipped in a dry run: the previous files are assumed unchanged).
    t = performance.now()
    const media = await releaseMedia({
      built,
      sources: collected.mediaSources,
      reportDir,
      previous,
      dryRun: options.dryRun,
      cache: options.mediaCache !== false,
      progress: run.progress,
    })
    run.lap('media', t)

    // 3. Compare with the previous release and decide the version.
    const next = decide(run, built, previous, attachMediaFiles(built.bundles, media.files))
    if ('status' in next) return next

    // 4. Write.
    t = performance.now()
    const files = { ...media.bytes, ...bundleFiles(run, next, previous, built) }
    for (const l of run.base.locales) run.progress({ step: 'write', message: `Writing content/${l}.json`, locale: l })
    const written = await writeRelease({
      reportDir,
      version: next.version,
      previousVersion: previous?.version ?? null,
      bundles: next.bundles,
      files,
      manifest: {
        schemaVersion: SCHEMA_VERSION,
        generator: { name: 'folio', version: GENERATOR_VERSION },
        generatedAt: built.generatedAt,
        report,
        locales: run.base.locales,
        sources: built.sources,
      },
      signingKey,
      beforeManifest: options.beforeManifest,
      onFileWritten: options.onFileWritten,
      checkpoint,
    })
    run.lap('write', t)
    run.base.timingsMs.total = Math.round(performance.now() - t0)
    const summary = publishedSummary(
      run.base,
      next.changes,
      previous,
      built.fallbackCount,
      signingKey !== null,
      written.dir,
    )
    run.progress({ step: 'done', message: summary })
    const done = { dir: written.dir, manifestSha256: written.manifestSha256 }
    return { ...run.base, ...done, status: 'published', exitCode: 0, summary }
  } finally {
    unlock()
  }
}

/** Removes what crashed publishes left (call with the lock held). */
function removeUnfinished(reportDir: string): void {
  try {
    removeStaleStaging(reportDir)
  } catch (e) {
    throw asPublishWriteError(e, reportDir, 'removing an unfinished earlier publish')
  }
}

/** The result so far, the progress and timing helpers; refuses a malformed --version at once. */
function startRun(collected: CollectedReport, options: ReleaseOptions): Run {
  const timings: Record<string, number> = {}
  const base: ResultBase = {
    report: collected.report,
    locales: collected.input.locales,
    version: null,
    previousVersion: null,
    dir: null,
    problems: [],
    changes: null,
    manifestSha256: null,
    fallbacks: 0,
    timingsMs: timings,
  }
  if (options.version && options.version !== 'auto') {
    try {
      parseSemver(options.version)
    } catch {
      throw new PublishArgumentError(`--version must be "auto" or MAJOR.MINOR.PATCH (got "${options.version}")`)
    }
  }
  return {
    collected,
    options,
    progress: options.onProgress ?? (() => {}),
    base,
    lap: (name, since) => {
      timings[name] = Math.round(performance.now() - since)
    },
  }
}

interface NextVersion {
  version: string
  bundles: Partial<Record<BundleLocale, LocaleBundle>>
  changes: Changes
}

/**
 * Compares with the previous release: nothing changed → the `unchanged` result; else the version
 * and its changes, or, in a dry run, the `dry-run` result saying what would be published.
 */
function decide(
  run: Run,
  built: BuildResult,
  previous: PreviousRelease | null,
  bundles: Partial<Record<BundleLocale, LocaleBundle>>,
): NextVersion | PublishResult {
  const { base } = run
  const t = performance.now()
  run.progress({
    step: 'compare',
    message: previous ? `Comparing with ${previous.version}` : 'No previous version: this is the first',
  })
  const diff = previous ? diffBundles(previous.bundles, bundles) : null
  run.lap('compare', t)
  if (previous && diff && diff.bump === null) {
    const summary = `Nothing changed since ${previous.version}: no new version was created (${previous.dir}).`
    const unchanged = { version: previous.version, dir: previous.dir, fallbacks: built.fallbackCount }
    return { ...base, ...unchanged, status: 'unchanged', exitCode: 0, summary }
  }
  const version = nextVersion(previous, diff, run.options.version)
  base.version = version
  const changes = changesDocument(
    previous?.version ?? null,
    version,
    diff ?? { bump: null, locales: { added: base.locales, removed: [] }, items: [] },
  )
  base.changes = changes
  base.fallbacks = built.fallbackCount
  if (run.options.dryRun) {
    const after = previous ? ` (${changes.bump} after ${previous.version}: ${describeChanges(changes)})` : ''
    const summary = `Dry run: ${base.report.slug} would be published as ${version}${after}; nothing was written.`
    return { ...base, status: 'dry-run', exitCode: 0, summary }
  }
  return { version, bundles: withVersion(bundles, version), changes }
}

/** The version to publish: the semver bump of the changes (auto), or the one asked for. */
function nextVersion(previous: PreviousRelease | null, diff: BundleDiff | null, requested?: string): string {
  if (!requested || requested === 'auto')
    return previous && diff?.bump ? bumpVersion(previous.version, diff.bump) : '1.0.0'
  if (previous && compareSemver(requested, previous.version) <= 0) {
    throw new PublishArgumentError(
      `--version ${requested} is not greater than the previous version ${previous.version}`,
    )
  }
  return requested
}

/** Every file of the release but content/, media/ and the manifest: schemas, changes, changelog, README. */
function bundleFiles(
  run: Run,
  { version, bundles, changes }: NextVersion,
  previous: PreviousRelease | null,
  built: BuildResult,
): Record<string, Buffer | string> {
  const { locales } = run.base
  const earlier = previous?.changelog.replace(/^# .*\n\n/, '') ?? ''
  const title = bundles[locales[0]]!.report.title
  const changelog = `# Changelog: ${title}\n\n${changelogSection(changes, built.generatedAt)}\n${earlier}`.replace(
    /\n+$/,
    '\n',
  )
  const files: Record<string, Buffer | string> = {}
  for (const [name, schema] of Object.entries(bundleJsonSchemas())) files[`schema/${name}`] = canonicalBytes(schema)
  files['changes.json'] = canonicalBytes(changes)
  files['CHANGELOG.md'] = changelog
  files['README.md'] = bundleReadme(run.collected.report, version, locales)
  return files
}

function publishedSummary(
  base: ResultBase,
  changes: Changes,
  previous: PreviousRelease | null,
  fallbacks: number,
  signed: boolean,
  dir: string,
): string {
  const after = previous
    ? `; ${changes.bump} after ${previous.version}: ${describeChanges(changes)}`
    : '; first version'
  const fb = fallbacks ? `; ${fallbacks} fallback${fallbacks === 1 ? '' : 's'}` : ''
  return `Published ${base.report.slug} ${base.version} (${base.locales.join(', ')}${after}${fb}${signed ? '; signed' : '; NOT signed'}) → ${dir}`
}
