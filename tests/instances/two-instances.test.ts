/**
 * Two app instances, one PostgreSQL database (run by `npm run test:postgres`; needs `next build`):
 * two `next start` processes on different ports share one database, one media folder and one
 * releases folder. A document saved through one is read through the other; Payload's document
 * lock taken on one is seen, and enforced, on the other; publishes asked of both at once give one
 * release; chapter reads across both (2 × 10 connections, 15 s) while a publish runs, with p99;
 * an instance killed mid-publish leaves the next publish unblocked after its lease, the
 * interrupted publication closed as failed.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import autocannon from 'autocannon'

import { DEMO_USERS } from '../../src/seed/users'
import { testPgUrl } from '../helpers/postgres'
import { type Instance, login, PAYLOAD_BIN, prepareInstance, type RunningServer, spawnServer } from '../helpers/server'
import { request } from '../helpers/http'

const LEASE_MS = 8000
let instance: Instance
let a: RunningServer
let b: RunningServer
const token: Record<'editor' | 'reviewer' | 'admin', { a: string; b: string }> = {} as never
let chapterId: number
let reportId: number

const demo = (role: string) => DEMO_USERS.find((d) => d.roles.includes(role as never))!

const call = (server: RunningServer, method: string, route: string, auth: string | null, body?: unknown) =>
  request(server.url, method, route, { auth, body })

type Pub = { outcome: string; version: string | null; summary: string; progress?: { state: string; step: string } }
const statusOf = async (server: RunningServer, id: unknown) =>
  (await call(server, 'GET', `/api/publications/status/${String(id)}`, token.reviewer.a)).json as {
    running: boolean
    publication: Pub
  }

async function waitDone(server: RunningServer, id: unknown, ms = 180_000): Promise<Pub> {
  for (const deadline = Date.now() + ms; ; ) {
    const s = await statusOf(server, id)
    if (s.publication && !s.running && s.publication.outcome !== 'queued' && s.publication.outcome !== 'running')
      return s.publication
    if (Date.now() > deadline) throw new Error(`publication ${String(id)} still running: ${JSON.stringify(s)}`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

const versions = () => {
  const d = path.join(instance.dir, 'releases', 'annual-report-2020')
  return fs.existsSync(d)
    ? fs
        .readdirSync(d)
        .filter((f) => /^\d+\.\d+\.\d+$/.test(f))
        .sort()
    : []
}

if (!testPgUrl()) {
  test.skip('two instances on PostgreSQL: skipped because FOLIO_TEST_PG_URL is not set (npm run test:postgres sets it)', () => {})
} else {
  beforeAll(async () => {
    instance = await prepareInstance({ seed: true, env: { FOLIO_PUBLISH_LEASE_MS: String(LEASE_MS) } })
    ;[a, b] = await Promise.all([spawnServer(instance), spawnServer(instance)])
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const u = demo(role)
      token[role] = { a: await login(a.url, u.email, u.password), b: await login(b.url, u.email, u.password) }
    }
    const chapters = await call(a, 'GET', '/api/chapters?limit=1&depth=0', token.editor.a)
    chapterId = (chapters.json.docs as Array<{ id: number; report: number }>)[0].id
    reportId = (chapters.json.docs as Array<{ id: number; report: number }>)[0].report
  }, 400_000)
  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()])
    await instance?.remove()
  })

  describe('two instances, one database', () => {
    test('a document saved through one instance is read through the other', async () => {
      const lead = `Saved through instance A at ${new Date().toISOString()}`
      const saved = await call(a, 'PATCH', `/api/chapters/${chapterId}?draft=true`, token.editor.a, { lead })
      expect(saved.status).toBe(200)
      const read = await call(b, 'GET', `/api/chapters/${chapterId}?draft=true&depth=0`, token.editor.b)
      expect([read.status, read.json.lead]).toEqual([200, lead])
    })

    test('a document lock taken through one instance is seen, and enforced, through the other', async () => {
      const me = await call(a, 'GET', '/api/users/me', token.editor.a)
      const editorId = (me.json.user as { id: number }).id
      // What the admin's edit view does when an editor opens a document.
      const lock = await call(a, 'POST', '/api/payload-locked-documents', token.editor.a, {
        document: { relationTo: 'chapters', value: chapterId },
        globalSlug: null,
        user: { relationTo: 'users', value: editorId },
      })
      expect(lock.status).toBe(201)
      const seen = await call(
        b,
        'GET',
        `/api/payload-locked-documents?where[document.value][equals]=${chapterId}&depth=1`,
        token.admin.b, // users other than admins only read themselves
      )
      const docs = seen.json.docs as Array<{ user: { value: { email: string } } }>
      expect(docs.map((d) => d.user.value.email)).toEqual([demo('editor').email])
      const blocked = await call(b, 'PATCH', `/api/chapters/${chapterId}?draft=true`, token.reviewer.b, {
        lead: 'A second editor on instance B',
      })
      expect(blocked.status).toBe(423)
      expect(blocked.text).toMatch(/locked/i)
      await call(
        a,
        'DELETE',
        `/api/payload-locked-documents/${String((lock.json.doc as { id: number }).id)}`,
        token.editor.a,
      )
    })

    test('publishes asked of both instances at once: one release', async () => {
      const asked = await Promise.all([
        call(a, 'POST', '/api/publications/publish', token.reviewer.a, { report: reportId, locales: ['en', 'fr'] }),
        call(b, 'POST', '/api/publications/publish', token.reviewer.b, { report: reportId, locales: ['en', 'fr'] }),
      ])
      const statuses = asked.map((r) => r.status).sort()
      expect(statuses).toEqual([202, 409])
      const refused = asked.find((r) => r.status === 409)!
      expect(JSON.stringify(refused.json)).toMatch(/A publish of annual-report-2020 is already running/)
      const accepted = asked.find((r) => r.status === 202)!
      const done = await waitDone(a, accepted.json.publication)
      expect([done.outcome, done.version]).toEqual(['published', '1.0.0'])
      expect(versions()).toEqual(['1.0.0'])
    }, 240_000)

    test('2 × 10 connections of chapter reads for 15 s across both instances while a publish runs', async () => {
      const out = path.join(instance.dir, 'load-releases')
      const publishing = new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          [PAYLOAD_BIN, 'run', 'scripts/publish.ts', '--', '--report', '2020', '--out', out],
          {
            env: { ...instance.env, NODE_ENV: 'development', FOLIO_DB_PUSH: 'false' },
            stdio: 'ignore',
          },
        )
        child.on('exit', (code) => resolve(code))
      })
      const load = (server: RunningServer, auth: string) =>
        autocannon({
          url: `${server.url}/api/chapters/${chapterId}?depth=1&locale=fr`,
          connections: 10,
          duration: 15,
          headers: { authorization: auth },
        })
      const [ra, rb] = await Promise.all([load(a, token.editor.a), load(b, token.editor.b)])
      const published = await publishing
      const line = (name: string, r: typeof ra) =>
        `${name}: ${r.requests.total} requests, ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`
      console.log(
        `Chapter reads during a publish (exit ${published}):\n${line('instance A', ra)}\n${line('instance B', rb)}`,
      )
      expect(published).toBe(0)
      for (const r of [ra, rb]) {
        expect(r.errors).toBe(0)
        expect(r.non2xx).toBe(0)
        expect(r.requests.total).toBeGreaterThan(0)
      }
    }, 240_000)

    test('an instance killed mid-publish: after its lease the next publish runs, the interrupted one closed as failed', async () => {
      // Every locale this time (the first release has en and fr): a new minor version, PDFs and web included.
      const asked = await call(a, 'POST', '/api/publications/publish', token.admin.a, { report: reportId })
      expect(asked.status).toBe(202)
      const id = asked.json.publication
      for (const deadline = Date.now() + 60_000; ; ) {
        const s = await statusOf(b, id)
        if (s.publication.outcome === 'running' && s.publication.progress?.step !== 'collect') break
        if (s.publication.outcome !== 'queued' && s.publication.outcome !== 'running')
          throw new Error(`the publish ended before the kill: ${JSON.stringify(s.publication)}`)
        if (Date.now() > deadline) throw new Error('the publish did not start')
        await new Promise((r) => setTimeout(r, 100))
      }
      await a.kill!()
      const early = await call(b, 'POST', '/api/publications/publish', token.admin.b, { report: reportId })
      expect([early.status, JSON.stringify(early.json)]).toEqual([409, expect.stringMatching(/already running/)])

      await new Promise((r) => setTimeout(r, LEASE_MS + 1500))
      const next = await call(b, 'POST', '/api/publications/publish', token.admin.b, { report: reportId })
      expect(next.status).toBe(202)
      const closed = (await statusOf(b, id)).publication
      expect([closed.outcome, closed.summary]).toEqual([
        'error',
        expect.stringMatching(/^Interrupted: no sign of life since .*Nothing was published; publish again\.$/),
      ])
      const done = await waitDone(b, next.json.publication)
      expect([done.outcome, done.version]).toEqual(['published', '1.1.0'])
      expect(versions()).toEqual(['1.0.0', '1.1.0'])
    }, 240_000)
  })
}
