/**
 * Where clauses that hop two relationships (src/compat/whereGuard.ts). Without the guard, Payload
 * 3.90.2 answers these with a correct 400 but leaves an unhandled promise rejection behind (the
 * validation of the deepest collection is never awaited), which fails this jest process; with it,
 * the refusal is an ordinary QueryError naming the path as written, and nothing is left behind.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints, type Payload, type Where } from 'payload'

import { guardNestedWhere, needsGuard, whereLeaves } from '../../src/compat/whereGuard'
import { bootWorkflowPayload } from '../workflow/boot'
import { createUsers, rejection, type TestUser, type UserKey } from '../workflow/fixtures'

let payload: Payload
let cleanup: () => Promise<void>
let users: Record<UserKey, TestUser>
let testimonyId: number
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => void unhandled.push(reason)

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  // The where-guard is tested on its own: with encryption at rest no filter on a sealed field
  // matches anything (for editors either), which would make the controls here meaningless. The
  // plugin reads FOLIO_ENCRYPTION when the config is built, at boot.
  process.env.FOLIO_ENCRYPTION = 'off'
  try {
    ;({ payload, cleanup } = await bootWorkflowPayload())
  } finally {
    delete process.env.FOLIO_ENCRYPTION
  }
  users = await createUsers(payload)
  const report = await payload.create({
    collection: 'reports',
    data: { title: 'Guard report', year: 2020 } as never,
    overrideAccess: true,
  })
  const testimony = await payload.create({
    collection: 'testimonies',
    data: { title: 'Guarded', summary: 'Summary', disclosure: 'anonymous', legalName: 'Secret Person' } as never,
    overrideAccess: true,
  })
  testimonyId = testimony.id as number
  const chapter = await payload.create({
    collection: 'chapters',
    data: {
      title: 'Guard chapter',
      report: report.id,
      order: 1,
      kind: 'thematic',
      testimonies: [testimony.id],
    } as never,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'testimonies',
    id: testimony.id,
    data: { chapter: chapter.id } as never,
    overrideAccess: true,
  })
}, 120_000)
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  await cleanup?.()
})

/** Lets any stray rejection surface (Payload's floating validation ends within a few ticks). */
const settle = () => new Promise((r) => setTimeout(r, 100))

const find = (
  collection: 'testimonies' | 'statistics' | 'chapters',
  where: Where,
  who: UserKey,
  extra: Record<string, unknown> = {},
) => payload.find({ collection, where, user: users[who], overrideAccess: false, draft: true, depth: 0, ...extra })

describe('where paths through two relationships', () => {
  test.each([
    ['testimonies', 'translatorFr'],
    ['testimonies', 'reviewer'],
    ['statistics', 'translatorFr'],
  ] as const)(
    '%s as %s: chapter.testimonies.legalName → a 400 naming the path, no unhandled rejection',
    async (collection, who) => {
      const error = await rejection(find(collection, { 'chapter.testimonies.legalName': { like: 'Secret' } }, who))
      expect(error).toMatchObject({
        status: 400,
        message: 'The following path cannot be queried: chapter.testimonies.legalName',
      })
      await settle()
      expect(unhandled).toEqual([])
    },
  )

  test('count, inside or/and, and with the draft flag off: the same refusal', async () => {
    const where = {
      or: [{ id: { exists: true } }, { and: [{ 'chapter.testimonies.contact': { equals: 'x' } }] }],
    } as Where
    expect(
      await rejection(
        payload.count({ collection: 'testimonies', where, user: users.translatorFr, overrideAccess: false }),
      ),
    ).toMatchObject({
      status: 400,
      message: 'The following path cannot be queried: chapter.testimonies.contact',
    })
    expect(
      await rejection(
        find('testimonies', { 'chapter.testimonies.internalNotes': { exists: true } }, 'translatorFr', {
          draft: false,
        }),
      ),
    ).toMatchObject({ status: 400 })
    await settle()
    expect(unhandled).toEqual([])
  })

  test('a readable multi-hop path next to an unknown field: the unknown one is named (Payload would also leak a rejection here)', async () => {
    const error = await rejection(
      find('testimonies', { 'chapter.report.title': { like: 'Guard' }, bogus: { equals: 1 } }, 'editor'),
    )
    expect(error).toMatchObject({ status: 400, message: 'The following path cannot be queried: bogus' })
    await settle()
    expect(unhandled).toEqual([])
  })

  test('allowed multi-hop paths still work: an editor may query the legal name through the chapter; everyone the report title', async () => {
    const byEditor = await find('testimonies', { 'chapter.testimonies.legalName': { like: 'Secret' } }, 'editor')
    expect(byEditor.docs.map((d) => d.id)).toEqual([testimonyId])
    const none = await find('testimonies', { 'chapter.testimonies.legalName': { like: 'Nobody' } }, 'editor')
    expect(none.docs).toEqual([])
    const byTranslator = await find('testimonies', { 'chapter.report.title': { like: 'Guard' } }, 'translatorFr')
    expect(byTranslator.docs.map((d) => d.id)).toEqual([testimonyId])
    await settle()
    expect(unhandled).toEqual([])
  })

  test('version queries are validated against the version fields: allowed ones work, refused ones are a clean 400', async () => {
    const versions = (where: Where, who: UserKey) =>
      payload.findVersions({
        collection: 'testimonies',
        where,
        user: users[who],
        overrideAccess: false,
        depth: 0,
        limit: 0,
      })
    const mine = await versions(
      { 'version.legalName': { equals: 'Secret Person' }, 'version.chapter.report.title': { like: 'Guard' } },
      'editor',
    )
    expect(mine.docs.length).toBeGreaterThan(0)
    expect(
      mine.docs.every(
        (d) => String(d.parent) === String(testimonyId) || (d.parent as { id?: number })?.id === testimonyId,
      ),
    ).toBe(true)
    expect((await versions({ 'version.consent.status': { equals: 'pending' } }, 'editor')).docs.length).toBeGreaterThan(
      0,
    )
    expect(
      await rejection(versions({ 'version.chapter.testimonies.legalName': { like: 'Secret' } }, 'translatorFr')),
    ).toMatchObject({
      status: 400,
      message: 'The following path cannot be queried: version.chapter.testimonies.legalName',
    })
    await settle()
    expect(unhandled).toEqual([])
  })

  test("over REST (Payload's own request handler): 400 with the path in the message", async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'translatorfr@folio.test', password: 'correct horse battery' },
    })
    const request = new Request(
      'http://localhost:3000/api/testimonies?draft=true&where[chapter.testimonies.legalName][like]=Secret',
      {
        headers: { authorization: `JWT ${token}` },
      },
    )
    const res = await handleEndpoints({ config: payload.config, request })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toBe('The following path cannot be queried: chapter.testimonies.legalName')
    expect(JSON.stringify(body)).not.toContain('Secret Person')
    await settle()
    expect(unhandled).toEqual([])
  })

  test('the guard is installed on every collection, first, once', () => {
    for (const { config } of Object.values(payload.collections)) {
      expect(config.hooks.beforeOperation.filter((h) => h === guardNestedWhere)).toHaveLength(1)
      expect(config.hooks.beforeOperation[0]).toBe(guardNestedWhere)
    }
  })
})

describe('pure helpers', () => {
  test('whereLeaves walks and/or at any depth; needsGuard looks for three segments (dots or GraphQL __)', () => {
    const where = { a: { equals: 1 }, OR: [{ 'b.c': { like: 'x' } }, { and: [{ 'd.e.f': { exists: true } }] }] }
    expect(whereLeaves(where).map((l) => l.path)).toEqual(['a', 'b.c', 'd.e.f'])
    expect(needsGuard(where)).toBe(true)
    expect(needsGuard({ 'consent.status': { equals: 'given' } })).toBe(false)
    expect(needsGuard({ chapter__testimonies__legalName: { like: 'x' } })).toBe(true)
    expect(needsGuard(undefined)).toBe(false)
  })
})
