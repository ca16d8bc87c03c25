/**
 * Against the built server: a consent form uploaded over REST is stored encrypted and served
 * decrypted only to the roles allowed (admins, editors), never to reviewers, translators or
 * anonymous callers; the REST API still returns the confidential values to an admin.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { DEMO_USERS } from '../../src/seed/users'
import { login, type RunningServer, startServer } from '../helpers/server'
import { sampleConsentImage } from './helpers'

let server: RunningServer
const auth: Record<string, string> = {}
const user = (role: string) => DEMO_USERS.find((d) => d.roles.includes(role as never))!

beforeAll(async () => {
  server = await startServer({ seed: true })
  for (const role of ['admin', 'editor', 'reviewer', 'translator'])
    auth[role] = await login(server.url, user(role).email, user(role).password)
}, 600_000)
afterAll(async () => server?.stop())

test('consent files: encrypted on disk, decrypted for admins and editors only', async () => {
  const image = await sampleConsentImage()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'consent-http-sample.png')
  form.append('_payload', JSON.stringify({ note: 'Fictional sample consent form' }))
  const res = await fetch(`${server.url}/api/consent-documents`, {
    method: 'POST',
    headers: { authorization: auth.editor },
    body: form,
  })
  expect(res.status).toBe(201)
  const { doc } = (await res.json()) as { doc: { filename: string } }
  const stored = fs.readFileSync(path.join(String(server.env.FOLIO_CONSENT_DIR), doc.filename))
  expect(stored.subarray(0, 8).toString()).toBe('FOLIOFE1')
  expect(stored.includes(Buffer.from('IHDR'))).toBe(false)
  const get = (as?: string) =>
    fetch(`${server.url}/api/consent-documents/file/${doc.filename}`, {
      headers: as ? { authorization: auth[as] } : {},
    })
  for (const role of ['admin', 'editor']) {
    const file = await get(role)
    expect(file.status).toBe(200)
    expect(file.headers.get('cache-control')).toContain('no-store')
    expect(Buffer.from(await file.arrayBuffer()).equals(image)).toBe(true)
  }
  for (const role of ['reviewer', 'translator', undefined]) expect([401, 403]).toContain((await get(role)).status)
})

test('an admin reads the confidential values over REST as before', async () => {
  const res = await fetch(`${server.url}/api/testimonies?depth=0&limit=10`, { headers: { authorization: auth.admin } })
  const { docs } = (await res.json()) as { docs: { legalName?: string }[] }
  expect(docs.map((d) => d.legalName)).toContain('Fictional Person A (demo record)')
  const asReviewer = await fetch(`${server.url}/api/testimonies?depth=0&limit=10`, {
    headers: { authorization: auth.reviewer },
  })
  const reviewed = (await asReviewer.json()) as { docs: { legalName?: string }[] }
  expect(reviewed.docs.every((d) => d.legalName === undefined)).toBe(true)
})
