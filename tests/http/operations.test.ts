/**
 * Operations against the real built server (next start, production mode, migrated and seeded):
 * - login lockout over REST: five wrong passwords lock the account, and then even the right
 *   password is refused (the Local API version is tests/integration/auth.test.ts; the cookie flags
 *   are checked in tests/http/server.test.ts);
 * - the server keeps answering, correctly and quickly, while `npm run publish` (a separate process
 *   on the same SQLite database) publishes the demo report with its PDF edition in en and ar;
 * - a publish into an output path that cannot be a folder fails with exit code 1 and one clear
 *   line, no stack trace;
 * - the where-clause guard is installed in the built server.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { verifyBundle } from '../../src/publish/release/verify'
import { CHAPTER_TEXT } from '../../src/seed/chapter'
import { DEMO_USERS } from '../../src/seed/users'
import { login, PAYLOAD_BIN, startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let editor: string
let admin: string
const user = (role: string) => DEMO_USERS.find((d) => d.roles.includes(role as never))!

beforeAll(async () => {
  server = await startServer({ seed: true })
  editor = await login(server.url, user('editor').email, user('editor').password)
  admin = await login(server.url, user('admin').email, user('admin').password)
}, 300_000)
afterAll(async () => server?.stop())

const postLogin = async (email: string, password: string) => {
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string; errors?: { message: string }[] }
  return {
    status: res.status,
    token: body.token ?? null,
    message: body.errors?.[0]?.message ?? null,
    cookie: res.headers.get('set-cookie') ?? '',
  }
}

describe('login throttle over HTTP', () => {
  test('five wrong passwords throttle the account; the right one is then refused for a while; other accounts are unaffected', async () => {
    const { email, password } = user('translator')
    expect(await postLogin(email, password)).toMatchObject({ status: 200, token: expect.any(String) })
    for (let i = 1; i <= 5; i++) {
      const r = await postLogin(email, `wrong-password-${i}`)
      expect({ attempt: i, ...r }).toEqual({
        attempt: i,
        status: 401,
        token: null,
        message: 'The email or password provided is incorrect.',
        cookie: '',
      })
    }
    // Throttled, not locked (src/security/login/): the same 429 for any account, existing or not.
    const throttled = await postLogin(email, password)
    expect(throttled).toMatchObject({ status: 429, token: null, cookie: '' })
    expect(throttled.message).toMatch(/^Too many failed logins\. Wait \d+ seconds/)
    // The throttle is per account (and per client, with a larger allowance).
    expect(await postLogin(user('reviewer').email, user('reviewer').password)).toMatchObject({
      status: 200,
      token: expect.any(String),
    })
    // The failures are counted in one aggregated row for the account (and one for the client).
    const res = await fetch(
      `${server.url}/api/login-failures?where[subject][equals]=${encodeURIComponent(`account:${email}`)}&depth=0`,
      { headers: { authorization: admin } },
    )
    expect(res.status).toBe(200)
    const rows = ((await res.json()) as { docs: { count: number }[] }).docs
    expect(rows.map((r) => r.count)).toEqual([5])
  })
})

describe('where clauses through two relationships (src/compat/whereGuard.ts) on the built server', () => {
  test('a reviewer asking for chapter.testimonies.legalName gets a 400 naming the path, and the server logs no unhandled rejection', async () => {
    const reviewer = await login(server.url, user('reviewer').email, user('reviewer').password)
    const before = server.logs().length
    const res = await fetch(`${server.url}/api/testimonies?draft=true&where[chapter.testimonies.legalName][like]=a`, {
      headers: { authorization: reviewer },
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'The following path cannot be queried: chapter.testimonies.legalName',
    )
    await new Promise((r) => setTimeout(r, 500))
    expect(server.logs().slice(before)).not.toMatch(/unhandled/i)
  })
})

/** `npm run publish` as a child process. */
function publishCli(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PAYLOAD_BIN, 'run', 'scripts/publish.ts', '--', ...args], {
      env: { ...server.env, FOLIO_DB_PUSH: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => resolve({ code, output }))
  })
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

describe('publishing while the server serves', () => {
  test('every answer during a publish (PDF edition, en + ar) is right, p99 under 2 s; the publish succeeds and verifies', async () => {
    const out = path.join(server.dir, 'releases')
    let done = false
    const publishing = publishCli(['--report', '2020', '--locales', 'en,ar', '--out', out]).finally(() => (done = true))
    const samples: { ms: number; ok: boolean; detail: string }[] = []
    while (!done) {
      const t0 = performance.now()
      const res = await fetch(`${server.url}/api/chapters?where[slug][equals]=belarus&depth=1&locale=en`, {
        headers: { authorization: editor },
      })
      const body = (await res.json()) as { docs?: { title: string; lead: string; defenders: unknown[] }[] }
      const ms = performance.now() - t0
      const doc = body.docs?.[0]
      const ok =
        res.status === 200 &&
        body.docs?.length === 1 &&
        doc?.title === CHAPTER_TEXT.en.title &&
        doc?.lead === CHAPTER_TEXT.en.lead &&
        doc?.defenders.length === 6
      samples.push({ ms, ok, detail: ok ? '' : `${res.status} ${JSON.stringify(body).slice(0, 200)}` })
      await new Promise((r) => setTimeout(r, 25))
    }
    const { code, output } = await publishing
    expect({ code, output }).toMatchObject({ code: 0 })
    const bundle = path.join(out, 'annual-report-2020', '1.0.0')
    expect(output).toContain(`Bundle: ${bundle}`)
    expect(verifyBundle(bundle).problems).toEqual([])
    expect(fs.readdirSync(path.join(bundle, 'pdf')).sort()).toEqual([
      'annual-report-2020.ar.pdf',
      'annual-report-2020.en.pdf',
    ])

    const latencies = samples.map((s) => s.ms).sort((a, b) => a - b)
    const summary = {
      requests: samples.length,
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      max: Math.round(latencies.at(-1)!),
    }
    console.log(`During the publish: ${JSON.stringify(summary)}`)
    expect(samples.filter((s) => !s.ok).map((s) => s.detail)).toEqual([])
    expect(samples.length).toBeGreaterThanOrEqual(20)
    expect(summary.p99).toBeLessThan(2000)
  }, 300_000)

  test('an output path under a file: exit code 1 and one clear line, no stack trace', () => {
    const file = path.join(server.dir, 'a-file')
    fs.writeFileSync(file, 'not a folder')
    const r = spawnSync(
      process.execPath,
      [
        PAYLOAD_BIN,
        'run',
        'scripts/publish.ts',
        '--',
        '--report',
        '2020',
        '--no-pdf',
        '--out',
        path.join(file, 'releases'),
      ],
      {
        env: { ...server.env, FOLIO_DB_PUSH: 'false' },
        encoding: 'utf8',
        timeout: 180_000,
      },
    )
    const output = `${r.stdout}${r.stderr}`
    expect({ status: r.status, output }).toMatchObject({ status: 1 })
    expect(output).toContain(
      `Publish failed: Cannot write the release to ${path.join(file, 'releases', 'annual-report-2020')}: a part of the path is not a folder (ENOTDIR, while taking the publish lock). Nothing was published; there is no earlier version.`,
    )
    expect(output).not.toMatch(/^\s+at /m)
  }, 200_000)
})
