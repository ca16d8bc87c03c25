/**
 * Checkpoints of the release writer, and what a publish says when the disk refuses it.
 *
 * The writer (writer.ts, release.ts) passes named checkpoints, in this order:
 *
 *   lock                   the publish lock file is written
 *   staging                the staging folder .tmp-<version>-… exists (empty)
 *   write:<file>:open      <file> is created in the staging folder, empty   ┐ for every file of the
 *   write:<file>:partial   half of its bytes are written                    │ bundle, sorted, then
 *   write:<file>:done      all of it, fsynced, closed                       ┘ pdf/*, manifest.json, manifest.sig
 *   staged                 everything but the manifest is staged (after the PDF edition)
 *   rename                 the manifest is written; about to rename staging → <version>
 *   renamed                the version folder is in place (the publish is committed)
 *   committed              its parent folder is fsynced
 *   unlocked               the lock is released
 *
 * Test hooks (inert unless set; for the fault tests in tests/publish/faults.test.ts):
 *
 *   FOLIO_PUBLISH_CRASH_AT=<checkpoint>|#<n>   the process kills itself with SIGKILL at that
 *                                              checkpoint (or at the n-th it passes, from 1)
 *   FOLIO_PUBLISH_FAIL_AT=<checkpoint>|#<n>    a file-system error is thrown there instead, as if
 *   FOLIO_PUBLISH_FAIL_CODE=ENOSPC             the next write had failed with that code (default
 *                                              ENOSPC; e.g. EROFS, EACCES, EDQUOT). Only up to
 *                                              `rename`: after it the release is committed.
 *   FOLIO_PUBLISH_PAUSE_AT=<checkpoint>        the process stops there for FOLIO_PUBLISH_PAUSE_MS
 *                                              (default 3000), blocking, as a slow disk would
 *                                              (for the tests of two publishes at once)
 *
 * A checkpoint name may end with `*` to match every checkpoint starting with the rest.
 */
import { constants } from 'node:os'
import path from 'node:path'

export const CRASH_AT_ENV = 'FOLIO_PUBLISH_CRASH_AT'
export const FAIL_AT_ENV = 'FOLIO_PUBLISH_FAIL_AT'
export const FAIL_CODE_ENV = 'FOLIO_PUBLISH_FAIL_CODE'
export const PAUSE_AT_ENV = 'FOLIO_PUBLISH_PAUSE_AT'

/** Observer of the checkpoints a publish passes (tests enumerate them with it). */
export type CheckpointObserver = (point: string) => void

/** A checkpoint as the writer calls it: `failable` is false once the release is committed. */
export type Checkpoint = (point: string, options?: { failable?: boolean; path?: string }) => void

let passed = 0

/** Does `spec` (a checkpoint name, `prefix*`, or `#n`) select this checkpoint? */
export function matchesCheckpoint(spec: string | undefined, point: string, n: number): boolean {
  if (!spec) return false
  if (/^#\d+$/.test(spec)) return Number(spec.slice(1)) === n
  if (spec.endsWith('*')) return point.startsWith(spec.slice(0, -1))
  return spec === point
}

const FS_ERROR_TEXT: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  EFBIG: 'file too large',
}

/** A Node-style file-system error (what fs would have thrown). */
export function fsError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  const error = new Error(
    `${code}: ${FS_ERROR_TEXT[code] ?? 'file-system error'}, ${syscall} '${file}'`,
  ) as NodeJS.ErrnoException
  error.code = code
  error.syscall = syscall
  error.path = file
  const errno = (constants.errno as Record<string, number>)[code]
  if (errno) error.errno = -errno
  return error
}

/**
 * The checkpoint function for one publish: the observer, then the environment's test hooks.
 * `env` is read at every checkpoint, so the hooks cost nothing when unset.
 */
export function checkpoints(observer?: CheckpointObserver, env: NodeJS.ProcessEnv = process.env): Checkpoint {
  return (point, options = {}) => {
    passed++
    observer?.(point)
    if (matchesCheckpoint(env[CRASH_AT_ENV], point, passed)) process.kill(process.pid, 'SIGKILL')
    if (matchesCheckpoint(env[PAUSE_AT_ENV], point, passed))
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(env.FOLIO_PUBLISH_PAUSE_MS) || 3000)
    if (options.failable !== false && matchesCheckpoint(env[FAIL_AT_ENV], point, passed)) {
      throw fsError(env[FAIL_CODE_ENV] || 'ENOSPC', 'write', options.path ?? point)
    }
  }
}

/** Error codes that mean "the disk or the folder refuses the write" (not a bug of ours). */
export const isFsError = (e: unknown): e is NodeJS.ErrnoException =>
  // Not `instanceof Error`: errors from another realm (a vm context, e.g. jest's) are not.
  typeof e === 'object' &&
  e !== null &&
  typeof (e as NodeJS.ErrnoException).code === 'string' &&
  typeof (e as NodeJS.ErrnoException).syscall === 'string'

export interface WriteFailure {
  /** The report's folder in the output folder. */
  reportDir: string
  code: string
  /** What was being done, e.g. "writing content/fr.json". */
  step: string
  /** Complete versions in the folder, untouched. */
  intact: string[]
  /** A staging folder that could not be removed (the next publish removes it), or null. */
  leftover: string | null
}

/** "Cannot write the release to …: no space left on device (ENOSPC, while …). Nothing was published; …" */
export function writeFailureMessage(f: WriteFailure): string {
  const what = FS_ERROR_TEXT[f.code] ?? 'file-system error'
  const intact =
    f.intact.length === 0
      ? 'there is no earlier version.'
      : f.intact.length === 1
        ? `version ${f.intact[0]} is intact.`
        : `versions ${f.intact.join(', ')} are intact.`
  const leftover = f.leftover
    ? ` The unfinished staging folder ${f.leftover} could not be removed: it is never read as a version, and the next publish removes it.`
    : ''
  return `Cannot write the release to ${path.resolve(f.reportDir)}: ${what} (${f.code}, while ${f.step}). Nothing was published; ${intact}${leftover}`
}

export class PublishWriteError extends Error {
  readonly code: string
  constructor(
    readonly failure: WriteFailure,
    cause: unknown,
  ) {
    super(writeFailureMessage(failure), { cause })
    this.name = 'PublishWriteError'
    this.code = failure.code
  }
}
