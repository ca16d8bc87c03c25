/**
 * The write rules every write path passes (issue 13's serious findings), through the Local API as
 * the users themselves: a reviewer's change to shared content inside an array row is a content
 * change (four-eyes), a translator cannot change shared structure, a version restore is for editors
 * and admins and never touches the confidential record. tests/http/write-rules.test.ts repeats them
 * against the built server over REST and GraphQL.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints, type Payload } from 'payload'

import { transition } from '../../src/workflow'
import { bootWorkflowPayload as bootPayload } from './boot'
import { createUsers, rejection, type TestUser, type UserKey } from './fixtures'

let payload: Payload
let cleanup: () => Promise<void>
let users: Record<UserKey, TestUser>
let reportId: number

const asUser = (key: UserKey) => ({ user: users[key], overrideAccess: false as const })
const tokens = {} as Record<UserKey, string>

/** A REST call through Payload's own request handler (what the Next route calls). */
async function rest(method: string, path: string, as: UserKey) {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { authorization: `JWT ${tokens[as]}` },
  })
  const res = await handleEndpoints({ config: payload.config, request })
  return { status: res.status, text: await res.text() }
}

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  users = await createUsers(payload)
  for (const key of Object.keys(users) as UserKey[]) {
    const res = await payload.login({
      collection: 'users',
      data: { email: users[key].email, password: 'correct horse battery' },
    })
    tokens[key] = res.token as string
  }
  reportId = (
    await payload.create({ collection: 'reports', data: { title: 'Rules', year: 2040 } as never, ...asUser('editor') })
  ).id as number
})
afterAll(async () => cleanup?.())

async function submittedChapter(order: number) {
  const chapter = await payload.create({
    collection: 'chapters',
    data: {
      title: `Chapter ${order}`,
      report: reportId,
      order,
      kind: 'thematic',
      furtherReading: [
        { title: 'Briefing', url: 'https://example.org/briefing', kind: 'briefing' },
        { title: 'Video', url: 'https://example.org/video', kind: 'video' },
      ],
    } as never,
    ...asUser('editor'),
  })
  await transition(payload, { collection: 'chapters', id: chapter.id, action: 'submit', user: users.editor })
  return chapter
}

const rows = (doc: { furtherReading?: unknown }) =>
  (doc.furtherReading ?? []) as Array<{ id: string; title: string; url: string; kind: string }>

describe('four-eyes: any change to shared content counts, wherever it sits', () => {
  test.each([
    [
      'a URL inside an array row, written through ?locale=fr',
      'fr',
      (r: ReturnType<typeof rows>) => [{ ...r[0], url: 'https://example.org/changed' }, r[1]],
    ],
    [
      'a select inside an array row, in the source language',
      'en',
      (r: ReturnType<typeof rows>) => [{ ...r[0], kind: 'report' }, r[1]],
    ],
    ['the order of the rows', 'fr', (r: ReturnType<typeof rows>) => [r[1], r[0]]],
    ['a row removed', 'fr', (r: ReturnType<typeof rows>) => [r[0]]],
  ])('%s: the submission is withdrawn and the reviewer who made it cannot approve', async (_what, locale, edit) => {
    const chapter = await submittedChapter(Math.floor(Math.random() * 1e6))
    const before = rows(chapter)
    await payload.update({
      collection: 'chapters',
      id: chapter.id,
      locale: locale as 'fr',
      data: { furtherReading: edit(before) } as never,
      ...asUser('reviewer'),
    })
    const after = await payload.findByID({ collection: 'chapters', id: chapter.id, draft: true, overrideAccess: true })
    expect(after.workflow?.state).toBe('draft')
    await transition(payload, { collection: 'chapters', id: chapter.id, action: 'submit', user: users.reviewer })
    const refused = await rejection(
      transition(payload, { collection: 'chapters', id: chapter.id, action: 'approve', user: users.reviewer }),
    )
    expect(refused).toMatchObject({ status: 403, message: expect.stringMatching(/Four-eyes/) })
    // Another reviewer may.
    await transition(payload, { collection: 'chapters', id: chapter.id, action: 'approve', user: users.reviewer2 })
  })

  test("a localised title inside a row, changed in fr, is that locale's change only (content stays in review)", async () => {
    const chapter = await submittedChapter(900)
    const r = rows(chapter)
    await payload.update({
      collection: 'chapters',
      id: chapter.id,
      locale: 'fr',
      data: { furtherReading: [{ ...r[0], title: 'Note' }, r[1]] } as never,
      ...asUser('reviewer'),
    })
    const after = await payload.findByID({ collection: 'chapters', id: chapter.id, draft: true, overrideAccess: true })
    expect(after.workflow?.state).toBe('in-review')
    await transition(payload, { collection: 'chapters', id: chapter.id, action: 'approve', user: users.reviewer })
  })
})

describe('translators change only localised leaves in their own locales', () => {
  test('adding, removing or reordering shared rows is refused with a 403 naming the field; nothing is written', async () => {
    const chapter = await submittedChapter(901)
    const r = rows(chapter)
    for (const furtherReading of [[r[0]], [r[1], r[0]], [...r, { title: 'Extra', kind: 'article' }], []]) {
      const refused = await rejection(
        payload.update({
          collection: 'chapters',
          id: chapter.id,
          locale: 'fr',
          data: { furtherReading } as never,
          ...asUser('translatorFr'),
        }),
      )
      expect(refused.status).toBe(403)
      expect(refused.message).toMatch(/\(fr\): furtherReading is shared by every language/)
    }
    const stored = await payload.findByID({ collection: 'chapters', id: chapter.id, draft: true, overrideAccess: true })
    expect(rows(stored).map((x) => x.url)).toEqual(['https://example.org/briefing', 'https://example.org/video'])
    expect(stored.workflow?.state).toBe('in-review')
  })

  test('a bulk update by where is checked for every document it touches', async () => {
    const refused = await rejection(
      payload.update({
        collection: 'chapters',
        where: { report: { equals: reportId } },
        locale: 'fr',
        data: { order: 99 },
        ...asUser('translatorFr'),
      }),
    )
    expect(refused).toMatchObject({ status: 403, message: expect.stringContaining('order') })
  })

  test("their own locale's text inside the rows is theirs to write", async () => {
    const chapter = await submittedChapter(902)
    const r = rows(chapter)
    await payload.update({
      collection: 'chapters',
      id: chapter.id,
      locale: 'fr',
      data: {
        title: 'Chapitre',
        furtherReading: [
          { ...r[0], title: 'Note' },
          { ...r[1], title: 'Vidéo' },
        ],
      } as never,
      ...asUser('translatorFr'),
    })
    const fr = await payload.findByID({
      collection: 'chapters',
      id: chapter.id,
      draft: true,
      locale: 'fr',
      overrideAccess: true,
    })
    expect(rows(fr).map((x) => x.title)).toEqual(['Note', 'Vidéo'])
  })
})

describe('version restore', () => {
  async function testimonyWithVersions() {
    const t = await payload.create({
      collection: 'testimonies',
      data: {
        title: 'First words',
        summary: 'A sample, fictional account.',
        disclosure: 'anonymous',
        legalName: 'SECRET-LEGAL-NAME restore',
        contact: 'SECRET-CONTACT restore',
        consent: { status: 'given', scope: ['text'] },
      },
      ...asUser('editor'),
    })
    const first = (
      await payload.findVersions({
        collection: 'testimonies',
        where: { parent: { equals: t.id } },
        sort: 'createdAt',
        overrideAccess: true,
      })
    ).docs[0]
    await payload.update({
      collection: 'testimonies',
      id: t.id,
      data: { title: 'Second words', consent: { status: 'withdrawn', scope: ['text'] } },
      ...asUser('editor'),
    })
    return { id: t.id, versionId: first.id }
  }

  test.each(['translatorFr', 'reviewer'] as const)('is refused for a %s', async (who) => {
    const { id, versionId } = await testimonyWithVersions()
    const refused = await rest('POST', `/testimonies/versions/${versionId}?draft=true`, who)
    expect(refused.status).toBe(403)
    expect(refused.text).toMatch(/editors and admins/)
    const doc = await payload.findByID({ collection: 'testimonies', id, draft: true, overrideAccess: true })
    expect(doc.title).toBe('Second words')
  })

  test('an editor restores the text; the confidential record keeps its current values (consent stays withdrawn)', async () => {
    const { id, versionId } = await testimonyWithVersions()
    expect((await rest('POST', `/testimonies/versions/${versionId}?draft=true`, 'editor')).status).toBe(200)
    const doc = await payload.findByID({ collection: 'testimonies', id, draft: true, overrideAccess: true })
    expect(doc).toMatchObject({
      title: 'First words',
      legalName: 'SECRET-LEGAL-NAME restore',
      contact: 'SECRET-CONTACT restore',
      consent: { status: 'withdrawn' },
    })
  })
})
