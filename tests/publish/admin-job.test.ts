/**
 * Publishing from the admin (issue 6), in-process on SQLite with the seeded demo: the REST
 * endpoints' handlers called with real Payload requests (roles), the `publishReport` job queued
 * and run by the jobs queue (what the server's background start and autoRun do), its progress in
 * the publication record, one publish per report at a time, the downloads and the archive.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { CheckResponse } from '../../src/publish/admin/api/check'
import { publishEndpoints } from '../../src/publish/admin/api/endpoints'
import type { StatusResponse } from '../../src/publish/admin/api/status'
import { enqueuePublish, PublishBusyError } from '../../src/publish/job/enqueue'
import type { PublishProgress } from '../../src/publish/job/progress'
import { PUBLISH_QUEUE } from '../../src/publish/job/queue'
import { releaseArchive, readReleaseFile } from '../../src/publish/release/folder'
import { acquireLock } from '../../src/publish/release/lock'
import { seed } from '../../src/seed'
import { transition } from '../../src/workflow'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
let releases: string
let reportId: number
type U = { id: number; email: string; roles: string[]; locales?: string[]; collection: 'users' }
const users = {} as Record<'admin' | 'editor' | 'reviewer' | 'translator', U>

beforeAll(async () => {
  if (fs.existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm'
  let dir: string
  ;({ payload, cleanup, dir } = await bootPayload())
  releases = path.join(dir, 'releases')
  process.env.FOLIO_RELEASES_DIR = releases
  const seeded = await seed(payload)
  reportId = Number(seeded.reportId)
  for (const role of ['admin', 'editor', 'reviewer', 'translator'] as const) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: `${role}@folio.test` } },
      overrideAccess: true,
      depth: 0,
    })
    users[role] = { ...(docs[0] as unknown as U), collection: 'users' }
  }
}, 180_000)
afterAll(async () => {
  delete process.env.FOLIO_RELEASES_DIR
  await cleanup?.()
})

/** Calls one of the publication endpoints the way Payload's REST router does, as `user`. */
async function call(
  method: 'get' | 'post',
  route: string,
  user: U | null,
  options: { body?: unknown; params?: Record<string, string>; query?: Record<string, string> } = {},
) {
  const endpoint = publishEndpoints.find((e) => e.method === method && e.path === route)
  if (!endpoint) throw new Error(`no endpoint ${method} ${route}`)
  const req = (await createLocalReq({ user: user as never }, payload)) as PayloadRequest
  req.json = async () => options.body ?? {}
  req.routeParams = options.params ?? {}
  ;(req as { searchParams: URLSearchParams }).searchParams = new URLSearchParams(options.query ?? {})
  try {
    const res = await endpoint.handler(req)
    return {
      status: res.status,
      res,
      body: res.headers.get('content-type')?.includes('json') ? await res.clone().json() : null,
    }
  } catch (e) {
    const err = e as { status?: number; message: string }
    return { status: err.status ?? 500, res: null, body: { errors: [{ message: err.message }] } }
  }
}

const message = (r: { body: unknown }) => (r.body as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('who may do what', () => {
  test('anonymous, translators and editors may not publish; reviewers may not publish incomplete; bad versions are refused', async () => {
    const anon = await call('post', '/publish', null, { body: { report: reportId } })
    expect([anon.status, message(anon)]).toEqual([401, expect.stringMatching(/Sign in to publish/)])
    for (const role of ['translator', 'editor'] as const) {
      const r = await call('post', '/publish', users[role], { body: { report: reportId } })
      expect([role, r.status, message(r)]).toEqual([
        role,
        403,
        expect.stringMatching(/Your role may not publish \(admins and reviewers may\)/),
      ])
    }
    const translatorCheck = await call('post', '/check', users.translator, { body: { report: reportId } })
    expect(translatorCheck.status).toBe(403)
    const reviewerIncomplete = await call('post', '/publish', users.reviewer, {
      body: { report: reportId, allowIncomplete: true },
    })
    expect([reviewerIncomplete.status, message(reviewerIncomplete)]).toEqual([
      403,
      'Only admins may publish with incomplete translations.',
    ])
    const badVersion = await call('post', '/publish', users.reviewer, { body: { report: reportId, version: '1.0' } })
    expect([badVersion.status, message(badVersion)]).toEqual([
      400,
      expect.stringMatching(/"version" must be "auto" or MAJOR.MINOR.PATCH/),
    ])
    const translatorStatus = await call('get', '/latest', users.translator, { query: { report: String(reportId) } })
    expect(translatorStatus.status).toBe(403)
  })

  test('the jobs queue itself refuses editors (jobs.access.queue), whatever the endpoint', async () => {
    const req = await createLocalReq({ user: users.editor as never }, payload)
    await expect(
      payload.jobs.queue({
        task: 'publishReport',
        queue: PUBLISH_QUEUE,
        input: {} as never,
        req,
        overrideAccess: false,
      } as never),
    ).rejects.toThrow(/not allowed/i)
    const access = payload.config.jobs.access!
    expect(await access.run!({ req })).toBe(false)
    expect(await access.run!({ req: await createLocalReq({ user: users.reviewer as never }, payload) })).toBe(true)
  })
})

describe('check, publish, progress and downloads', () => {
  test('the check of the seeded demo passes in every locale and writes nothing', async () => {
    const r = await call('post', '/check', users.editor, { body: { report: reportId } })
    expect(r.status).toBe(200)
    const check = r.body as CheckResponse
    expect({ ok: check.ok, version: check.version, problems: check.problems }).toEqual({
      ok: true,
      version: '1.0.0',
      problems: [],
    })
    expect(Object.entries(check.byLocale).map(([l, v]) => [l, v.ready])).toEqual(
      ['en', 'fr', 'es', 'ru', 'ar'].map((l) => [l, true]),
    )
    expect(fs.existsSync(path.join(releases, 'annual-report-2020', '1.0.0'))).toBe(false)
  }, 60_000)

  test('queued, refused twice, run by the queue: a release, the record with its progress, downloads', async () => {
    const queued = await call('post', '/publish', users.reviewer, { body: { report: reportId, locales: ['en', 'fr'] } })
    // The endpoint started the job in the background; the test waits for the record instead.
    expect(queued.status).toBe(202)
    const id = String((queued.body as { publication: number }).publication)

    // While it is queued or running, a second publish of the report is refused, clearly.
    const second = await call('post', '/publish', users.admin, { body: { report: reportId } })
    expect([second.status, message(second)]).toEqual([
      409,
      expect.stringMatching(/A publish of annual-report-2020 is already running \(publication \d+, (queued|running)/),
    ])
    await expect(
      enqueuePublish(payload, { report: reportId, user: users.admin }, { start: false }),
    ).rejects.toBeInstanceOf(PublishBusyError)

    const seen = new Set<string>()
    let status: StatusResponse
    for (const deadline = Date.now() + 150_000; ; ) {
      status = (await call('get', '/status/:id', users.reviewer, { params: { id } })).body as StatusResponse
      seen.add(status.publication.outcome)
      if (!status.running) break
      if (Date.now() > deadline) throw new Error(`still running: ${JSON.stringify(status.publication.progress)}`)
      await new Promise((r) => setTimeout(r, 250))
    }
    const pub = status.publication
    expect({ outcome: pub.outcome, version: pub.version, summary: pub.summary }).toMatchObject({
      outcome: 'published',
      version: '1.0.0',
      summary: expect.stringMatching(/^Published annual-report-2020 1\.0\.0/),
    })
    expect([...seen].some((o) => o === 'queued' || o === 'running')).toBe(true)
    const progress = pub.progress as PublishProgress
    expect(progress.state).toBe('finished')
    expect(progress.pdf).toEqual({ en: 'done', fr: 'done' })
    const steps = progress.steps.map((s) => s.step)
    for (const s of ['queued', 'collect', 'validate', 'compare', 'write', 'pdf', 'done']) expect(steps).toContain(s)
    expect(steps.indexOf('validate')).toBeLessThan(steps.indexOf('pdf'))
    expect(
      progress.steps.filter((s) => s.step === 'pdf' && /annual-report-2020\.(en|fr)\.pdf: \d+ pages/.test(s.message)),
    ).toHaveLength(2)

    // The same record is completed (no second record for one publish), with who asked.
    const records = await payload.find({
      collection: 'publications',
      where: { report: { equals: reportId } },
      overrideAccess: true,
      depth: 0,
    })
    expect(records.docs.map((d) => [d.outcome, d.publishedBy])).toEqual([['published', users.reviewer.id]])
    expect(records.docs[0].job).toMatch(/^\d+$/)

    // Downloads: every PDF, the archive, the manifest.
    expect(status.downloads.map((d) => d.file)).toEqual([
      'pdf/annual-report-2020.en.pdf',
      'pdf/annual-report-2020.fr.pdf',
      'annual-report-2020-1.0.0.tar.gz',
      'manifest.json',
    ])
    const pdf = await call('get', '/:id/download', users.editor, {
      params: { id },
      query: { file: 'pdf/annual-report-2020.fr.pdf' },
    })
    expect(pdf.status).toBe(200)
    expect(pdf.res!.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.res!.headers.get('content-disposition')).toBe(
      `attachment; filename="annual-report-2020.fr.pdf"; filename*=UTF-8''annual-report-2020.fr.pdf`,
    )
    const bytes = Buffer.from(await pdf.res!.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    for (const file of ['../../../etc/passwd', 'content/../manifest.json', '/etc/passwd', 'pdf']) {
      const refused = await call('get', '/:id/download', users.admin, { params: { id }, query: { file } })
      expect([file, refused.status]).toEqual([file, 404])
    }
    const translatorDownload = await call('get', '/:id/download', users.translator, {
      params: { id },
      query: { file: 'manifest.json' },
    })
    expect(translatorDownload.status).toBe(403)

    const archive = await call('get', '/:id/archive', users.reviewer, { params: { id } })
    expect(archive.res!.headers.get('content-type')).toBe('application/gzip')
    const tgz = Buffer.from(await archive.res!.arrayBuffer())
    const file = path.join(releases, 'test.tar.gz')
    fs.writeFileSync(file, tgz)
    const listed = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n')
    const manifest = JSON.parse(readReleaseFile(records.docs[0] as never, 'manifest.json').data.toString()) as {
      files: { path: string }[]
    }
    expect(listed.sort()).toEqual(
      ['manifest.json', ...manifest.files.map((f) => f.path)].map((p) => `annual-report-2020-1.0.0/${p}`).sort(),
    )
    // Reproducible: the same release gives the same bytes.
    expect(releaseArchive(records.docs[0] as never).data.equals(tgz)).toBe(true)
    fs.rmSync(file)
  }, 180_000)

  test('a publish that meets the writer lock fails with "already running", recorded on its publication', async () => {
    const release = acquireLock(path.join(releases, 'annual-report-2020'))
    try {
      const { publication } = await enqueuePublish(
        payload,
        { report: reportId, locales: ['en'], user: users.admin },
        { start: false },
      )
      await payload.jobs.run({ queue: PUBLISH_QUEUE })
      const doc = await payload.findByID({
        collection: 'publications',
        id: publication,
        overrideAccess: true,
        depth: 0,
      })
      expect(doc.outcome).toBe('error')
      expect(doc.summary).toMatch(/Another publish of this report is running/)
      expect((doc.progress as unknown as PublishProgress).state).toBe('failed')
      expect((doc.progress as unknown as PublishProgress).message).toMatch(
        /^A publish of this report is already running/,
      )
    } finally {
      release()
    }
  }, 60_000)

  test('a publication left running by a stopped server is closed as interrupted and does not block the next publish', async () => {
    const old = new Date(Date.now() - 10 * 60_000).toISOString()
    const stale = await payload.create({
      collection: 'publications',
      overrideAccess: true,
      data: {
        title: 'stale',
        report: reportId,
        reportSlug: 'annual-report-2020',
        outcome: 'running',
        locales: ['en'],
        progress: {
          state: 'running',
          step: 'pdf',
          message: 'Typesetting',
          steps: [],
          pdf: {},
          media: null,
          jobId: null,
          queuedAt: old,
          startedAt: old,
          finishedAt: null,
          heartbeatAt: old,
        },
      },
    })
    const { publication } = await enqueuePublish(
      payload,
      { report: reportId, locales: ['en', 'fr'], user: users.reviewer },
      { start: false },
    )
    const closed = await payload.findByID({ collection: 'publications', id: stale.id, overrideAccess: true })
    expect(closed.outcome).toBe('error')
    expect(closed.summary).toMatch(/^Interrupted: no sign of life since .* Nothing was published; publish again\.$/)
    await payload.jobs.run({ queue: PUBLISH_QUEUE })
    const done = await payload.findByID({ collection: 'publications', id: publication, overrideAccess: true })
    expect([done.outcome, done.version]).toEqual(['unchanged', '1.0.0'])
    expect((done.progress as unknown as PublishProgress).state).toBe('finished')
  }, 60_000)

  test('a missing translation: the check names it per locale with the admin URL to fix it; an admin may publish incomplete', async () => {
    const chapter = await payload.create({
      collection: 'chapters',
      data: {
        title: 'Annex: methodology',
        lead: 'How the figures were gathered.',
        report: reportId,
        order: 99,
        kind: 'annex',
      } as never,
      user: users.editor,
      overrideAccess: false,
    })
    await transition(payload, { collection: 'chapters', id: chapter.id, action: 'submit', user: users.editor })
    await transition(payload, { collection: 'chapters', id: chapter.id, action: 'approve', user: users.reviewer })

    const r = await call('post', '/check', users.reviewer, { body: { report: reportId, locales: ['en', 'fr'] } })
    const check = r.body as CheckResponse
    expect(check.ok).toBe(false)
    expect(check.byLocale.en).toEqual({ ready: true, problems: [] })
    expect(check.byLocale.fr.ready).toBe(false)
    expect(check.byLocale.fr.problems).toContainEqual(
      expect.objectContaining({
        code: 'missing-translation',
        collection: 'chapters',
        id: String(chapter.id),
        title: 'Annex: methodology',
        locale: 'fr',
        adminUrl: `/admin/collections/chapters/${chapter.id}?locale=fr`,
      }),
    )
    expect(check.byLocale.fr.problems.every((p) => p.field !== undefined && p.message)).toBe(true)

    const reviewer = await call('post', '/check', users.reviewer, {
      body: { report: reportId, locales: ['en', 'fr'], allowIncomplete: true },
    })
    expect(reviewer.status).toBe(403)
    const admin = await call('post', '/check', users.admin, {
      body: { report: reportId, locales: ['en', 'fr'], allowIncomplete: true },
    })
    expect({
      ok: (admin.body as CheckResponse).ok,
      fallbacks: (admin.body as CheckResponse).fallbacks > 0,
      version: (admin.body as CheckResponse).version,
    }).toEqual({ ok: true, fallbacks: true, version: '1.1.0' })
  }, 60_000)
})
