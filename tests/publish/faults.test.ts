/**
 * The release writer under faults (src/publish/release/faults.ts):
 * - kill -9 at every checkpoint of a publish (before, during and after every file, the rename,
 *   after it), each in its own child process: the output folder then holds only complete versions
 *   that verify, and the next publish succeeds;
 * - the disk full or the folder read-only or not a folder at any step: a PublishWriteError that
 *   says what and where, nothing half-written, the earlier versions intact, the next publish fine.
 * No database: the fixture report is published with release() directly.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'

import {
  CRASH_AT_ENV,
  FAIL_AT_ENV,
  FAIL_CODE_ENV,
  matchesCheckpoint,
  PublishWriteError,
  writeFailureMessage,
} from '../../src/publish/release/faults'
import { generateSigningKey, listFiles } from '../../src/publish/release/integrity'
import { verifyBundle } from '../../src/publish/release/verify'
import { release } from '../../src/publish/release/release'
import { listVersions } from '../../src/publish/release/writer'
import { collected } from './release-fixture'

const key = generateSigningKey()
const SLUG = 'belarus-2020'
let tmp: string
/** An output folder holding 1.0.0 and 1.0.1, copied for every scenario. */
let base: string
/** Every checkpoint of publishing 1.0.2 on top of `base`, in order, as the writer reports them. */
let points: string[]
let publishedFiles: string[]

const withLead = (lead: string) =>
  collected({}, undefined, (c) => {
    c.input.docs.fr!.chapters!['2'].lead = lead
  })
const NEXT = 'Une année de répression, encore.'
const copyBase = (name: string) => {
  const out = path.join(tmp, name)
  fs.cpSync(base, out, { recursive: true })
  return out
}

beforeAll(async () => {
  // RAM-backed when there is one (fsync per file dominates otherwise); FOLIO_TEST_DISK=1 for the disk.
  const parent = fs.existsSync('/dev/shm') && !process.env.FOLIO_TEST_DISK ? '/dev/shm' : os.tmpdir()
  tmp = fs.mkdtempSync(path.join(parent, 'folio-faults-'))
  base = path.join(tmp, 'base')
  await release(withLead('Une année de répression.'), { out: base, signingKey: key.privateKey })
  await release(withLead('Une année de répression brutale.'), { out: base, signingKey: key.privateKey })
  expect(listVersions(path.join(base, SLUG))).toEqual(['1.0.0', '1.0.1'])
  const probe = copyBase('probe')
  points = []
  const r = await release(withLead(NEXT), {
    out: probe,
    signingKey: key.privateKey,
    onCheckpoint: (p) => points.push(p),
  })
  expect(r).toMatchObject({ status: 'published', version: '1.0.2' })
  publishedFiles = [...listFiles(r.dir!), 'manifest.json', 'manifest.sig']
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))
afterEach(() => {
  delete process.env[FAIL_AT_ENV]
  delete process.env[FAIL_CODE_ENV]
})

/** What every fault must leave: complete versions only, each verifying with the pinned key. */
function expectOnlyCompleteVersions(reportDir: string, expected: string[]) {
  const names = fs.readdirSync(reportDir)
  expect(names.filter((n) => /^\d+\.\d+\.\d+$/.test(n)).sort()).toEqual(expected)
  expect(listVersions(reportDir)).toEqual(expected)
  for (const v of expected)
    expect({
      v,
      problems: verifyBundle(path.join(reportDir, v), { publicKey: key.publicKey, requireSignature: true }).problems,
    }).toEqual({ v, problems: [] })
}

/** The next publish succeeds (or finds the version already committed) and leaves nothing behind. */
async function expectNextPublishSucceeds(out: string, committed: boolean) {
  const r = await release(withLead(NEXT), { out, signingKey: key.privateKey })
  expect(r).toMatchObject(
    committed ? { status: 'unchanged', version: '1.0.2' } : { status: 'published', version: '1.0.2' },
  )
  const reportDir = path.join(out, SLUG)
  expectOnlyCompleteVersions(reportDir, ['1.0.0', '1.0.1', '1.0.2'])
  expect(fs.readdirSync(reportDir).filter((n) => n.startsWith('.tmp-') || n === '.publish.lock')).toEqual([])
}

describe("the writer's checkpoints", () => {
  test('cover the lock, every file before, during and after its write, the rename and after', () => {
    expect(points[0]).toBe('lock')
    expect(points[1]).toBe('staging')
    expect(points.slice(-4)).toEqual(['rename', 'renamed', 'committed', 'unlocked'])
    expect(points).toContain('staged')
    for (const f of publishedFiles) {
      const i = points.indexOf(`write:${f}:open`)
      expect(i).toBeGreaterThan(0)
      expect(points.slice(i, i + 3)).toEqual([`write:${f}:open`, `write:${f}:partial`, `write:${f}:done`])
    }
    expect(points.indexOf('write:manifest.json:open')).toBeGreaterThan(points.indexOf('staged'))
    expect(points.length).toBe(2 + 3 * publishedFiles.length + 5)
  })

  test('matchesCheckpoint: a name, a prefix*, or the n-th', () => {
    expect(matchesCheckpoint('rename', 'rename', 7)).toBe(true)
    expect(matchesCheckpoint('rename', 'renamed', 7)).toBe(false)
    expect(matchesCheckpoint('write:content/*', 'write:content/fr.json:open', 3)).toBe(true)
    expect(matchesCheckpoint('#3', 'anything', 3)).toBe(true)
    expect(matchesCheckpoint('#3', 'anything', 4)).toBe(false)
    expect(matchesCheckpoint(undefined, 'lock', 1)).toBe(false)
    expect(matchesCheckpoint('', 'lock', 1)).toBe(false)
  })
})

/** Runs the child publish with the crash hook; resolves with how it ended and what it printed. */
function crashAt(
  out: string,
  point: string,
  extra: string[] = [],
): Promise<{ signal: string | null; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/publish/crash-release.ts', out, NEXT, ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', FOLIO_SIGNING_KEY: key.privateKey, [CRASH_AT_ENV]: point },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code, signal) => resolve({ code, signal, output }))
  })
}

describe('kill -9 at every checkpoint', () => {
  test('only complete, verifiable versions remain, and the next publish succeeds', async () => {
    const committedFrom = points.indexOf('renamed')
    const scenarios = points.map((point, i) => ({ point, i, committed: i >= committedFrom }))
    const failures: string[] = []
    // Two children at a time (the machine has two cores).
    const queue = [...scenarios]
    const worker = async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        const out = copyBase(`crash-${s.i}`)
        const r = await crashAt(out, s.point)
        if (r.signal !== 'SIGKILL') {
          failures.push(`${s.point}: the child was not killed (exit ${r.code}): ${r.output}`)
          continue
        }
        try {
          expectOnlyCompleteVersions(
            path.join(out, SLUG),
            s.committed ? ['1.0.0', '1.0.1', '1.0.2'] : ['1.0.0', '1.0.1'],
          )
          await expectNextPublishSucceeds(out, s.committed)
        } catch (e) {
          failures.push(`${s.point}: ${(e as Error).message}`)
        }
        fs.rmSync(out, { recursive: true, force: true })
      }
    }
    await Promise.all([worker(), worker()])
    expect(failures).toEqual([])
  }, 180_000)

  test('a kill while the PDF edition is being written (real Typst, English only) leaves no version behind', async () => {
    const out = copyBase('crash-pdf')
    const r = await crashAt(out, 'write:pdf/*', ['pdf'])
    expect(r.signal).toBe('SIGKILL')
    const reportDir = path.join(out, SLUG)
    expectOnlyCompleteVersions(reportDir, ['1.0.0', '1.0.1'])
    const staging = fs.readdirSync(reportDir).find((n) => n.startsWith('.tmp-1.0.2-'))!
    expect(fs.readdirSync(path.join(reportDir, staging, 'pdf'))).toEqual([`${SLUG}.en.pdf`])
    expect(fs.statSync(path.join(reportDir, staging, 'pdf', `${SLUG}.en.pdf`)).size).toBe(0)
    await expectNextPublishSucceeds(out, false)
  }, 60_000)

  test('without the variable the hook is inert: the child publishes', async () => {
    const out = copyBase('crash-none')
    const r = await crashAt(out, '')
    expect({ code: r.code, signal: r.signal, output: r.output.trim() }).toEqual({
      code: 0,
      signal: null,
      output: 'published 1.0.2',
    })
    expectOnlyCompleteVersions(path.join(out, SLUG), ['1.0.0', '1.0.1', '1.0.2'])
  }, 30_000)
})

describe('a lock file left empty (killed between creating and writing it)', () => {
  test('is taken over once it is 30 s old; a fresh one still means another publish is running', async () => {
    const out = copyBase('empty-lock')
    const lock = path.join(out, SLUG, '.publish.lock')
    fs.writeFileSync(lock, '')
    await expect(release(withLead(NEXT), { out, signingKey: key.privateKey })).rejects.toThrow(
      /Another publish of this report is running \(lock file present\)/,
    )
    const old = new Date(Date.now() - 60_000)
    fs.utimesSync(lock, old, old)
    await expectNextPublishSucceeds(out, false)
  })
})

describe('the disk refuses a write', () => {
  const failAt = async (name: string, point: string, code: string) => {
    const out = copyBase(name)
    process.env[FAIL_AT_ENV] = point
    process.env[FAIL_CODE_ENV] = code
    let error: unknown
    try {
      await release(withLead(NEXT), { out, signingKey: key.privateKey })
    } catch (e) {
      error = e
    }
    delete process.env[FAIL_AT_ENV]
    delete process.env[FAIL_CODE_ENV]
    return { out, reportDir: path.join(out, SLUG), error: error as PublishWriteError }
  }

  test.each([
    ['lock', 'taking the publish lock'],
    ['staging', 'creating the staging folder'],
    ['write:content/fr.json:partial', 'writing content/fr.json'],
    ['write:schema/bundle.schema.json:open', 'writing schema/bundle.schema.json'],
    ['staged', 'listing the staged files'],
    ['write:manifest.json:partial', 'writing manifest.json'],
    ['write:manifest.sig:done', 'writing manifest.sig'],
    ['rename', 'renaming the staging folder to 1.0.2'],
  ])('disk full at %s: a clear error, nothing half-written, the next publish succeeds', async (point, step) => {
    const { out, reportDir, error } = await failAt(`enospc-${point.replace(/\W+/g, '-')}`, point, 'ENOSPC')
    expect(error).toBeInstanceOf(PublishWriteError)
    expect(error.message).toBe(
      `Cannot write the release to ${path.resolve(reportDir)}: no space left on device (ENOSPC, while ${step}). Nothing was published; versions 1.0.0, 1.0.1 are intact.`,
    )
    expect(error.code).toBe('ENOSPC')
    expectOnlyCompleteVersions(reportDir, ['1.0.0', '1.0.1'])
    expect(fs.readdirSync(reportDir).filter((n) => n.startsWith('.tmp-') || n === '.publish.lock')).toEqual([])
    await expectNextPublishSucceeds(out, false)
  })

  test('checkpoints after the rename cannot fail: the release is committed by then', async () => {
    const { out, error } = await failAt('enospc-committed', 'committed', 'ENOSPC')
    expect(error).toBeUndefined()
    await expectNextPublishSucceeds(out, true)
  })

  test('read-only output folder: permission denied when not root, EROFS injected when root (root ignores modes)', async () => {
    const root = process.getuid?.() === 0
    let result: Awaited<ReturnType<typeof failAt>>
    if (root) {
      result = await failAt('readonly', 'lock', 'EROFS')
    } else {
      const out = copyBase('readonly')
      const reportDir = path.join(out, SLUG)
      fs.chmodSync(reportDir, 0o555)
      let error: unknown
      try {
        await release(withLead(NEXT), { out, signingKey: key.privateKey })
      } catch (e) {
        error = e
      }
      fs.chmodSync(reportDir, 0o755)
      result = { out, reportDir, error: error as PublishWriteError }
    }
    const { out, reportDir, error } = result
    const [code, what] = root ? ['EROFS', 'read-only file system'] : ['EACCES', 'permission denied']
    expect(error).toBeInstanceOf(PublishWriteError)
    expect(error.message).toBe(
      `Cannot write the release to ${path.resolve(reportDir)}: ${what} (${code}, while taking the publish lock). Nothing was published; versions 1.0.0, 1.0.1 are intact.`,
    )
    expectOnlyCompleteVersions(reportDir, ['1.0.0', '1.0.1'])
    await expectNextPublishSucceeds(out, false)
  })

  test('an output path under a file (a real ENOTDIR, no hook): the same kind of error', async () => {
    const file = path.join(tmp, 'not-a-folder')
    fs.writeFileSync(file, 'x')
    const out = path.join(file, 'releases')
    await expect(release(withLead(NEXT), { out, signingKey: key.privateKey })).rejects.toThrow(
      `Cannot write the release to ${path.join(out, SLUG)}: a part of the path is not a folder (ENOTDIR, while taking the publish lock). Nothing was published; there is no earlier version.`,
    )
  })

  test('a staging folder that cannot be removed is named, and ignored as a version', () => {
    expect(
      writeFailureMessage({
        reportDir: '/x/releases/r',
        code: 'EROFS',
        step: 'writing content/en.json',
        intact: ['1.0.0'],
        leftover: '/x/releases/r/.tmp-1.1.0-1-ab',
      }),
    ).toBe(
      'Cannot write the release to /x/releases/r: read-only file system (EROFS, while writing content/en.json). Nothing was published; version 1.0.0 is intact. The unfinished staging folder /x/releases/r/.tmp-1.1.0-1-ab could not be removed: it is never read as a version, and the next publish removes it.',
    )
  })
})
