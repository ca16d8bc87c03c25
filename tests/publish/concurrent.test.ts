/**
 * Two `npm run publish` processes against one database (SQLite by default; PostgreSQL under
 * `npm run test:postgres`): started together they give one release and one refusal with exit code
 * 3 naming who holds the report and since when; a publish killed mid-way (SIGKILL, holding the
 * lease) blocks the next one until its lease expires, and then the next one publishes.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import type { leaseHolder as LeaseHolder } from '../../src/publish/job/lease'
import { bootPayload } from '../helpers/payload'
import { PAYLOAD_BIN } from '../helpers/server'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let reportId: string | number
let leaseHolder: typeof LeaseHolder
/** The CLI's exit code for "another publish is running" (src/publish/cli.ts EXIT_BUSY). */
let EXIT_BUSY: number

beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  // Imported after bootPayload set FOLIO_MEDIA_DIR: the media collection reads it when loaded.
  const { seed } = await import('../../src/seed')
  ;({ leaseHolder } = await import('../../src/publish/job/lease'))
  ;({ EXIT_BUSY } = await import('../../src/publish/cli'))
  reportId = (await seed(payload)).reportId
}, 180_000)
afterAll(async () => cleanup?.())

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  out: string
  pid: number
}

/** `npm run publish -- --report 2020 --out <out> --no-pdf --no-web` as its own process. */
function publishProcess(out: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [PAYLOAD_BIN, 'run', 'scripts/publish.ts', '--', '--report', '2020', '--out', out, '--no-pdf', '--no-web'],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: '--no-deprecation',
          FOLIO_DB_PUSH: 'false',
          PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
          PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let text = ''
    child.stdout.on('data', (d) => (text += d))
    child.stderr.on('data', (d) => (text += d))
    child.on('exit', (code, signal) => resolve({ code, signal, out: text, pid: child.pid ?? -1 }))
  })
}

const versions = (out: string) =>
  fs.existsSync(path.join(out, 'annual-report-2020'))
    ? fs.readdirSync(path.join(out, 'annual-report-2020')).filter((f) => /^\d+\.\d+\.\d+$/.test(f))
    : []

const published = async () =>
  (
    await payload.find({
      collection: 'publications',
      where: { outcome: { equals: 'published' } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

describe('two publish processes, one database', () => {
  test('started together: one release, one refusal (exit 3) naming the holder and since when', async () => {
    const out = path.join(dir, 'together')
    // Whoever takes the report's lease first stays in the writer for 15 s (both boots fit in it).
    const slow = { FOLIO_PUBLISH_PAUSE_AT: 'lock', FOLIO_PUBLISH_PAUSE_MS: '15000' }
    const runs = await Promise.all([publishProcess(out, slow), publishProcess(out, slow)])
    const codes = runs.map((r) => r.code).sort()
    expect({ codes, outs: codes[0] === 0 && codes[1] === EXIT_BUSY ? [] : runs.map((r) => r.out) }).toEqual({
      codes: [0, EXIT_BUSY],
      outs: [],
    })
    const winner = runs.find((r) => r.code === 0)!
    const refused = runs.find((r) => r.code === EXIT_BUSY)!
    expect(winner.out).toMatch(/Published annual-report-2020 1\.0\.0/)
    expect(refused.out).toMatch(
      new RegExp(
        `Publish refused: Another publish of annual-report-2020 is running: a command-line publish \\(pid ${winner.pid} on [^)]+\\), since \\d{4}-\\d\\d-\\d\\dT`,
      ),
    )
    expect(versions(out)).toEqual(['1.0.0'])
    expect(await published()).toHaveLength(1)
    expect(await leaseHolder(payload, `report:${String(reportId)}`)).toBeNull()
  }, 180_000)

  test('a publish killed while holding the lease blocks the next until the lease expires; then it publishes', async () => {
    const out = path.join(dir, 'killed')
    const lease = { FOLIO_PUBLISH_LEASE_MS: '45000' }
    const killed = await publishProcess(out, { ...lease, FOLIO_PUBLISH_CRASH_AT: 'staged' })
    expect(killed.signal).toBe('SIGKILL')
    const held = await leaseHolder(payload, `report:${String(reportId)}`)
    expect(held?.holder).toMatch(new RegExp(`pid ${killed.pid} on `))

    const early = await publishProcess(out, lease)
    if (early.code === EXIT_BUSY) {
      // Refused while the dead holder's lease ran, naming it; after it expires the next one publishes.
      expect(early.out).toContain(`pid ${killed.pid} on`)
      await new Promise((r) => setTimeout(r, Math.max(0, held!.expiresAt - Date.now() + 200)))
      const next = await publishProcess(out, lease)
      expect([next.code, next.out]).toEqual([0, expect.stringMatching(/Published annual-report-2020 1\.0\.0/)])
    } else {
      // A machine so loaded that this process booted after the lease expired: it took over.
      expect(Date.now()).toBeGreaterThan(held!.expiresAt)
      expect([early.code, early.out]).toEqual([0, expect.stringMatching(/Published annual-report-2020 1\.0\.0/)])
    }
    expect(versions(out)).toEqual(['1.0.0'])
  }, 180_000)
})
