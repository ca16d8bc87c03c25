/**
 * Issue 13's findings against the built server (next build + next start, seeded demo): the write
 * rules hold over REST and GraphQL for every write path, rich text and uploads are checked on save,
 * malformed ids and missing files are 404s, publications are for staff. Every request is made as
 * the demo users (editor, reviewer, translator of fr and ar), as an outside probe would.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { DEMO_USERS } from '../../src/seed/users'
import { login, startServer, type RunningServer } from '../helpers/server'
import { request } from '../helpers/http'

let server: RunningServer
const auth: Record<'admin' | 'editor' | 'reviewer' | 'translator', string> = {} as never
let chapterId: number

const user = (role: string) => DEMO_USERS.find((d) => d.roles.includes(role as never))!

const call = (method: string, path: string, as: keyof typeof auth | null, body?: unknown) =>
  request(server.url, method, path, { auth: as ? auth[as] : null, body })

const gql = (as: keyof typeof auth, query: string) => call('POST', '/api/graphql', as, { query })
type Row = { id: string; title: string; url: string; kind: string }
const rowsOf = async (locale = 'en'): Promise<Row[]> =>
  ((await call('GET', `/api/chapters/${chapterId}?draft=true&depth=0&locale=${locale}`, 'editor')).json
    .furtherReading ?? []) as Row[]

beforeAll(async () => {
  server = await startServer({ seed: true })
  for (const role of ['admin', 'editor', 'reviewer', 'translator'] as const)
    auth[role] = await login(server.url, user(role).email, user(role).password)
  const found = await call('GET', '/api/chapters?where[slug][equals]=belarus&depth=0&draft=true', 'editor')
  const docs = found.json.docs as Array<{ id: number }> | undefined
  if (!docs?.[0]) throw new Error(`The demo chapter was not found (${found.status}): ${found.text.slice(0, 500)}`)
  chapterId = docs[0].id
  // The demo chapter carries one further-reading row; the row rules need at least two to reorder.
  const rows = await rowsOf('en')
  const added = await call('PATCH', `/api/chapters/${chapterId}?locale=en&draft=true`, 'editor', {
    furtherReading: [
      ...rows,
      { title: 'A second link for the row tests', url: 'https://example.org/further', kind: 'article' },
    ],
  })
  if (added.status !== 200)
    throw new Error(`The editor could not add a row (${added.status}): ${added.text.slice(0, 500)}`)
}, 300_000)
afterAll(async () => server?.stop())

describe("translators change only their own languages' text", () => {
  test('REST: removing, reordering or adding shared rows is a 403 naming the field; nothing changes', async () => {
    const rows = await rowsOf('fr')
    expect(rows.length).toBeGreaterThan(1)
    for (const furtherReading of [rows.slice(1), [...rows].reverse(), [...rows, { title: 'x', kind: 'article' }]]) {
      const res = await call('PATCH', `/api/chapters/${chapterId}?locale=fr`, 'translator', { furtherReading })
      expect(res.status).toBe(403)
      expect(res.text).toContain('furtherReading is shared by every language')
    }
    expect((await rowsOf()).map((r) => r.url)).toEqual(rows.map((r) => r.url))
  })

  test('REST: a shared URL inside a row, and a bulk update by where, are refused', async () => {
    const rows = await rowsOf('fr')
    const edited = rows.map((r, i) => (i === 0 ? { ...r, url: 'https://attacker.example/' } : r))
    const one = await call('PATCH', `/api/chapters/${chapterId}?locale=fr`, 'translator', { furtherReading: edited })
    expect(one.status).toBe(403)
    expect(one.text).toContain('furtherReading.url')
    const bulk = await call('PATCH', '/api/chapters?where[slug][equals]=belarus&locale=fr', 'translator', { order: 7 })
    expect(bulk.status).toBe(403)
    expect(bulk.text).toContain('order')
  })

  test('GraphQL: the same rules for a mutation', async () => {
    const res = await gql(
      'translator',
      `mutation { updateChapter(id: ${chapterId}, locale: fr, data: { furtherReading: [] }) { id } }`,
    )
    expect(JSON.stringify(res.json.errors)).toContain('shared by every language')
    expect((await rowsOf()).length).toBeGreaterThan(1)
  })

  test('duplicating a document and restoring a version are refused', async () => {
    expect((await call('POST', `/api/chapters/${chapterId}/duplicate?locale=fr`, 'translator', {})).status).toBe(403)
    const versions = await call(
      'GET',
      `/api/chapters/versions?where[parent][equals]=${chapterId}&limit=1&sort=createdAt`,
      'editor',
    )
    const versionId = (versions.json.docs as Array<{ id: string }>)[0].id
    const restore = await call('POST', `/api/chapters/versions/${versionId}?draft=true`, 'translator')
    expect(restore.status).toBe(403)
    expect(restore.text).toContain('editors and admins')
    const byReviewer = await call('POST', `/api/chapters/versions/${versionId}?draft=true`, 'reviewer')
    expect(byReviewer.status).toBe(403)
  })
})

describe('four-eyes over REST', () => {
  test('a reviewer who changes a shared URL through ?locale=fr withdraws the submission and cannot approve it', async () => {
    const rows = await rowsOf('fr')
    const edited = rows.map((r, i) => (i === 0 ? { ...r, url: 'https://example.org/changed-by-reviewer' } : r))
    const save = await call('PATCH', `/api/chapters/${chapterId}?locale=fr`, 'reviewer', { furtherReading: edited })
    expect(save.status).toBe(200)
    const status = await call('GET', `/api/chapters/${chapterId}/workflow`, 'reviewer')
    expect((status.json.status as { state: string }).state).toBe('draft')
    expect((await call('POST', `/api/chapters/${chapterId}/workflow`, 'editor', { action: 'submit' })).status).toBe(200)
    const approve = await call('POST', `/api/chapters/${chapterId}/workflow`, 'reviewer', { action: 'approve' })
    expect(approve.status).toBe(403)
    expect(approve.text).toContain('Four-eyes')
  })
})

describe('content is checked on save', () => {
  test('rich text: a string body, an unknown node and a javascript: link are 400s naming the field', async () => {
    const base = { title: 'Probe', report: 1, order: 99, kind: 'thematic' }
    const javascript = {
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'link', version: 3, fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [] },
            ],
          },
        ],
      },
    }
    const unknown = { root: { type: 'root', version: 1, children: [{ type: 'iframe', version: 1 }] } }
    for (const body of ['plain text', unknown, javascript]) {
      const res = await call('POST', '/api/chapters', 'editor', { ...base, body })
      expect(res.status).toBe(400)
      expect(res.text).toContain('body')
    }
  })

  test('an uploaded photo is stored without EXIF/GPS, named by its real type', async () => {
    const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#345678' } })
      .jpeg()
      .withExifMerge({
        IFD0: { Artist: 'MARKER-EXIF-OWNER' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1' },
      })
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/png' }), 'probe.png')
    form.append('_payload', JSON.stringify({ alt: 'probe' }))
    const res = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: auth.editor },
      body: form,
    })
    expect(res.status).toBe(201)
    const doc = ((await res.json()) as { doc: { filename: string } }).doc
    expect(doc.filename).toMatch(/\.jpg$/)
    const file = await fetch(`${server.url}/api/media/file/${doc.filename}`, {
      headers: { authorization: auth.translator },
    })
    const stored = Buffer.from(await file.arrayBuffer())
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
    expect(stored.includes(Buffer.from('MARKER-EXIF-OWNER'))).toBe(false)
  })
})

describe('not found is 404, never a server error', () => {
  test.each(['/api/chapters/abc', '/api/testimonies/1%27%20or%201=1', '/api/media/file/no-such-file.png'])(
    '%s',
    async (path) => {
      const res = await call('GET', path, 'editor')
      expect(res.status).toBe(404)
    },
  )
})

describe('publications and previews', () => {
  test('translators cannot list publications; non-admins never see server paths', async () => {
    expect((await call('GET', '/api/publications', 'translator')).status).toBe(403)
    const reviewer = await call('GET', '/api/publications?limit=5', 'reviewer')
    expect(reviewer.status).toBe(200)
    expect(reviewer.text).not.toContain('"directory"')
  })

  test('the PDF preview: a translator previews the languages they translate, not the others', async () => {
    const es = await call('GET', `/api/chapters/${chapterId}/pdf-preview?locale=es`, 'translator')
    expect(es.status).toBe(403)
    expect(es.text).toContain('translators of that language')
  })
})
