/**
 * Publishing from the admin against the real built server (next start, production, migrated and
 * seeded database): a reviewer checks and publishes the demo report, the publishReport job runs
 * inside the server (no separate worker), the status shows its progress until it is published,
 * and the PDFs and the archive download over authenticated endpoints. Translators and editors are
 * refused.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import type { CheckResponse } from '../../src/publish/admin/api/check'
import type { StatusResponse } from '../../src/publish/admin/api/status'
import { REPORT_TEXT } from '../../src/seed/chapter'
import { DEMO_USERS } from '../../src/seed/users'
import { login, payloadCli, startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let releases: string
const auth = {} as Record<'reviewer' | 'translator' | 'editor', string>
let reportId: number

beforeAll(async () => {
  releases = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-http-releases-'))
  server = await startServer({ seed: true, env: { NODE_ENV: 'production', FOLIO_RELEASES_DIR: releases } })
  for (const role of ['reviewer', 'translator', 'editor'] as const) {
    const u = DEMO_USERS.find((d) => d.roles.includes(role))!
    auth[role] = await login(server.url, u.email, u.password)
  }
  const res = await fetch(`${server.url}/api/reports?where[year][equals]=2020&depth=0&draft=true`, {
    headers: { authorization: auth.reviewer },
  })
  reportId = ((await res.json()) as { docs: { id: number }[] }).docs[0].id
}, 300_000)
afterAll(async () => {
  await server?.stop()
  if (releases) fs.rmSync(releases, { recursive: true, force: true })
})

const post = (url: string, who: string | null, body: unknown) =>
  fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: who } : {}) },
    body: JSON.stringify(body),
  })

describe('publishing from the admin over HTTP', () => {
  test('translators, editors and anonymous callers cannot publish, with a message saying why', async () => {
    for (const [who, status] of [
      [auth.translator, 403],
      [auth.editor, 403],
      [null, 401],
    ] as const) {
      const res = await post('/api/publications/publish', who, { report: reportId })
      const body = (await res.json()) as { errors: { message: string }[] }
      expect([res.status, body.errors[0].message]).toEqual([
        status,
        expect.stringMatching(status === 401 ? /Sign in to publish/ : /Your role may not publish/),
      ])
    }
    const check = await post('/api/publications/check', auth.translator, { report: reportId })
    expect(check.status).toBe(403)
  })

  test('the publish view answers for a reviewer', async () => {
    const res = await fetch(`${server.url}/admin/publish?report=${reportId}`, {
      headers: { authorization: auth.reviewer },
    })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('data-testid="publish-report"')
    expect(html).toMatch(/>Check</)
  })

  test('a reviewer checks, publishes, follows the job in the server and downloads the PDFs and the archive', async () => {
    const checkRes = await post('/api/publications/check', auth.reviewer, { report: reportId })
    expect(checkRes.status).toBe(200)
    const check = (await checkRes.json()) as CheckResponse
    expect({ ok: check.ok, version: check.version, problems: check.problems }).toEqual({
      ok: true,
      version: '1.0.0',
      problems: [],
    })

    const queued = await post('/api/publications/publish', auth.reviewer, { report: reportId })
    expect(queued.status).toBe(202)
    const { publication } = (await queued.json()) as { publication: number }

    let status: StatusResponse | null = null
    const steps = new Set<string>()
    for (const deadline = Date.now() + 170_000; ; ) {
      const res = await fetch(`${server.url}/api/publications/status/${publication}`, {
        headers: { authorization: auth.reviewer },
      })
      expect(res.status).toBe(200)
      status = (await res.json()) as StatusResponse
      if (status.publication.progress?.step) steps.add(status.publication.progress.step)
      if (!status.running) break
      if (Date.now() > deadline)
        throw new Error(
          `the publish did not finish: ${JSON.stringify(status.publication.progress)}\n${server.logs().slice(-3000)}`,
        )
      await new Promise((r) => setTimeout(r, 1000))
    }
    expect({
      outcome: status.publication.outcome,
      version: status.publication.version,
      summary: status.publication.summary,
    }).toEqual({
      outcome: 'published',
      version: '1.0.0',
      summary: expect.stringMatching(/^Published annual-report-2020 1\.0\.0/),
    })
    expect(Object.values(status.publication.progress!.pdf)).toEqual(['done', 'done', 'done', 'done', 'done'])
    expect(fs.existsSync(path.join(releases, 'annual-report-2020', '1.0.0', 'manifest.json'))).toBe(true)

    const pdfs = status.downloads.filter((d) => d.file.endsWith('.pdf'))
    expect(pdfs.map((d) => d.locale)).toEqual(['ar', 'en', 'es', 'fr', 'ru'])
    const fr = pdfs.find((d) => d.locale === 'fr')!
    const pdfRes = await fetch(fr.url.startsWith('http') ? fr.url : `${server.url}${fr.url}`, {
      headers: { authorization: auth.editor },
    })
    expect(pdfRes.status).toBe(200)
    expect(pdfRes.headers.get('content-type')).toBe('application/pdf')
    expect(pdfRes.headers.get('content-disposition')).toMatch(/^attachment; filename="annual-report-2020\.fr\.pdf"/)
    const pdf = Buffer.from(await pdfRes.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const file = path.join(releases, 'fr.pdf')
    fs.writeFileSync(file, pdf)
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(
      REPORT_TEXT.title.fr,
    )

    const archive = status.downloads.find((d) => d.file.endsWith('.tar.gz'))!
    const tgzRes = await fetch(archive.url.startsWith('http') ? archive.url : `${server.url}${archive.url}`, {
      headers: { authorization: auth.reviewer },
    })
    expect([tgzRes.status, tgzRes.headers.get('content-type')]).toEqual([200, 'application/gzip'])
    const tgz = path.join(releases, 'bundle.tar.gz')
    fs.writeFileSync(tgz, Buffer.from(await tgzRes.arrayBuffer()))
    const listed = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' })
    expect(listed).toContain('annual-report-2020-1.0.0/manifest.json')
    expect(listed).toContain('annual-report-2020-1.0.0/pdf/annual-report-2020.ar.pdf')

    const refused = await fetch(`${server.url}/api/publications/${publication}/download?file=manifest.json`, {
      headers: { authorization: auth.translator },
    })
    expect(refused.status).toBe(403)
    const anonymous = await fetch(`${server.url}/api/publications/${publication}/archive`)
    expect(anonymous.status).toBe(401)
  }, 200_000)

  test("a job left queued (queued by another process, never started) is run by the server's autoRun within a minute", async () => {
    const out = payloadCli(['run', 'tests/fixtures/queue-publish.ts'], server.env)
    const publication = Number(out.match(/Queued publication (\d+)/)![1])
    let status: StatusResponse | null = null
    for (const deadline = Date.now() + 100_000; ; ) {
      try {
        const res = await fetch(`${server.url}/api/publications/status/${publication}`, {
          headers: { authorization: auth.reviewer },
        })
        status = (await res.json()) as StatusResponse
        if (status.publication.outcome !== 'queued' && !status.running) break
      } catch (error) {
        // The first request after the long CLI run may reuse a kept-alive socket the server has
        // closed meanwhile ("other side closed"): ask again; a dead server fails at the deadline.
        if (Date.now() > deadline) throw error
      }
      if (Date.now() > deadline)
        throw new Error(
          `the queued publish was not run: ${JSON.stringify(status?.publication)}\n${server.logs().slice(-3000)}`,
        )
      await new Promise((r) => setTimeout(r, 2000))
    }
    // English only after all five languages: a language removed is a major version.
    expect({
      outcome: status.publication.outcome,
      version: status.publication.version,
      pdf: status.publication.progress?.pdf,
    }).toEqual({ outcome: 'published', version: '2.0.0', pdf: { en: 'done' } })
  }, 150_000)
})
