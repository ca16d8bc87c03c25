/**
 * The same rules over the HTTP APIs, in-process: REST through Payload's own request handler
 * (handleEndpoints, what the Next route calls) and GraphQL through Payload's schema.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { configToSchema } from '@payloadcms/graphql'
import { graphql } from 'graphql'
import { createLocalReq, handleEndpoints, type Payload } from 'payload'

import { transition } from '../../src/workflow'
import { bootWorkflowPayload } from './boot'
import { createUsers, type TestUser, type UserKey } from './fixtures'

let payload: Payload
let cleanup: () => Promise<void>
let users: Record<UserKey, TestUser>
const tokens = {} as Record<UserKey, string>
let testimonyId: number
let orgId: number

const SECRETS = ['SECRET-LEGAL-NAME', 'SECRET-CONTACT', 'SECRET-NOTES', 'SECRET-CONSENT-DATE']

async function api(method: string, path: string, opts: { as?: UserKey; body?: unknown } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (opts.as) headers.authorization = `JWT ${tokens[opts.as]}`
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  })
  const res = await handleEndpoints({ config: payload.config, request })
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, json }
}

beforeAll(async () => {
  ;({ payload, cleanup } = await bootWorkflowPayload())
  users = await createUsers(payload)
  for (const key of Object.keys(users) as UserKey[]) {
    const res = await payload.login({
      collection: 'users',
      data: { email: users[key].email, password: 'correct horse battery' },
    })
    tokens[key] = res.token as string
  }
  testimonyId = (
    await payload.create({
      collection: 'testimonies',
      data: {
        title: 'HTTP testimony',
        summary: 'Public summary',
        disclosure: 'named',
        publicName: 'Public Name',
        legalName: 'SECRET-LEGAL-NAME Petrova',
        contact: 'SECRET-CONTACT +375 29 765 43 21',
        internalNotes: 'SECRET-NOTES met in Vilnius',
        consent: { status: 'given', scope: ['text', 'name'], date: '2020-10-10T00:00:00.000Z' },
      } as never,
      user: users.editor,
      overrideAccess: false,
    })
  ).id as number
  await payload.update({
    collection: 'testimonies',
    id: testimonyId,
    data: { internalNotes: 'SECRET-NOTES second version' } as never,
    user: users.editor,
    overrideAccess: false,
  })
  await payload.update({
    collection: 'testimonies',
    id: testimonyId,
    locale: 'fr',
    data: { title: 'Témoignage HTTP' } as never,
    user: users.translatorFr,
    overrideAccess: false,
  })
  await transition(payload, { collection: 'testimonies', id: testimonyId, action: 'submit', user: users.editor })
  await transition(payload, { collection: 'testimonies', id: testimonyId, action: 'approve', user: users.reviewer })
  orgId = (
    await payload.create({
      collection: 'organisations',
      data: { name: 'HTTP org', kind: 'partner', acronym: 'HO' },
      user: users.editor,
      overrideAccess: false,
    })
  ).id as number
})
afterAll(async () => cleanup?.())

const noSecrets = (text: string) => {
  for (const s of SECRETS) expect(text).not.toContain(s)
  expect(text).not.toContain('2020-10-10')
}

describe('REST', () => {
  test.each([
    'reports',
    'chapters',
    'testimonies',
    'defenders',
    'statistics',
    'organisations',
    'media',
    'consent-documents',
    'users',
    'audit-events',
  ])('anonymous gets no %s (401/403 or empty), nor their versions', async (slug) => {
    for (const path of [`/${slug}`, `/${slug}?draft=true`, `/${slug}/versions`]) {
      const res = await api('GET', path)
      if (res.status === 200) expect(res.json.docs ?? []).toEqual([])
      else expect([401, 403, 404]).toContain(res.status)
      noSecrets(res.text)
    }
  })

  test('anonymous cannot read a testimony by id', async () => {
    const res = await api('GET', `/testimonies/${testimonyId}`)
    expect([401, 403, 404]).toContain(res.status)
    expect(res.text).not.toContain('Public summary')
  })

  test("a translator's responses contain none of the confidential values, anywhere (docs, lists, versions, all locales)", async () => {
    for (const path of [
      `/testimonies/${testimonyId}?depth=2`,
      `/testimonies/${testimonyId}?draft=true&locale=all&depth=2`,
      `/testimonies?draft=true&depth=2`,
      `/testimonies/versions?depth=2&limit=100`,
      `/testimonies/versions?locale=all&limit=100`,
      `/testimonies/${testimonyId}/workflow`,
    ]) {
      const res = await api('GET', path, { as: 'translatorFr' })
      // A list in every locale is for admins (src/security/lists.ts): a 400, and still nothing leaks.
      expect(res.status).toBe(path.startsWith('/testimonies/versions?locale=all') ? 400 : 200)
      noSecrets(res.text)
      expect(res.text).not.toMatch(/"(legalName|contact|internalNotes)"/)
    }
    // The public part is there: the test would notice an empty response.
    expect((await api('GET', `/testimonies/${testimonyId}`, { as: 'translatorFr' })).text).toContain('Public summary')
  })

  test('an editor sees the confidential part, a reviewer only the consent status', async () => {
    const editor = await api('GET', `/testimonies/${testimonyId}?draft=true`, { as: 'editor' })
    expect(editor.text).toContain('SECRET-LEGAL-NAME')
    const reviewer = await api('GET', `/testimonies/${testimonyId}?draft=true`, { as: 'reviewer' })
    noSecrets(reviewer.text)
    expect((reviewer.json.consent as { status?: string }).status).toBe('given')
  })

  test('a translator cannot write a non-localised field or a locale not theirs', async () => {
    const shared = await api('PATCH', `/organisations/${orgId}?locale=fr`, {
      as: 'translatorFr',
      body: { name: 'Org HTTP', acronym: 'CHANGED' },
    })
    expect(shared.status).toBe(403)
    expect(shared.text).toContain('acronym')
    expect(shared.text).toContain('shared by every language')
    const unchanged = await payload.findByID({
      collection: 'organisations',
      id: orgId,
      draft: true,
      locale: 'all',
      overrideAccess: true,
    })
    expect(unchanged.name).not.toMatchObject({ fr: 'Org HTTP' }) // nothing of the refused write was saved
    const ok = await api('PATCH', `/organisations/${orgId}?locale=fr`, {
      as: 'translatorFr',
      body: { name: 'Org HTTP', acronym: 'HO' },
    })
    expect(ok.status).toBe(200)
    const doc = await payload.findByID({
      collection: 'organisations',
      id: orgId,
      draft: true,
      locale: 'all',
      overrideAccess: true,
    })
    expect(doc.acronym).toBe('HO')
    expect(doc.name).toMatchObject({ en: 'HTTP org', fr: 'Org HTTP' })
    for (const locale of ['en', 'ru', 'all']) {
      const res = await api('PATCH', `/organisations/${orgId}?locale=${locale}`, {
        as: 'translatorFr',
        body: { name: 'Nope' },
      })
      expect(res.status).toBe(403)
    }
    expect(
      JSON.stringify(
        await payload.findByID({
          collection: 'organisations',
          id: orgId,
          draft: true,
          locale: 'all',
          overrideAccess: true,
        }),
      ),
    ).not.toContain('Nope')
  })

  test('publishing over REST is refused with a clear message; the workflow endpoint approves', async () => {
    const refused = await api('PATCH', `/organisations/${orgId}`, { as: 'admin', body: { _status: 'published' } })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('only through approval')

    const submit = await api('POST', `/organisations/${orgId}/workflow`, { as: 'editor', body: { action: 'submit' } })
    expect(submit.status).toBe(200)
    expect(submit.json.result).toMatchObject({ from: 'draft', to: 'in-review' })
    const byEditor = await api('POST', `/organisations/${orgId}/workflow`, {
      as: 'editor',
      body: { action: 'approve' },
    })
    expect(byEditor.status).toBe(403)
    expect(byEditor.text).toMatch(/only admins and reviewers/)
    const byTranslator = await api('POST', `/organisations/${orgId}/workflow`, {
      as: 'translatorFr',
      body: { action: 'submit', locale: 'fr' },
    })
    expect(byTranslator.status).toBe(200)
    const anonymous = await api('POST', `/organisations/${orgId}/workflow`, { body: { action: 'approve' } })
    expect(anonymous.status).toBe(401)
    const illegal = await api('POST', `/organisations/${orgId}/workflow`, {
      as: 'reviewer',
      body: { action: 'reopen', locale: 'fr' },
    })
    expect(illegal.status).toBe(400)
    const approve = await api('POST', `/organisations/${orgId}/workflow`, {
      as: 'reviewer',
      body: { action: 'approve' },
    })
    expect(approve.status).toBe(200)
    expect((await payload.findByID({ collection: 'organisations', id: orgId, overrideAccess: true }))._status).toBe(
      'published',
    )

    // A PATCH without ?draft=true on approved content saves a draft; the approved text stays published.
    const edit = await api('PATCH', `/organisations/${orgId}`, { as: 'editor', body: { name: 'Edited over REST' } })
    expect(edit.status).toBe(200)
    const pub = await api('GET', `/organisations/${orgId}`, { as: 'editor' })
    expect(pub.json.name).toBe('HTTP org')
    const draft = await api('GET', `/organisations/${orgId}?draft=true`, { as: 'editor' })
    expect(draft.json.name).toBe('Edited over REST')
  })

  test('restoring a version over REST works as a draft only', async () => {
    const versions = await payload.findVersions({
      collection: 'organisations',
      where: { parent: { equals: orgId } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const first = versions.docs[0].id
    const refused = await api('POST', `/organisations/versions/${first}`, { as: 'admin' })
    expect(refused.status).toBe(403)
    const ok = await api('POST', `/organisations/versions/${first}?draft=true`, { as: 'admin' })
    expect(ok.status).toBe(200)
    expect((await payload.findByID({ collection: 'organisations', id: orgId, overrideAccess: true })).name).toBe(
      'HTTP org',
    )
  })

  test('audit events cannot be created, changed or deleted over REST', async () => {
    const [event] = (await payload.find({ collection: 'audit-events', limit: 1, overrideAccess: true })).docs
    expect((await api('POST', '/audit-events', { as: 'admin', body: { action: 'publish' } })).status).toBe(403)
    expect((await api('PATCH', `/audit-events/${event.id}`, { as: 'admin', body: { comment: 'x' } })).status).toBe(403)
    expect((await api('DELETE', `/audit-events/${event.id}`, { as: 'admin' })).status).toBe(403)
    expect(await payload.findByID({ collection: 'audit-events', id: event.id, overrideAccess: true })).toEqual(event)
    expect((await api('GET', '/audit-events', { as: 'admin' })).status).toBe(200)
  })

  test('a failed login is counted per account and client (no password stored)', async () => {
    const res = await api('POST', '/users/login', {
      body: { email: 'editor@folio.test', password: 'wrong-password-123' },
    })
    expect(res.status).toBe(401)
    const rows = await payload.find({ collection: 'login-failures', overrideAccess: true, sort: 'subject' })
    expect(rows.docs.map((d) => d.subject)).toContain('account:editor@folio.test')
    expect(rows.docs.find((d) => d.subject === 'account:editor@folio.test')?.count).toBe(1)
    expect(JSON.stringify(rows.docs)).not.toContain('wrong-password-123')
  })
})

describe('GraphQL', () => {
  async function gql(source: string, as?: UserKey) {
    const { schema } = configToSchema(payload.config)
    const req = await createLocalReq({ user: as ? (users[as] as never) : undefined }, payload)
    ;(req as { payloadAPI: string }).payloadAPI = 'GraphQL'
    const res = await graphql({ schema, source, contextValue: { req, headers: {} } })
    return { res, text: JSON.stringify(res) }
  }

  test('a translator gets no confidential values; anonymous gets no content', async () => {
    const q = `{ Testimonies(draft: true) { docs { id title summary legalName contact internalNotes consent { status scope date } } }
                versionsTestimonies { docs { version { title legalName contact internalNotes consent { status date } } } } }`
    const tr = await gql(q, 'translatorFr')
    expect(tr.text).toContain('Public summary')
    noSecrets(tr.text)
    expect(tr.text).not.toContain('"given"')
    const anon = await gql(q)
    expect(anon.text).not.toContain('Public summary')
    noSecrets(anon.text)
  })

  test('publishing through a GraphQL mutation is refused', async () => {
    const m = `mutation { updateOrganisation(id: ${orgId}, data: { _status: published }) { id _status } }`
    const r = await gql(m, 'admin')
    expect(r.text).toMatch(/only through approval|_status/)
    expect(r.res.errors?.length).toBeGreaterThan(0)
  })
})
