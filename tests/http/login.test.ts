/**
 * Issue 13, login and password, against the built server (next build + next start, seeded demo,
 * behind a "trusted proxy" so each test can speak as its own client via X-Forwarded-For):
 * unknown, wrong and throttled answers do not tell which accounts exist; throttling per account
 * and per client with backoff; failures stored aggregated; a password change needs the current
 * password and ends the user's other sessions.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { DEMO_USERS } from '../../src/seed/users'
import { ACCOUNT_FREE_FAILURES, CLIENT_FREE_FAILURES } from '../../src/security/login/policy'
import { login, startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let admin: string
const user = (role: string) => DEMO_USERS.find((d) => d.roles.includes(role as never))!

async function postLogin(email: string, password: string, client: string) {
  const started = performance.now()
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string; errors?: { message: string }[] }
  return {
    status: res.status,
    token: body.token ?? null,
    message: (body.errors?.[0]?.message ?? '').replace(/\d+ seconds/, 'N seconds'),
    ms: performance.now() - started,
  }
}

const failuresOf = async (subject: string) => {
  const res = await fetch(`${server.url}/api/login-failures?where[subject][equals]=${encodeURIComponent(subject)}`, {
    headers: { authorization: admin },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: { count: number }[] }).docs.map((d) => d.count)
}

beforeAll(async () => {
  server = await startServer({ seed: true, env: { NODE_ENV: 'production', FOLIO_TRUST_PROXY: 'true' } })
  admin = await login(server.url, user('admin').email, user('admin').password)
}, 300_000)
afterAll(async () => server?.stop())

describe('login answers do not tell which accounts exist', () => {
  test('unknown e-mail and wrong password: the same 401 and message; timings printed', async () => {
    const existing = user('editor').email
    const wrong = [] as number[]
    const unknown = [] as number[]
    for (let i = 0; i < 3; i++) {
      const a = await postLogin(existing, `wrong-password-${i}`, '10.1.0.1')
      const b = await postLogin(`nobody-${i}@folio.test`, `wrong-password-${i}`, '10.1.0.2')
      expect({ ...a, ms: 0 }).toEqual({ ...b, ms: 0 })
      expect(a.status).toBe(401)
      expect(a.message).toBe('The email or password provided is incorrect.')
      wrong.push(a.ms)
      unknown.push(b.ms)
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1]
    console.log(
      `login timing (ms, median of 3): wrong password ${median(wrong).toFixed(0)}, unknown account ${median(unknown).toFixed(0)}`,
    )
  })

  test('a throttled existing account and a throttled unknown one get the same 429', async () => {
    const answers = []
    for (const [email, client] of [
      [user('reviewer').email, '10.2.0.1'],
      ['ghost@folio.test', '10.2.0.2'],
    ]) {
      for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
        expect((await postLogin(email, 'not-the-password', client)).status).toBe(401)
      answers.push(await postLogin(email, 'not-the-password', client))
    }
    expect(answers[0].status).toBe(429)
    expect({ ...answers[0], ms: 0 }).toEqual({ ...answers[1], ms: 0 })
    expect(answers[0].message).toBe('Too many failed logins. Wait N seconds before trying again.')
    // Even the right password waits out the backoff; another account from the same client does not.
    expect((await postLogin(user('reviewer').email, user('reviewer').password, '10.2.0.1')).status).toBe(429)
    expect((await postLogin(user('translator').email, user('translator').password, '10.2.0.1')).status).toBe(200)
    // One aggregated row per account and window, with the count.
    expect(await failuresOf(`account:${user('reviewer').email}`)).toEqual([ACCOUNT_FREE_FAILURES])
    expect(await failuresOf('account:ghost@folio.test')).toEqual([ACCOUNT_FREE_FAILURES])
  })

  test('one client guessing many accounts is throttled for every account, other clients are not', async () => {
    const client = '10.3.0.1'
    for (let i = 0; i < CLIENT_FREE_FAILURES; i++)
      expect((await postLogin(`guess-${i}@folio.test`, 'guessed-password', client)).status).toBe(401)
    const blocked = await postLogin(user('admin').email, user('admin').password, client)
    expect(blocked.status).toBe(429)
    expect(blocked.token).toBeNull()
    expect((await postLogin(user('admin').email, user('admin').password, '10.3.0.2')).status).toBe(200)
    expect(await failuresOf(`client:${client}`)).toEqual([CLIENT_FREE_FAILURES])
  })
})

describe('changing a password', () => {
  test('needs the current password and ends the other sessions', async () => {
    const { email, password } = user('translator')
    const here = await login(server.url, email, password)
    const elsewhere = await login(server.url, email, password)
    const me = async (token: string) => {
      const res = await fetch(`${server.url}/api/users/me`, { headers: { authorization: token } })
      return ((await res.json()) as { user: { id: number } | null }).user
    }
    const id = (await me(here))!.id
    const change = async (body: Record<string, string>) => {
      const res = await fetch(`${server.url}/api/users/${id}`, {
        method: 'PATCH',
        headers: { authorization: here, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      return { status: res.status, text: await res.text() }
    }
    const fresh = 'river-stone-lantern-2026'
    const without = await change({ password: fresh })
    expect(without.status).toBe(400)
    expect(without.text).toContain('currentPassword')
    expect((await change({ password: fresh, currentPassword: 'not-my-password-1' })).status).toBe(400)
    expect(await me(elsewhere)).not.toBeNull() // nothing changed yet
    const ok = await change({ password: fresh, currentPassword: password })
    expect(ok.status).toBe(200)
    expect(ok.text).not.toContain(fresh)
    expect(await me(elsewhere)).toBeNull()
    expect(await me(here)).not.toBeNull()
    expect((await postLogin(email, password, '10.4.0.1')).status).toBe(401)
    expect((await postLogin(email, fresh, '10.4.0.1')).status).toBe(200)
  })

  test("an admin sets someone else's password without theirs, and all that user's sessions end", async () => {
    const { email, password } = user('editor')
    const token = await login(server.url, email, password)
    const found = await fetch(`${server.url}/api/users?where[email][equals]=${encodeURIComponent(email)}`, {
      headers: { authorization: admin },
    })
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
    const res = await fetch(`${server.url}/api/users/${id}`, {
      method: 'PATCH',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'an-admin-reset-passphrase-7' }),
    })
    expect(res.status).toBe(200)
    const me = await fetch(`${server.url}/api/users/me`, { headers: { authorization: token } })
    expect(((await me.json()) as { user: unknown }).user).toBeNull()
  })
})
