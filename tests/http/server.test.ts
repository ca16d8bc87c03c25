/**
 * The real built server (next build + next start) on a migrated, seeded database: the admin
 * answers, the REST API needs authentication, GraphQL answers, and the demo chapter can be read in
 * every locale over REST.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { LOCALE_CODES } from '../../src/model/locales'
import { CHAPTER_TEXT } from '../../src/seed/chapter'
import { DEMO_USERS } from '../../src/seed/users'
import { login, startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let editor: string
const editorUser = DEMO_USERS.find((d) => d.roles.includes('editor'))!

beforeAll(async () => {
  server = await startServer({ seed: true })
  const u = DEMO_USERS.find((d) => d.roles.includes('editor'))!
  editor = await login(server.url, u.email, u.password)
}, 300_000)
afterAll(async () => server?.stop())

describe('the built server', () => {
  test('/admin answers with the login page', async () => {
    const res = await fetch(`${server.url}/admin/login`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/Folio/)
  })

  test.each(['reports', 'chapters', 'testimonies', 'defenders', 'statistics', 'organisations', 'media', 'users'])(
    'GET /api/%s without a token gives no data',
    async (collection) => {
      const res = await fetch(`${server.url}/api/${collection}`)
      expect([401, 403]).toContain(res.status)
      const body = await res.text()
      expect(body).not.toMatch(/"docs"\s*:\s*\[\s*\{/)
    },
  )

  test('GraphQL answers; anonymous queries see no content', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Chapters { docs { id title } } }' }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data?: { Chapters?: { docs: unknown[] } | null }; errors?: unknown[] }
    expect(body.data?.Chapters?.docs ?? []).toHaveLength(0)
    expect(body.errors?.length ?? 0).toBeGreaterThan(0)
  })

  test('GraphQL returns the chapter to a signed-in editor', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: editor },
      body: JSON.stringify({ query: '{ Chapters(locale: fr) { docs { title slug } } }' }),
    })
    const body = (await res.json()) as { data: { Chapters: { docs: { title: string; slug: string }[] } } }
    expect(body.data.Chapters.docs.map((d) => d.title)).toContain(CHAPTER_TEXT.fr.title)
  })

  test('GraphQL refuses deeply nested queries and introspection in production', async () => {
    const gql = async (query: string) => {
      const res = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: editor },
        body: JSON.stringify({ query }),
      })
      return (await res.json()) as { data?: unknown; errors?: { message: string }[] }
    }
    const deep =
      '{ Chapters { docs { report { chapters { docs { report { chapters { docs { report { chapters { docs { id } } } } } } } } } } } }'
    const refused = await gql(deep)
    expect(refused.errors?.[0].message).toMatch(/nested \d+ levels deep; the limit is 8/)
    expect(refused.data ?? null).toBeNull()
    const introspection = await gql('{ __schema { types { name } } }')
    expect(introspection.errors?.[0].message).toMatch(/introspection/i)
  })

  test('production cookies are Secure, HttpOnly and SameSite; CORS is closed to other origins', async () => {
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: editorUser.email, password: editorUser.password }),
    })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(res.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*')
  })

  test('depth is capped: chapters and testimonies that point at each other do not explode a response', async () => {
    const res = await fetch(`${server.url}/api/testimonies?depth=10&limit=0`, { headers: { authorization: editor } })
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body.length).toBeLessThan(5 * 1024 * 1024)
  })

  test.each(LOCALE_CODES)('the demo chapter reads in %s over REST', async (locale) => {
    const res = await fetch(`${server.url}/api/chapters?where[slug][equals]=belarus&locale=${locale}&depth=1`, {
      headers: { authorization: editor },
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: { title: string; lead: string; defenders: { name: string }[] }[] }
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].title).toBe(CHAPTER_TEXT[locale].title)
    expect(body.docs[0].lead).toBe(CHAPTER_TEXT[locale].lead)
    expect(body.docs[0].defenders.length).toBe(6)
  })

  test('refusals reach the client with their message (not "An unknown error occurred.")', async () => {
    const chapter = (
      (await (
        await fetch(`${server.url}/api/chapters?where[slug][equals]=belarus&depth=0`, {
          headers: { authorization: editor },
        })
      ).json()) as { docs: { id: number }[] }
    ).docs[0]
    const res = await fetch(`${server.url}/api/chapters/${chapter.id}/workflow`, {
      method: 'POST',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'approve' }),
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).not.toMatch(/unknown error/i)
    expect(body.errors[0].message).toMatch(/approve/i)
    const anonymous = (await (await fetch(`${server.url}/api/audit-events`)).json()) as {
      errors: { message: string }[]
    }
    expect(anonymous.errors[0].message).not.toMatch(/unknown error/i)
  })

  test('PDF preview of a chapter: the draft, typeset in the locale asked for, watermarked DRAFT; signed-in staff only', async () => {
    const chapter = (
      (await (
        await fetch(`${server.url}/api/chapters?where[slug][equals]=belarus&depth=0`, {
          headers: { authorization: editor },
        })
      ).json()) as { docs: { id: number }[] }
    ).docs[0]
    const url = `${server.url}/api/chapters/${chapter.id}/pdf-preview`
    const res = await fetch(`${url}?locale=fr`, { headers: { authorization: editor } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toMatch(/inline; filename="belarus\.fr\.draft\.pdf"/)
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const file = path.join(server.dir, 'preview.pdf')
    fs.writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    // pdftotext gives the narrow no-break space before the colon as a plain space
    expect(text.replace(/\s+/g, ' ')).toContain(CHAPTER_TEXT.fr.title.replace(/\s+/g, ' '))
    expect(text).toMatch(/DRAFT|BROUILLON/)

    const anonymous = await fetch(`${url}?locale=fr`)
    expect(anonymous.status).toBe(401)
    expect(((await anonymous.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/sign in/i)
    const badLocale = await fetch(`${url}?locale=xx`, { headers: { authorization: editor } })
    expect(badLocale.status).toBe(400)
    expect(((await badLocale.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /Unknown locale "xx"/,
    )
  })
})
