/**
 * The web edition served by the built app at /report/<year>/<locale>/ (next start, production,
 * migrated and seeded database): after `npm run publish`, the latest release's web/ files, and
 * only those, with their content types, the Content-Security-Policy and security headers, folder
 * URLs kept with their trailing slash, and ETags. And the DRAFT web preview of a chapter, a
 * testimony and a defender: the current draft, marked and not indexed, only to its requester.
 */
import { spawn } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { DEMO_USERS } from '../../src/seed/users'
import { login, PAYLOAD_BIN, startServer, type RunningServer } from '../helpers/server'

let server: RunningServer

function publishCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PAYLOAD_BIN, 'run', 'scripts/publish.ts', '--', ...args], {
      env: { ...env, FOLIO_DB_PUSH: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

beforeAll(async () => {
  server = await startServer({ seed: true })
  const r = await publishCli(['--report', '2020', '--locales', 'en,ar', '--no-pdf'], server.env)
  if (r.code !== 0) throw new Error(`publish failed (${r.code}):\n${r.output}`)
}, 400_000)
afterAll(async () => {
  await server?.stop()
})

const get = (p: string, init: RequestInit = {}) => fetch(`${server.url}${p}`, { redirect: 'manual', ...init })

describe('/report/<year>/', () => {
  test('the front page in each locale, as HTML with the CSP and security headers', async () => {
    for (const [l, dir] of [
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]) {
      const res = await get(`/report/2020/${l}/`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const csp = res.headers.get('content-security-policy')!
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("frame-ancestors 'self'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      const html = await res.text()
      expect(html).toContain(`dir="${dir}"`)
      // Canonical URLs name the app's address (FOLIO_SERVER_URL/report/<year>/).
      expect(html).toContain(`<link rel="canonical" href="${server.url}/report/2020/${l}/">`)
      // Every asset the page links is served, with its type and a long cache.
      for (const href of [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!)) {
        const a = await get(new URL(href, `${server.url}/report/2020/${l}/`).pathname)
        expect(a.status).toBe(200)
        expect(a.headers.get('content-type')).toBe('text/css; charset=utf-8')
        expect(a.headers.get('cache-control')).toContain('immutable')
      }
    }
  })

  test('folders keep their trailing slash; without it they redirect to it', async () => {
    const r1 = await get('/report/2020/en')
    expect(r1.status).toBe(308)
    expect(new URL(r1.headers.get('location')!, `${server.url}/report/2020/en`).pathname).toBe('/report/2020/en/')
    const r2 = await get('/report/2020')
    expect(r2.status).toBe(308)
    expect(new URL(r2.headers.get('location')!, `${server.url}/report/2020`).pathname).toBe('/report/2020/')
    const root = await get('/report/2020/')
    expect(root.status).toBe(200)
    expect(await root.text()).toContain('hreflang="ar"')
    const chapter = await get('/report/2020/en/belarus/')
    expect(chapter.status).toBe(200)
    // The admin is unaffected.
    expect((await get('/admin/login')).status).toBe(200)
  })

  test('only the files of web/ listed in the manifest; nothing else of the release or the disk', async () => {
    for (const p of [
      '/report/2020/content/en.json',
      '/report/2020/manifest.json',
      '/report/2020/fr/',
      '/report/2019/en/',
      '/report/abcd/en/',
      '/report/2020/en/nothing.html',
    ]) {
      const res = await get(p)
      expect({ p, status: res.status }).toEqual({ p, status: 404 })
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    }
    // A path climbing out of web/ never reaches the release's other files (Next normalises it first).
    const climb = await fetch(`${server.url}/report/2020/en/%2e%2e/%2e%2e/manifest.json`)
    expect(climb.status).toBe(404)
    expect(await climb.text()).not.toContain('bundleVersion')
  })

  test('ETag and If-None-Match', async () => {
    const res = await get('/report/2020/en/')
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    const again = await get('/report/2020/en/', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })
})

describe('web preview of drafts', () => {
  const as = async (role: string) => {
    const u = DEMO_USERS.find((d) => d.roles.includes(role as never))!
    return login(server.url, u.email, u.password)
  }
  const first = async (collection: string, who: string, where = '') =>
    (
      (await (
        await get(`/api/${collection}?depth=0&draft=true&limit=1${where}`, { headers: { authorization: who } })
      ).json()) as { docs: { id: number }[] }
    ).docs[0]!.id

  test('a chapter: its page built from the current draft, DRAFT, noindex, only for the requester', async () => {
    const editor = await as('editor')
    const id = await first('chapters', editor, '&where[slug][equals]=belarus')
    const lead = 'ZZDRAFT-PREVIEW-LEAD: a sentence only the draft has.'
    const saved = await get(`/api/chapters/${id}?draft=true&locale=fr`, {
      method: 'PATCH',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({ lead }),
    })
    expect(saved.status).toBe(200)

    expect((await get(`/api/chapters/${id}/web-preview?locale=fr`)).status).toBe(401)
    const start = await get(`/api/chapters/${id}/web-preview?locale=fr`, { headers: { authorization: editor } })
    expect(start.status).toBe(303)
    const location = start.headers.get('location')!
    expect(location).toMatch(/^\/api\/chapters\/web-preview\/[\w-]{24}\/fr\/belarus\/$/)
    const page = await get(location, { headers: { authorization: editor } })
    expect(page.status).toBe(200)
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    const html = await page.text()
    expect(html).toContain(lead)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).toContain('class="draft-banner"')
    const css = html.match(/<link rel="stylesheet" href="([^"]+)"/)![1]!
    const asset = await get(new URL(css, `${server.url}${location}`).pathname, { headers: { authorization: editor } })
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toBe('text/css; charset=utf-8')
    // Not published: the public edition does not have it; nobody else can open the preview.
    expect(await (await get('/report/2020/en/belarus/')).text()).not.toContain('ZZDRAFT')
    expect((await get(location)).status).toBe(401)
    expect((await get(location, { headers: { authorization: await as('reviewer') } })).status).toBe(404)
  })

  test('a testimony and a defender open at their anchor on the draft site; one in no chapter is refused, saying why', async () => {
    const editor = await as('editor')
    const t = await first('testimonies', editor, '&where[chapter][exists]=true')
    const rt = await get(`/api/testimonies/${t}/web-preview?locale=ar`, { headers: { authorization: editor } })
    expect(rt.status).toBe(303)
    expect(rt.headers.get('location')).toMatch(new RegExp(`/ar/testimonies/#testimony-${t}$`))
    const d = await first('defenders', editor)
    const rd = await get(`/api/defenders/${d}/web-preview?locale=en`, { headers: { authorization: editor } })
    expect(rd.status).toBe(303)
    const loc = rd.headers.get('location')!
    expect(loc).toMatch(new RegExp(`/en/defenders/#defender-${d}$`))
    const html = await (await get(loc.split('#')[0]!, { headers: { authorization: editor } })).text()
    expect(html).toContain(`id="defender-${d}"`)
    const loose = await first('testimonies', editor, '&where[chapter][exists]=false')
    const rl = await get(`/api/testimonies/${loose}/web-preview?locale=en`, { headers: { authorization: editor } })
    expect(rl.status).toBe(400)
    expect(await rl.text()).toContain('Put it in a chapter of a report')
  })
})
