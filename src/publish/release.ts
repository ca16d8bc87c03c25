/**
 * From collected, approved content to a release on disk: build + validate, media, diff + version,
 * write (locked, atomic), sign. No Payload here: `publish()` (src/publish/index.ts) collects from
 * the CMS and calls `release()`; tests and the benchmark call it directly.
 */
import fs from 'node:fs'
import path from 'node:path'

import { buildBundle, formatProblems, type BuildInput, type Problem } from './build'
import { canonicalBytes } from './canonical'
import { bumpVersion, changelogSection, changesDocument, compareSemver, diffBundles, parseSemver } from './diff'
import { checkpoints, type CheckpointObserver } from './faults'
import { loadPrivateKey } from './integrity'
import { processImage, processImageCached } from './media'
import {
  bundleJsonSchemas,
  SCHEMA_VERSION,
  type BundleLocale,
  type Changes,
  type LocaleBundle,
  type MediaFile,
} from './schema'
import {
  acquireLock,
  asPublishWriteError,
  readPreviousRelease,
  removeStaleStaging,
  writeRelease,
  type StagedContext,
} from './writer'

export const GENERATOR_VERSION: string = (() => {
  try {
    return JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
})()

export type ProgressEvent =
  | { step: 'collect'; message: string; current?: number; total?: number }
  | { step: 'validate'; message: string }
  | { step: 'media'; message: string; current: number; total: number }
  | { step: 'compare'; message: string }
  | { step: 'write'; message: string; locale?: BundleLocale }
  | { step: 'pdf'; message: string; locale?: BundleLocale }
  | { step: 'web'; message: string }
  | { step: 'done'; message: string }

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
  /** Sees every checkpoint the writer passes (src/publish/faults.ts), e.g. to list them. */
  onCheckpoint?: CheckpointObserver
}

export interface CollectedReport {
  report: { id: string; slug: string; year: number }
  input: BuildInput
  /** Media id → absolute path of the original file. */
  mediaSources: Record<string, string>
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

export class PublishArgumentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishArgumentError'
  }
}

/** Attaches processed media files to bundles (pure; returns new bundles). */
export function attachMediaFiles(
  bundles: Partial<Record<BundleLocale, LocaleBundle>>,
  files: Record<string, { web: MediaFile | null; print: MediaFile | null }>,
): Partial<Record<BundleLocale, LocaleBundle>> {
  const out: Partial<Record<BundleLocale, LocaleBundle>> = {}
  for (const [l, b] of Object.entries(bundles) as Array<[BundleLocale, LocaleBundle]>) {
    out[l] = { ...b, media: b.media.map((m) => ({ ...m, files: files[m.id] ?? m.files })) }
  }
  return out
}

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

export async function release(collected: CollectedReport, options: ReleaseOptions): Promise<PublishResult> {
  const t0 = performance.now()
  const timings: Record<string, number> = {}
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since))
  const progress = options.onProgress ?? (() => {})
  const { report } = collected
  const locales = collected.input.locales
  const base: Omit<PublishResult, 'status' | 'exitCode' | 'summary'> = {
    report,
    locales,
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
  const signingKeyText = options.signingKey === undefined ? process.env.FOLIO_SIGNING_KEY : options.signingKey
  const signingKey = signingKeyText ? loadPrivateKey(signingKeyText) : null

  // 1. Build and validate.
  let t = performance.now()
  progress({ step: 'validate', message: `Validating ${report.slug} in ${locales.join(', ')}` })
  const built = buildBundle({ ...collected.input, bundleVersion: '0.0.0', allowIncomplete: options.allowIncomplete })
  lap('build', t)
  if (!built.ok) {
    return {
      ...base,
      status: 'invalid',
      exitCode: 1,
      problems: built.problems,
      summary: `Validation failed: ${built.problems.length} problem${built.problems.length === 1 ? '' : 's'}; nothing was published.\n${formatProblems(built.problems)}`,
    }
  }

  const reportDir = path.join(options.out, report.slug)
  const checkpoint = checkpoints(options.onCheckpoint)
  const release = options.dryRun ? () => {} : acquireLock(reportDir, checkpoint)
  try {
    if (!options.dryRun) {
      try {
        removeStaleStaging(reportDir)
      } catch (e) {
        throw asPublishWriteError(e, reportDir, 'removing an unfinished earlier publish')
      }
    }
    const previous = readPreviousRelease(reportDir)
    base.previousVersion = previous?.version ?? null

    // 2. Media: re-encode (skipped in a dry run: the previous files are assumed unchanged).
    t = performance.now()
    const mediaFiles: Record<string, { web: MediaFile; print: MediaFile }> = {}
    const mediaBytes: Record<string, Buffer> = {}
    if (!options.dryRun) {
      const cacheDir = path.join(reportDir, '.media-cache')
      const ids = built.mediaIds.filter((id) => collected.mediaSources[id])
      let done = 0
      // Two images at a time (sharp itself runs single-threaded for deterministic output).
      const next = async (): Promise<void> => {
        const id = ids.shift()
        if (!id) return
        const src = collected.mediaSources[id]
        let p: Awaited<ReturnType<typeof processImageCached>>
        try {
          p = options.mediaCache === false ? await processImage(src) : await processImageCached(src, cacheDir)
        } catch (e) {
          const cachePath = (e as NodeJS.ErrnoException).path
          if (cachePath && path.resolve(cachePath).startsWith(path.resolve(cacheDir) + path.sep))
            throw asPublishWriteError(e, reportDir, 'caching re-encoded images in .media-cache')
          throw new Error(`Image ${id} (${src}) could not be processed: ${(e as Error).message}`)
        }
        mediaFiles[id] = { web: p.web.file, print: p.print.file }
        mediaBytes[p.web.file.path] = p.web.bytes
        mediaBytes[p.print.file.path] = p.print.bytes
        done++
        progress({
          step: 'media',
          message: `Image ${done}/${built.mediaIds.length}`,
          current: done,
          total: built.mediaIds.length,
        })
        return next()
      }
      await Promise.all([next(), next()])
    } else if (previous) {
      const prevEn = Object.values(previous.bundles)[0]
      for (const m of prevEn?.media ?? []) if (m.files.web && m.files.print) mediaFiles[m.id] = m.files as never
    }
    lap('media', t)
    let bundles = attachMediaFiles(built.bundles, mediaFiles)

    // 3. Compare with the previous release and decide the version.
    t = performance.now()
    progress({
      step: 'compare',
      message: previous ? `Comparing with ${previous.version}` : 'No previous version: this is the first',
    })
    const diff = previous ? diffBundles(previous.bundles, bundles) : null
    lap('compare', t)
    if (previous && diff && diff.bump === null) {
      return {
        ...base,
        status: 'unchanged',
        exitCode: 0,
        version: previous.version,
        dir: previous.dir,
        fallbacks: built.fallbackCount,
        summary: `Nothing changed since ${previous.version}: no new version was created (${previous.dir}).`,
      }
    }
    let version: string
    if (!options.version || options.version === 'auto') {
      version = previous && diff?.bump ? bumpVersion(previous.version, diff.bump) : '1.0.0'
    } else {
      version = options.version
      if (previous && compareSemver(version, previous.version) <= 0) {
        throw new PublishArgumentError(
          `--version ${version} is not greater than the previous version ${previous.version}`,
        )
      }
    }
    base.version = version
    bundles = withVersion(bundles, version)
    const changes = changesDocument(
      previous?.version ?? null,
      version,
      diff ?? { bump: null, locales: { added: locales, removed: [] }, items: [] },
    )
    base.changes = changes
    base.fallbacks = built.fallbackCount
    if (options.dryRun) {
      return {
        ...base,
        status: 'dry-run',
        exitCode: 0,
        summary: `Dry run: ${report.slug} would be published as ${version}${previous ? ` (${changes.bump} after ${previous.version}: ${describeChanges(changes)})` : ''}; nothing was written.`,
      }
    }

    // 4. Write.
    t = performance.now()
    const changelog =
      `# Changelog: ${bundles[locales[0]]!.report.title}\n\n${changelogSection(changes, built.generatedAt)}\n${previous?.changelog.replace(/^# .*\n\n/, '') ?? ''}`.replace(
        /\n+$/,
        '\n',
      )
    const files: Record<string, Buffer | string> = { ...mediaBytes }
    for (const [name, schema] of Object.entries(bundleJsonSchemas())) files[`schema/${name}`] = canonicalBytes(schema)
    files['changes.json'] = canonicalBytes(changes)
    files['CHANGELOG.md'] = changelog
    files['README.md'] = bundleReadme(report, version, locales)
    for (const l of locales) progress({ step: 'write', message: `Writing content/${l}.json`, locale: l })
    const written = await writeRelease({
      reportDir,
      version,
      previousVersion: previous?.version ?? null,
      bundles,
      files,
      manifest: {
        schemaVersion: SCHEMA_VERSION,
        generator: { name: 'folio', version: GENERATOR_VERSION },
        generatedAt: built.generatedAt,
        report,
        locales,
        sources: built.sources,
      },
      signingKey,
      beforeManifest: options.beforeManifest,
      onFileWritten: options.onFileWritten,
      checkpoint,
    })
    lap('write', t)
    timings.total = Math.round(performance.now() - t0)
    const summary = `Published ${report.slug} ${version} (${locales.join(', ')}${previous ? `; ${changes.bump} after ${previous.version}: ${describeChanges(changes)}` : '; first version'}${built.fallbackCount ? `; ${built.fallbackCount} fallback${built.fallbackCount === 1 ? '' : 's'}` : ''}${signingKey ? '; signed' : '; NOT signed'}) → ${written.dir}`
    progress({ step: 'done', message: summary })
    return {
      ...base,
      status: 'published',
      exitCode: 0,
      dir: written.dir,
      manifestSha256: written.manifestSha256,
      summary,
    }
  } finally {
    release()
  }
}

function bundleReadme(report: { slug: string; year: number }, version: string, locales: BundleLocale[]): string {
  return `# ${report.slug} ${version}

A published Folio bundle: the approved content of one annual report (${report.year}), in
${locales.join(', ')}. Generated by Folio; never edited by hand.

## Files

- \`content/<locale>.json\`: the report in one language. Its shape is \`schema/bundle.schema.json\`
  (JSON Schema 2020-12). Rich text is a small portable tree (root → paragraph, heading 2-4, list,
  quote, embed of a statistic/testimony/defender by id, video, callToAction; inline text with
  marks, linebreak, link). Ids are strings; dates are YYYY-MM-DD; every key is always present
  (null when empty). \`fallbacks\` lists items shown in English because their translation was not
  approved when the bundle was published.
- \`media/<sha256>.<web|print>.<ext>\`: images, re-encoded, without any metadata. The \`media\` entries
  of the content files give their alt text, caption, credit and licence.
- \`changes.json\` and \`CHANGELOG.md\`: what changed since the previous version.
- \`manifest.json\`: versions, the CMS documents and approved versions the bundle was made from,
  and every file with its size and SHA-256. \`manifest.sig\`, when present: the base64 Ed25519
  signature of manifest.json's exact bytes; the public key is in manifest.json (\`signature\`).

## Verifying

\`npm run verify -- <this directory> [--public-key <base64 SPKI or PEM>]\` in a Folio checkout checks
every checksum, that no file is missing or added, and the signature. By hand: compare
\`sha256sum\` of each file with manifest.json, and check manifest.sig with any Ed25519 tool.
`
}
