/**
 * Editorial workflow rules: Approval is the only way to publish, and the approved version stays published while a newer
 * draft exists.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { getApprovedDocument, transition } from '../../src/workflow'
import { helpers, workflowSuite } from './context'
import { rejection, type TestUser, type UserKey } from './fixtures'

const w = workflowSuite()
const { asUser, approve, published, latest } = helpers(w)
let payload: Payload
let users: Record<UserKey, TestUser>
beforeAll(() => {
  ;({ payload, users } = w)
})

describe('approval is the only way to publish', () => {
  let id: number
  beforeAll(async () => {
    id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Viasna', kind: 'partner' },
        ...asUser('editor'),
      })
    ).id as number
  })

  test.each([
    [
      'an admin through the Local API (access checked)',
      () =>
        payload.update({
          collection: 'organisations',
          id,
          data: { _status: 'published' } as never,
          ...asUser('admin'),
        }),
    ],
    [
      'the Local API with overrideAccess (seed scripts)',
      () =>
        payload.update({
          collection: 'organisations',
          id,
          data: { _status: 'published' } as never,
          overrideAccess: true,
        }),
    ],
    [
      'draft: false with _status published',
      () =>
        payload.update({
          collection: 'organisations',
          id,
          draft: false,
          data: { name: 'X', _status: 'published' } as never,
          overrideAccess: true,
        }),
    ],
    [
      'an edit smuggled in with deletedAt',
      () =>
        payload
          .update({
            collection: 'organisations',
            id,
            data: { name: 'Smuggled', deletedAt: null } as never,
            overrideAccess: true,
          })
          .then(async () => {
            if ((await published('organisations', id)).name === 'Smuggled')
              throw new Error('published without approval')
            throw Object.assign(new Error('only through approval (saved as a draft)'), { status: 403 })
          }),
    ],
    [
      'creating a published document',
      () =>
        payload.create({
          collection: 'organisations',
          data: { name: 'New', kind: 'source', _status: 'published' } as never,
          overrideAccess: true,
        }),
    ],
  ])('refused: %s', async (_label, attempt) => {
    const err = await rejection(attempt())
    expect(err.status).toBe(403)
    expect(err.message).toMatch(/only through approval/)
    expect((await published('organisations', id))._status).toBe('draft')
    expect(
      await payload.count({
        collection: 'organisations',
        where: { _status: { equals: 'published' } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 0 })
  })

  test('restoring a version other than as a draft is refused (the Local API cannot restore as a draft)', async () => {
    const versions = await payload.findVersions({
      collection: 'organisations',
      where: { parent: { equals: id } },
      overrideAccess: true,
    })
    const err = await rejection(
      payload.restoreVersion({ collection: 'organisations', id: String(versions.docs[0].id), overrideAccess: true }),
    )
    expect(err.status).toBe(403)
    expect(err.message).toMatch(/as drafts only/)
    expect((await published('organisations', id))._status).toBe('draft')
  })
})

describe('the approved version stays published while a newer draft exists', () => {
  test('edit after approval: draft: false keeps the approved text; approving the draft publishes it', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Approved name', kind: 'partner', acronym: 'AN' },
        ...asUser('editor'),
      })
    ).id as number
    await approve('organisations', id)
    const approvedVersion = (await published('organisations', id)).workflow?.approvedVersion
    // An edit by any client, even one that does not ask for a draft, saves a draft.
    await payload.update({ collection: 'organisations', id, data: { name: 'Unreviewed name' }, ...asUser('editor') })
    await payload.update({
      collection: 'organisations',
      id,
      draft: false,
      data: { acronym: 'UN' },
      overrideAccess: true,
    })
    const pub = await published('organisations', id)
    expect(pub).toMatchObject({ name: 'Approved name', acronym: 'AN', _status: 'published' })
    expect(pub.workflow?.state).toBe('approved')
    const draft = await latest('organisations', id)
    expect(draft).toMatchObject({ name: 'Unreviewed name', acronym: 'UN' })
    expect(draft.workflow?.state).toBe('draft')
    // find() with draft: false (what readers of published content use) returns the approved text.
    const list = await payload.find({
      collection: 'organisations',
      where: { id: { equals: id } },
      draft: false,
      ...asUser('translatorFr'),
    })
    expect(list.docs[0].name).toBe('Approved name')
    const approved = await getApprovedDocument(payload, 'organisations', id, 'en')
    expect(approved).toMatchObject({
      status: 'approved',
      doc: { name: 'Approved name' },
      versionId: approvedVersion,
      approvedBy: users.reviewer.id,
    })
    // The recorded version is exactly the approved content.
    const v = await payload.findVersionByID({
      collection: 'organisations',
      id: approvedVersion as string,
      overrideAccess: true,
      depth: 0,
    })
    expect(v.version.name).toBe('Approved name')

    await approve('organisations', id, 'reviewer2')
    expect(await published('organisations', id)).toMatchObject({
      name: 'Unreviewed name',
      acronym: 'UN',
      _status: 'published',
    })
    expect((await getApprovedDocument(payload, 'organisations', id)).doc).toMatchObject({ name: 'Unreviewed name' })
  })

  test('duplicating an approved document makes an unapproved draft copy', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Original', kind: 'partner' },
        ...asUser('editor'),
      })
    ).id as number
    await approve('organisations', id)
    const copy = await payload.duplicate({ collection: 'organisations', id, ...asUser('editor') })
    expect(copy._status).toBe('draft')
    expect(copy.workflow?.state).toBe('draft')
    expect((await published('organisations', id))._status).toBe('published')
    expect(await getApprovedDocument(payload, 'organisations', copy.id as number)).toMatchObject({
      status: 'not-approved',
    })
  })

  test('reopen an approved document withdraws the approval (unpublishes)', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'To withdraw', kind: 'partner' },
        ...asUser('editor'),
      })
    ).id as number
    await approve('organisations', id)
    await transition(payload, {
      collection: 'organisations',
      id,
      action: 'reopen',
      comment: 'Wrong figures.',
      user: users.reviewer2,
    })
    expect((await published('organisations', id))._status).toBe('draft')
    expect(await getApprovedDocument(payload, 'organisations', id)).toMatchObject({ status: 'not-approved', doc: null })
  })

  test('a never-approved document has no approved version', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Draft only', kind: 'partner' },
        ...asUser('editor'),
      })
    ).id as number
    expect(await getApprovedDocument(payload, 'organisations', id)).toMatchObject({ status: 'not-approved' })
    expect(await getApprovedDocument(payload, 'organisations', 424242)).toMatchObject({ status: 'not-approved' })
  })
})
