/**
 * Writing a release: immutable, atomic, locked.
 *
 * Layout: <out>/<report-slug>/<version>/ (see src/publish/bundle/schema/ for the files).
 * - The caller holds the report's publish lock (lock.ts) from reading the previous version to the
 *   final rename.
 * - Everything is written into <out>/<report-slug>/.tmp-<version>-<pid>-<random>/, each file
 *   fsynced, and the directory is renamed to <version>/ as the last step: a crash or kill at any
 *   moment leaves either no version (plus a .tmp- directory, removed by the next publish) or a
 *   complete one.
 * - An existing version is never overwritten.
 * - The previous version is the newest (by semver) directory named X.Y.Z that holds a
 *   manifest.json: only complete versions have one, as the manifest is written last.
 * - Named checkpoints between every step (faults.ts lists them) let the fault tests kill the
 *   process, or fail a write, at each one. A write the disk refuses (full, read-only, no
 *   permission) becomes a PublishWriteError that says what, where, and that nothing was published.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { canonicalBytes } from '../bundle/canonical'
import { compareSemver } from './changes'
import { checkpoints, isFsError, PublishWriteError, type Checkpoint } from './faults'
import {
  contentChecksum,
  fileEntries,
  MANIFEST,
  publicKeyBase64,
  sha256,
  signBytes,
  SIGNATURE,
  type FileEntry,
} from './integrity'
import type { KeyObject } from 'node:crypto'
import { LocaleBundleSchema, type BundleLocale, type LocaleBundle, type Manifest } from '../bundle/schema'

export class VersionExistsError extends Error {
  constructor(readonly dir: string) {
    super(`Version directory ${dir} already exists: published versions are immutable and never overwritten.`)
    this.name = 'VersionExistsError'
  }
}

/**
 * A file-system error met while publishing into `reportDir` → PublishWriteError (what, where, and
 * which versions are intact); any other error is returned as it is.
 */
export function asPublishWriteError(
  error: unknown,
  reportDir: string,
  step: string,
  leftover: string | null = null,
): unknown {
  if (!isFsError(error) || error instanceof PublishWriteError) return error
  let intact: string[] = []
  try {
    intact = listVersions(reportDir)
  } catch {
    /* the folder cannot even be read */
  }
  return new PublishWriteError({ reportDir, code: error.code!, step, intact, leftover }, error)
}

const SEMVER_DIR = /^\d+\.\d+\.\d+$/

/** Complete versions of a report in the output folder, oldest first. */
export function listVersions(reportDir: string): string[] {
  if (!fs.existsSync(reportDir)) return []
  return fs
    .readdirSync(reportDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && SEMVER_DIR.test(e.name) && fs.existsSync(path.join(reportDir, e.name, MANIFEST)))
    .map((e) => e.name)
    .sort(compareSemver)
}

export interface PreviousRelease {
  version: string
  dir: string
  manifest: Manifest
  bundles: Partial<Record<BundleLocale, LocaleBundle>>
  changelog: string
}

/** The newest complete version, read back (content files parsed with the schema). */
export function readPreviousRelease(reportDir: string): PreviousRelease | null {
  const versions = listVersions(reportDir)
  const version = versions[versions.length - 1]
  if (!version) return null
  const dir = path.join(reportDir, version)
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest
  const bundles: PreviousRelease['bundles'] = {}
  for (const l of manifest.locales) {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, 'content', `${l}.json`), 'utf8'))
    // A bundle of an older schema may not parse: compare on what is there.
    const parsed = LocaleBundleSchema.safeParse(raw)
    bundles[l] = (parsed.success ? parsed.data : raw) as LocaleBundle
  }
  const changelogPath = path.join(dir, 'CHANGELOG.md')
  return {
    version,
    dir,
    manifest,
    bundles,
    changelog: fs.existsSync(changelogPath) ? fs.readFileSync(changelogPath, 'utf8') : '',
  }
}

/** Removes staging directories left by crashed publishes (call with the lock held). */
export function removeStaleStaging(reportDir: string): string[] {
  if (!fs.existsSync(reportDir)) return []
  const removed: string[] = []
  for (const e of fs.readdirSync(reportDir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name.startsWith('.tmp-')) {
      fs.rmSync(path.join(reportDir, e.name), { recursive: true, force: true })
      removed.push(e.name)
    }
  }
  return removed
}

function writeAll(fd: number, bytes: Buffer) {
  for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset)
}

/** Writes a new file (never overwrites), fsynced, passing write:<rel>:open / :partial / :done. */
function writeFileDurable(file: string, data: Buffer | string, rel: string, checkpoint: Checkpoint) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const fd = fs.openSync(file, 'wx')
  try {
    checkpoint(`write:${rel}:open`, { path: file })
    const half = Math.floor(bytes.length / 2)
    writeAll(fd, bytes.subarray(0, half))
    checkpoint(`write:${rel}:partial`, { path: file })
    writeAll(fd, bytes.subarray(half))
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  checkpoint(`write:${rel}:done`, { path: file })
}

function fsyncDir(dir: string) {
  try {
    const fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
    fs.closeSync(fd)
  } catch {
    /* not supported on every platform */
  }
}

export interface StagedContext {
  /** The staging directory: files written here before the manifest are part of the bundle. */
  dir: string
  version: string
  bundles: Partial<Record<BundleLocale, LocaleBundle>>
  /** contentChecksum of the files written so far (all but the editions, pdf/ and web/): what they print. */
  contentChecksum: string
  files: FileEntry[]
  /** Writes a bundle-relative file into the staging directory (durably, through the checkpoints). */
  writeFile: (relPath: string, data: Buffer | string) => void
}

export interface WriteReleaseInput {
  reportDir: string
  version: string
  previousVersion: string | null
  bundles: Partial<Record<BundleLocale, LocaleBundle>>
  /** Bundle-relative path → bytes, for every other file (media, schema, changes, README...). */
  files: Record<string, Buffer | string>
  /** Manifest fields besides files, contentChecksum and signature. */
  manifest: Omit<Manifest, 'files' | 'contentChecksum' | 'signature' | 'bundleVersion' | 'previousVersion'>
  signingKey?: KeyObject | null
  /** Called after the content is staged and before the manifest: add files (e.g. pdf/). */
  beforeManifest?: (ctx: StagedContext) => Promise<void> | void
  /** Test hook: called between file writes (to kill the process mid-write). */
  onFileWritten?: (relPath: string) => Promise<void> | void
  /** The checkpoints (faults.ts); default: the environment's test hooks only. */
  checkpoint?: Checkpoint
}

export interface WriteReleaseResult {
  dir: string
  manifest: Manifest
  manifestSha256: string
  files: number
  bytes: number
}

/** The staging folder of one release being written, and what is being done in it (for errors). */
interface Stage {
  dir: string
  step: string
  /** Writes a bundle-relative file durably, through the checkpoints. */
  write(rel: string, data: Buffer | string): void
}

function stageOf(input: WriteReleaseInput, checkpoint: Checkpoint): Stage {
  const dir = path.join(input.reportDir, `.tmp-${input.version}-${process.pid}-${randomBytes(4).toString('hex')}`)
  const stage: Stage = {
    dir,
    step: 'creating the staging folder',
    write: (rel, data) => {
      if (rel.includes('..') || path.isAbsolute(rel)) throw new Error(`refusing to write ${rel}`)
      stage.step = `writing ${rel}`
      writeFileDurable(path.join(dir, rel), data, rel, checkpoint)
    },
  }
  return stage
}

/** Writes the content files and every other file, sorted by path, then lets beforeManifest add its own. */
async function stageFiles(stage: Stage, input: WriteReleaseInput): Promise<void> {
  const all: Array<[string, Buffer | string]> = []
  for (const [l, b] of Object.entries(input.bundles)) all.push([`content/${l}.json`, canonicalBytes(b)])
  for (const [p, data] of Object.entries(input.files)) all.push([p, data])
  all.sort((a, b) => (a[0] < b[0] ? -1 : 1))
  for (const [rel, data] of all) {
    if (rel === MANIFEST || rel === SIGNATURE) throw new Error(`refusing to write ${rel}`)
    stage.write(rel, data)
    await input.onFileWritten?.(rel)
  }
  if (!input.beforeManifest) return
  const staged = fileEntries(stage.dir)
  const writeFile = (rel: string, data: Buffer | string) => {
    if (rel === MANIFEST || rel === SIGNATURE) throw new Error(`refusing to write ${rel}`)
    stage.write(rel, data)
  }
  stage.step = 'adding the editions (PDF, web)'
  await input.beforeManifest({
    dir: stage.dir,
    version: input.version,
    bundles: input.bundles,
    contentChecksum: contentChecksum(staged),
    files: staged,
    writeFile,
  })
}

/** Lists the staged files into the manifest and writes it (and its signature) last. */
function stageManifest(
  stage: Stage,
  input: WriteReleaseInput,
  checkpoint: Checkpoint,
): { manifest: Manifest; manifestBytes: Buffer; files: FileEntry[] } {
  stage.step = 'listing the staged files'
  checkpoint('staged', { path: stage.dir })
  const files = fileEntries(stage.dir)
  const manifest: Manifest = {
    ...input.manifest,
    bundleVersion: input.version,
    previousVersion: input.previousVersion,
    files,
    contentChecksum: contentChecksum(files),
    signature: input.signingKey
      ? { algorithm: 'ed25519', publicKey: publicKeyBase64(input.signingKey), file: 'manifest.sig' }
      : null,
  }
  const manifestBytes = canonicalBytes(manifest)
  stage.write(MANIFEST, manifestBytes)
  if (input.signingKey) stage.write(SIGNATURE, `${signBytes(manifestBytes, input.signingKey)}\n`)
  return { manifest, manifestBytes, files }
}

/** Stages and atomically renames a release into place. The caller holds the lock. */
export async function writeRelease(input: WriteReleaseInput): Promise<WriteReleaseResult> {
  const checkpoint = input.checkpoint ?? checkpoints()
  const finalDir = path.join(input.reportDir, input.version)
  if (fs.existsSync(finalDir)) throw new VersionExistsError(finalDir)
  const stage = stageOf(input, checkpoint)
  let staged: ReturnType<typeof stageManifest>
  try {
    fs.mkdirSync(stage.dir, { recursive: true })
    checkpoint('staging', { path: stage.dir })
    await stageFiles(stage, input)
    staged = stageManifest(stage, input, checkpoint)
    stage.step = 'syncing the staged files'
    for (const d of new Set(staged.files.map((f) => path.dirname(path.join(stage.dir, f.path))))) fsyncDir(d)
    fsyncDir(stage.dir)
    if (fs.existsSync(finalDir)) throw new VersionExistsError(finalDir)
    stage.step = `renaming the staging folder to ${input.version}`
    checkpoint('rename', { path: stage.dir })
    fs.renameSync(stage.dir, finalDir)
  } catch (e) {
    let leftover: string | null = null
    try {
      fs.rmSync(stage.dir, { recursive: true, force: true })
    } catch {
      leftover = stage.dir
    }
    throw asPublishWriteError(e, input.reportDir, stage.step, leftover)
  }
  // Committed: from here on the version is complete and in place, whatever happens next.
  checkpoint('renamed', { failable: false })
  fsyncDir(input.reportDir)
  checkpoint('committed', { failable: false })
  const { manifest, manifestBytes, files } = staged
  return {
    dir: finalDir,
    manifest,
    manifestSha256: sha256(manifestBytes),
    files: files.length + (input.signingKey ? 2 : 1),
    bytes: files.reduce((n, f) => n + f.size, 0) + manifestBytes.length,
  }
}
