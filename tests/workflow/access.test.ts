/**
 * The roles × collections × operations × fields matrix of issue 3, through the Local API with
 * overrideAccess: false (the same access functions serve REST and GraphQL).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { bootWorkflowPayload } from './boot'
import { createUsers, rejection, type TestUser, type UserKey } from './fixtures'

let payload: Payload
let cleanup: () => Promise<void>
let users: Record<UserKey, TestUser>
let reportId: number

beforeAll(async () => {
  ;({ payload, cleanup } = await bootWorkflowPayload())
  users = await createUsers(payload)
  reportId = (
    await payload.create({
      collection: 'reports',
      data: { title: 'Matrix report', year: 2020 } as never,
      overrideAccess: true,
    })
  ).id as number
})
afterAll(async () => cleanup?.())

type Slug = 'reports' | 'chapters' | 'testimonies' | 'defenders' | 'statistics' | 'organisations'
type Role = UserKey | 'anonymous'
let year = 2100
/** Per collection: valid data, a localised text field and a non-localised field with a new value. */
const SPEC: Record<Slug, { data: () => Record<string, unknown>; localised: string; plain: [string, unknown] }> = {
  reports: {
    data: () => ({ title: `Report ${year}`, year: year-- }),
    localised: 'title',
    plain: ['licence', 'CC BY 4.0'],
  },
  chapters: {
    data: () => ({ title: 'Chapter', report: reportId, order: 1, kind: 'thematic' }),
    localised: 'title',
    plain: ['order', 7],
  },
  testimonies: {
    data: () => ({ title: 'Testimony', summary: 'Summary', disclosure: 'anonymous' }),
    localised: 'title',
    plain: ['disclosure', 'pseudonym'],
  },
  defenders: {
    data: () => ({ name: 'Defender', status: 'detained' }),
    localised: 'name',
    plain: ['status', 'released'],
  },
  statistics: {
    data: () => ({ label: 'Figure', value: 10, qualifier: 'exact', asOf: '2020-12-31', source: { title: 'Source' } }),
    localised: 'label',
    plain: ['value', 11],
  },
  organisations: {
    data: () => ({ name: 'Organisation', kind: 'partner' }),
    localised: 'name',
    plain: ['acronym', 'ORG'],
  },
}
const COLLECTIONS = Object.keys(SPEC) as Slug[]
const ROLES: Role[] = ['admin', 'editor', 'reviewer', 'translatorFr', 'anonymous']
const STAFF: Role[] = ['admin', 'editor', 'reviewer']
const SIGNED_IN: Role[] = ['admin', 'editor', 'reviewer', 'translatorFr']

const as = (role: Role) => ({ overrideAccess: false as const, ...(role === 'anonymous' ? {} : { user: users[role] }) })
const make = async (c: Slug) =>
  (await payload.create({ collection: c, data: SPEC[c].data() as never, overrideAccess: true })).id as number
const raw = (c: Slug, id: number, locale = 'en') =>
  payload.findByID({
    collection: c,
    id,
    draft: true,
    overrideAccess: true,
    depth: 0,
    locale: locale as 'en',
    fallbackLocale: false as never,
  }) as unknown as Promise<Record<string, unknown>>

/** Either a refusal (403/401) or nothing returned. Never data. */
async function deniedRead(run: () => Promise<{ docs?: unknown[]; totalDocs?: number }>) {
  try {
    const res = await run()
    expect(res.docs ?? []).toHaveLength(0)
  } catch (e) {
    expect([401, 403]).toContain((e as { status?: number }).status)
  }
}

const matrix = COLLECTIONS.flatMap((c) => ROLES.map((r) => [c, r] as const))

describe.each(matrix)('%s as %s', (collection, role) => {
  const spec = SPEC[collection]
  const staff = STAFF.includes(role)
  let id: number
  beforeAll(async () => {
    id = await make(collection)
  })

  test(`read: ${SIGNED_IN.includes(role) ? 'allowed' : 'denied'} (documents and versions)`, async () => {
    if (SIGNED_IN.includes(role)) {
      const res = await payload.find({ collection, where: { id: { equals: id } }, draft: true, ...as(role) })
      expect(res.docs).toHaveLength(1)
      const versions = await payload.findVersions({ collection, where: { parent: { equals: id } }, ...as(role) })
      expect(versions.totalDocs).toBeGreaterThan(0)
    } else {
      await deniedRead(() => payload.find({ collection, draft: true, ...as(role) }))
      await deniedRead(() => payload.findVersions({ collection, ...as(role) }))
      expect([401, 403, 404]).toContain((await rejection(payload.findByID({ collection, id, ...as(role) }))).status)
    }
  })

  test(`create: ${staff ? 'allowed' : 'denied'}`, async () => {
    const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
    if (staff) {
      await payload.create({ collection, data: spec.data() as never, ...as(role) })
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before + 1)
    } else {
      expect((await rejection(payload.create({ collection, data: spec.data() as never, ...as(role) }))).status).toBe(
        403,
      )
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before)
    }
  })

  test(`edit default-locale text: ${staff ? 'allowed' : 'denied'}`, async () => {
    const attempt = payload.update({ collection, id, data: { [spec.localised]: 'Changed' } as never, ...as(role) })
    if (staff) {
      await attempt
      expect((await raw(collection, id))[spec.localised]).toBe('Changed')
    } else {
      expect((await rejection(attempt)).status).toBe(403)
      expect((await raw(collection, id))[spec.localised]).not.toBe('Changed')
    }
  })

  test(`edit fr text: ${staff || role === 'translatorFr' ? 'allowed' : 'denied'}; ru text: ${staff ? 'allowed' : 'denied'}`, async () => {
    const fr = payload.update({
      collection,
      id,
      locale: 'fr',
      data: { [spec.localised]: 'Texte' } as never,
      ...as(role),
    })
    if (staff || role === 'translatorFr') {
      await fr
      expect((await raw(collection, id, 'fr'))[spec.localised]).toBe('Texte')
    } else {
      expect((await rejection(fr)).status).toBe(403)
    }
    const ru = payload.update({
      collection,
      id,
      locale: 'ru',
      data: { [spec.localised]: 'Текст' } as never,
      ...as(role),
    })
    if (staff) await ru
    else {
      expect((await rejection(ru)).status).toBe(403)
      expect((await raw(collection, id, 'ru'))[spec.localised] ?? null).toBeNull()
    }
  })

  test(`edit a non-localised field: ${staff ? 'allowed' : 'denied (value unchanged)'}`, async () => {
    const [name, value] = spec.plain
    const before = (await raw(collection, id))[name]
    const locale = role === 'translatorFr' ? 'fr' : 'en'
    try {
      await payload.update({ collection, id, locale: locale as 'en', data: { [name]: value } as never, ...as(role) })
    } catch (e) {
      expect(staff).toBe(false)
      expect((e as { status?: number }).status).toBe(403)
    }
    expect((await raw(collection, id))[name]).toEqual(staff ? value : before)
  })

  test(`delete: ${role === 'admin' ? 'allowed' : 'denied'}`, async () => {
    const id = await make(collection)
    const attempt = payload.delete({ collection, id, ...as(role) })
    if (role === 'admin') {
      await attempt
      expect(
        (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true, trash: true }))
          .totalDocs,
      ).toBe(0)
    } else {
      expect((await rejection(attempt)).status).toBe(403)
      expect((await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs).toBe(
        1,
      )
    }
  })
})

describe('translators work only in their locales', () => {
  test('translatorRu (ru, ar) can write ru and ar, not fr, not en, not all locales at once', async () => {
    const id = await make('organisations')
    const ru = users.translatorRu
    await payload.update({
      collection: 'organisations',
      id,
      locale: 'ru',
      data: { name: 'Организация' },
      user: ru,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'organisations',
      id,
      locale: 'ar',
      data: { name: 'منظمة' },
      user: ru,
      overrideAccess: false,
    })
    for (const locale of ['fr', 'en', 'all'] as const) {
      expect(
        (
          await rejection(
            payload.update({
              collection: 'organisations',
              id,
              locale: locale as 'en',
              data: { name: 'X' } as never,
              user: ru,
              overrideAccess: false,
            }),
          )
        ).status,
      ).toBe(403)
    }
    const all = await payload.findByID({
      collection: 'organisations',
      id,
      locale: 'all',
      overrideAccess: true,
      draft: true,
    })
    expect(all.name).toEqual({ en: 'Organisation', ru: 'Организация', ar: 'منظمة' })
  })

  test('nobody writes workflow or translation status fields directly', async () => {
    const id = await make('organisations')
    for (const role of ['admin', 'editor', 'reviewer'] as UserKey[]) {
      await payload.update({
        collection: 'organisations',
        id,
        data: {
          workflow: { state: 'approved', approvedBy: users[role].id },
          translations: [{ locale: 'fr', status: 'approved' }],
        } as never,
        user: users[role],
        overrideAccess: false,
      })
    }
    const doc = await raw('organisations', id)
    expect(doc.workflow).toMatchObject({ state: 'draft', approvedBy: null })
    expect((doc.translations as Array<{ locale: string; status: string }>).find((r) => r.locale === 'fr')?.status).toBe(
      'missing',
    )
  })
})

describe('testimonies: the confidential part', () => {
  const SECRET = {
    legalName: 'SECRET-LEGAL-NAME Ivanova',
    contact: 'SECRET-CONTACT +375 29 1234567',
    internalNotes: 'SECRET-NOTES lives in Hrodna',
    consent: { status: 'given', scope: ['text', 'name'], date: '2020-09-01T00:00:00.000Z' },
  }
  let id: number
  beforeAll(async () => {
    id = (
      await payload.create({
        collection: 'testimonies',
        data: { title: 'Confidential test', summary: 'Summary', disclosure: 'anonymous', ...SECRET } as never,
        user: users.editor,
        overrideAccess: false,
      })
    ).id as number
    await payload.update({
      collection: 'testimonies',
      id,
      data: { summary: 'Second version' },
      user: users.editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'testimonies',
      id,
      locale: 'fr',
      data: { title: 'Test confidentiel' },
      user: users.translatorFr,
      overrideAccess: false,
    })
  })

  const visible: Record<string, string[]> = {
    admin: ['legalName', 'contact', 'internalNotes', 'consent.status', 'consent.scope', 'consent.date'],
    editor: ['legalName', 'contact', 'internalNotes', 'consent.status', 'consent.scope', 'consent.date'],
    reviewer: ['consent.status'],
    translatorFr: [],
  }
  const ALL = ['legalName', 'contact', 'internalNotes', 'consent.status', 'consent.scope', 'consent.date']
  const get = (doc: Record<string, unknown>, path: string) =>
    path
      .split('.')
      .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc)

  test.each(Object.keys(visible) as UserKey[])(
    '%s sees exactly the allowed confidential fields (doc, list, versions, all locales)',
    async (role) => {
      const reads: Record<string, unknown>[] = []
      reads.push(
        (await payload.findByID({ collection: 'testimonies', id, draft: true, depth: 2, ...as(role) })) as never,
      )
      reads.push(
        (await payload.findByID({ collection: 'testimonies', id, draft: true, locale: 'all', ...as(role) })) as never,
      )
      reads.push(
        ...((await payload.find({ collection: 'testimonies', draft: true, where: { id: { equals: id } }, ...as(role) }))
          .docs as never[]),
      )
      const versions = await payload.findVersions({
        collection: 'testimonies',
        where: { parent: { equals: id } },
        limit: 0,
        depth: 2,
        ...as(role),
      })
      expect(versions.docs.length).toBeGreaterThanOrEqual(3)
      reads.push(...versions.docs.map((v) => v.version as never))
      for (const doc of reads) {
        for (const path of ALL) {
          if (visible[role].includes(path)) expect(get(doc, path)).toBeTruthy()
          else expect(get(doc, path) ?? null).toBeNull()
        }
      }
      if (role === 'translatorFr') {
        const body = JSON.stringify({ reads, versions })
        expect(body).not.toMatch(/SECRET|given|2020-09-01/)
      }
    },
  )

  test('reviewers and translators cannot write the confidential part', async () => {
    for (const role of ['reviewer', 'translatorFr'] as UserKey[]) {
      await payload
        .update({
          collection: 'testimonies',
          id,
          locale: role === 'translatorFr' ? 'fr' : 'en',
          data: {
            legalName: 'Changed',
            contact: 'Changed',
            internalNotes: 'Changed',
            consent: { status: 'withdrawn', scope: [] },
          } as never,
          ...as(role),
        })
        .catch(() => undefined)
    }
    const doc = (await raw('testimonies', id)) as Record<string, unknown>
    expect(doc).toMatchObject({
      legalName: SECRET.legalName,
      contact: SECRET.contact,
      internalNotes: SECRET.internalNotes,
      consent: { status: 'given', scope: ['text', 'name'] },
    })
  })

  test('translators cannot query by confidential fields either', async () => {
    const res = await payload
      .find({ collection: 'testimonies', where: { legalName: { like: 'SECRET' } }, draft: true, ...as('translatorFr') })
      .catch((e: { status?: number }) => ({ docs: [], status: e.status }))
    expect(res.docs).toHaveLength(0)
  })
})

describe('users', () => {
  test('admins read everyone; others read only themselves; anonymous nobody', async () => {
    expect((await payload.find({ collection: 'users', limit: 0, ...as('admin') })).totalDocs).toBe(
      Object.keys(users).length,
    )
    for (const role of ['editor', 'reviewer', 'translatorFr'] as UserKey[]) {
      const res = await payload.find({ collection: 'users', limit: 0, ...as(role) })
      expect(res.docs.map((u) => u.id)).toEqual([users[role].id])
    }
    await deniedRead(() => payload.find({ collection: 'users', ...as('anonymous') }))
  })

  test('only admins create users or change roles and locales', async () => {
    for (const role of ['editor', 'reviewer', 'translatorFr', 'anonymous'] as Role[]) {
      expect([401, 403]).toContain(
        (
          await rejection(
            payload.create({
              collection: 'users',
              data: { name: 'X', email: `x-${role}@folio.test`, password: 'p4ssword-long', roles: ['admin'] } as never,
              ...as(role),
            }),
          )
        ).status,
      )
    }
    await payload
      .update({
        collection: 'users',
        id: users.translatorFr.id,
        data: { roles: ['admin'], locales: ['fr', 'ru'] } as never,
        ...as('translatorFr'),
      })
      .catch(() => undefined)
    const me = await payload.findByID({ collection: 'users', id: users.translatorFr.id, overrideAccess: true })
    expect(me.roles).toEqual(['translator'])
    expect(me.locales).toEqual(['fr'])
    // An admin's change of roles is audited, by field name.
    await payload.update({
      collection: 'users',
      id: users.translatorRu.id,
      data: { locales: ['ru'] } as never,
      ...as('admin'),
    })
    const events = await payload.find({
      collection: 'audit-events',
      where: { and: [{ collection: { equals: 'users' } }, { docId: { equals: String(users.translatorRu.id) } }] },
      sort: 'id',
      overrideAccess: true,
    })
    expect(events.docs.map((e) => [e.action, e.fields])).toEqual([
      ['create', ['name', 'email', 'roles', 'locales']],
      ['update', ['locales']],
    ])
    await payload.update({
      collection: 'users',
      id: users.translatorRu.id,
      data: { locales: ['ru', 'ar'] } as never,
      overrideAccess: true,
    })
  })
})
