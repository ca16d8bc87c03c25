/**
 * Writing a release: immutable, atomic, locked.
 *
 * Layout: <out>/<report-slug>/<version>/ (see src/publish/schema.ts for the files).
 * - A lock file <out>/<report-slug>/.publish.lock (created with O_EXCL, holds pid and start time)
 *   is held from reading the previous version to the final rename: two publishes of the same report
 *   at once → the second fails with a clear message. A lock left by a dead process (same host,
 *   pid no longer running) is taken over.
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
import os from 'node:os'
import path from 'node:path'

import { canonicalBytes } from './canonical'
import { compareSemver } from './diff'
import { checkpoints, isFsError, PublishWriteError, type Checkpoint } from './faults'
import {
  contentChecksum,
  fileEntries,
  keyFingerprint,
  MANIFEST,
  publicKeyBase64,
  sha256,
  signBytes,
  SIGNATURE,
  type FileEntry,
} from './integrity'
import type { KeyObject } from 'node:crypto'
import { LocaleBundleSchema, type BundleLocale, type Changes, type LocaleBundle, type Manifest } from './schema'

export class PublishLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: string,
  ) {
    super(
      `Another publish of this report is running (${holder}). Wait for it to finish; if no publish is running, delete ${lockPath}.`,
    )
    this.name = 'PublishLockedError'
  }
}

export class VersionExistsError extends Error {
  constructor(readonly dir: string) {
    super(`Version directory ${dir} already exists: published versions are immutable and never overwritten.`)
    this.name = 'VersionExistsError'
  }
}

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
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

/** A lock file that still cannot be read after this long was abandoned half-written. */
const UNREADABLE_LOCK_MS = 30_000

/** Takes the report's publish lock; returns the release function. */
export function acquireLock(reportDir: string, checkpoint: Checkpoint = checkpoints()): () => void {
  try {
    return takeLock(reportDir, checkpoint)
  } catch (e) {
    throw asPublishWriteError(e, reportDir, 'taking the publish lock')
  }
}

function takeLock(reportDir: string, checkpoint: Checkpoint): () => void {
  fs.mkdirSync(reportDir, { recursive: true })
  const lockPath = path.join(reportDir, '.publish.lock')
  const info = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx')
      try {
        fs.writeSync(fd, info)
        fs.fsyncSync(fd)
      } finally {
        fs.closeSync(fd)
      }
      let released = false
      const release = () => {
        if (released) return
        released = true
        try {
          const cur = fs.readFileSync(lockPath, 'utf8')
          if (cur === info) fs.rmSync(lockPath)
        } catch {
          /* already gone */
        }
        checkpoint('unlocked', { failable: false })
      }
      try {
        checkpoint('lock', { path: lockPath })
      } catch (e) {
        release()
        throw e
      }
      return release
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        if ((e as NodeJS.ErrnoException).syscall === 'write' || (e as NodeJS.ErrnoException).syscall === 'fsync')
          fs.rmSync(lockPath, { force: true })
        throw e
      }
      let holder: { pid?: number; host?: string; since?: string } = {}
      let unreadable = false
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8'))
      } catch {
        // Being written (held), or left empty by a process killed between creating and writing it:
        // the latter once it is older than any write of a few bytes could take.
        unreadable = true
      }
      const st = unreadable ? fs.statSync(lockPath, { throwIfNoEntry: false }) : undefined
      const abandoned = unreadable && (!st || Date.now() - st.mtimeMs > UNREADABLE_LOCK_MS)
      const stale =
        abandoned || (holder.host === os.hostname() && typeof holder.pid === 'number' && !pidAlive(holder.pid))
      if (stale && attempt === 0) {
        fs.rmSync(lockPath, { force: true })
        continue
      }
      throw new PublishLockedError(
        lockPath,
        holder.pid ? `pid ${holder.pid} on ${holder.host}, since ${holder.since}` : 'lock file present',
      )
    }
  }
  throw new PublishLockedError(lockPath, 'lock file present')
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

/** Stages and atomically renames a release into place. The caller holds the lock. */
export async function writeRelease(input: WriteReleaseInput): Promise<WriteReleaseResult> {
  const checkpoint = input.checkpoint ?? checkpoints()
  const finalDir = path.join(input.reportDir, input.version)
  if (fs.existsSync(finalDir)) throw new VersionExistsError(finalDir)
  const staging = path.join(input.reportDir, `.tmp-${input.version}-${process.pid}-${randomBytes(4).toString('hex')}`)
  let step = 'creating the staging folder'
  const write = (rel: string, data: Buffer | string) => {
    if (rel.includes('..') || path.isAbsolute(rel)) throw new Error(`refusing to write ${rel}`)
    step = `writing ${rel}`
    writeFileDurable(path.join(staging, rel), data, rel, checkpoint)
  }
  let manifest: Manifest
  let manifestBytes: Buffer
  let files: FileEntry[]
  try {
    fs.mkdirSync(staging, { recursive: true })
    checkpoint('staging', { path: staging })
    const all: Array<[string, Buffer | string]> = []
    for (const [l, b] of Object.entries(input.bundles)) all.push([`content/${l}.json`, canonicalBytes(b)])
    for (const [p, data] of Object.entries(input.files)) all.push([p, data])
    all.sort((a, b) => (a[0] < b[0] ? -1 : 1))
    for (const [rel, data] of all) {
      if (rel === MANIFEST || rel === SIGNATURE) throw new Error(`refusing to write ${rel}`)
      write(rel, data)
      await input.onFileWritten?.(rel)
    }
    if (input.beforeManifest) {
      const staged = fileEntries(staging)
      const writeFile = (rel: string, data: Buffer | string) => {
        if (rel === MANIFEST || rel === SIGNATURE) throw new Error(`refusing to write ${rel}`)
        write(rel, data)
      }
      step = 'adding the editions (PDF, web)'
      await input.beforeManifest({
        dir: staging,
        version: input.version,
        bundles: input.bundles,
        contentChecksum: contentChecksum(staged),
        files: staged,
        writeFile,
      })
    }
    step = 'listing the staged files'
    checkpoint('staged', { path: staging })
    files = fileEntries(staging)
    manifest = {
      ...input.manifest,
      bundleVersion: input.version,
      previousVersion: input.previousVersion,
      files,
      contentChecksum: contentChecksum(files),
      signature: input.signingKey
        ? { algorithm: 'ed25519', publicKey: publicKeyBase64(input.signingKey), file: 'manifest.sig' }
        : null,
    }
    manifestBytes = canonicalBytes(manifest)
    write(MANIFEST, manifestBytes)
    if (input.signingKey) write(SIGNATURE, `${signBytes(manifestBytes, input.signingKey)}\n`)
    step = 'syncing the staged files'
    for (const d of new Set(files.map((f) => path.dirname(path.join(staging, f.path))))) fsyncDir(d)
    fsyncDir(staging)
    if (fs.existsSync(finalDir)) throw new VersionExistsError(finalDir)
    step = `renaming the staging folder to ${input.version}`
    checkpoint('rename', { path: staging })
    fs.renameSync(staging, finalDir)
  } catch (e) {
    let leftover: string | null = null
    try {
      fs.rmSync(staging, { recursive: true, force: true })
    } catch {
      leftover = staging
    }
    throw asPublishWriteError(e, input.reportDir, step, leftover)
  }
  // Committed: from here on the version is complete and in place, whatever happens next.
  checkpoint('renamed', { failable: false })
  fsyncDir(input.reportDir)
  checkpoint('committed', { failable: false })
  return {
    dir: finalDir,
    manifest,
    manifestSha256: sha256(manifestBytes),
    files: files.length + (input.signingKey ? 2 : 1),
    bytes: files.reduce((n, f) => n + f.size, 0) + manifestBytes.length,
  }
}

export { keyFingerprint }
