/**
 * The publish worker (src/publish/job/worker.ts, scripts/worker.ts): with
 * FOLIO_PUBLISH_WORKER=external the server side only queues (enqueuePublish starts nothing, and no
 * autoRun is configured); a separate `npm run worker` process runs the job on the same SQLite
 * database and the publication ends published; past its memory threshold the worker exits with
 * RECYCLE_EXIT after the job, for its supervisor to start a fresh one.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { enqueuePublish } from '../../src/publish/job/enqueue'
import { RECYCLE_EXIT } from '../../src/publish/job/worker'
import { seed } from '../../src/seed'
import { bootPayload } from '../helpers/payload'
import { PAYLOAD_BIN } from '../helpers/server'

let payload: Payload
let cleanup: () => Promise<void>
let releases: string
let reportId: number
let reviewer: { id: number; email: string }

beforeAll(async () => {
  process.env.FOLIO_PUBLISH_WORKER = 'external'
  let dir: string
  ;({ payload, cleanup, dir } = await bootPayload())
  releases = path.join(dir, 'releases')
  process.env.FOLIO_RELEASES_DIR = releases
  reportId = Number((await seed(payload)).reportId)
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'reviewer@folio.test' } },
    overrideAccess: true,
    depth: 0,
  })
  reviewer = docs[0] as unknown as { id: number; email: string }
}, 180_000)
afterAll(async () => {
  delete process.env.FOLIO_PUBLISH_WORKER
  delete process.env.FOLIO_RELEASES_DIR
  await cleanup?.()
})

const outcome = async (id: string | number) =>
  (await payload.findByID({ collection: 'publications', id, depth: 0, overrideAccess: true })).outcome

test('the server only queues; the worker process runs the publish and recycles itself past its memory threshold', async () => {
  expect(payload.config.jobs.autoRun).toEqual([])
  const queued = await enqueuePublish(payload, { report: reportId, locales: ['en'], user: reviewer })
  await new Promise((r) => setTimeout(r, 1500))
  expect(await outcome(queued.publication)).toBe('queued')

  let output = ''
  const worker = spawn(process.execPath, [PAYLOAD_BIN, 'run', 'scripts/worker.ts', '--', '--child'], {
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation', FOLIO_WORKER_RECYCLE_MB: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  worker.stdout.on('data', (d) => (output += d))
  worker.stderr.on('data', (d) => (output += d))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => worker.kill('SIGKILL'), 150_000)
    worker.on('exit', (c) => {
      clearTimeout(timer)
      resolve(c)
    })
  })
  expect({ code, output }).toMatchObject({ code: RECYCLE_EXIT })
  expect(output).toContain('recycling this worker')
  expect(await outcome(queued.publication)).toBe('published')
  const version = path.join(releases, 'annual-report-2020', '1.0.0')
  expect(fs.existsSync(path.join(version, 'manifest.json'))).toBe(true)
  expect(fs.existsSync(path.join(version, 'pdf', 'annual-report-2020.en.pdf'))).toBe(true)
}, 200_000)
