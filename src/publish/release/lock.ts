/**
 * The publish lock of a report: <out>/<report-slug>/.publish.lock, created with O_EXCL and holding
 * the pid, host and start time. It is held from reading the previous version to the final rename:
 * two publishes of the same report at once → the second fails with a clear message. A lock left by
 * a dead process (same host, pid no longer running) is taken over, and so is a lock file still
 * unreadable (empty) after 30 s: a process killed between creating and writing it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { checkpoints, type Checkpoint } from './faults'
import { asPublishWriteError } from './writer'

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

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
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
      return createLock(lockPath, info, checkpoint)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        if ((e as NodeJS.ErrnoException).syscall === 'write' || (e as NodeJS.ErrnoException).syscall === 'fsync')
          fs.rmSync(lockPath, { force: true })
        throw e
      }
      const { holder, stale } = lockHolder(lockPath)
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

/** Creates the lock file (fails with EEXIST when it exists); returns the release function. */
function createLock(lockPath: string, info: string, checkpoint: Checkpoint): () => void {
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
}

/** Who holds an existing lock, and whether it is stale (its process is dead, or it was abandoned). */
function lockHolder(lockPath: string): { holder: { pid?: number; host?: string; since?: string }; stale: boolean } {
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
  const stale = abandoned || (holder.host === os.hostname() && typeof holder.pid === 'number' && !pidAlive(holder.pid))
  return { holder, stale }
}
