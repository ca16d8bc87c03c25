/**
 * Editorial workflow rules: The audit trail, and no hard delete of published content.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { getApprovedDocument, transition } from '../../src/workflow'
import { helpers, workflowSuite } from './context'
import { rejection, type TestUser, type UserKey } from './fixtures'

const w = workflowSuite()
const { asUser, approve } = helpers(w)
let payload: Payload
let users: Record<UserKey, TestUser>
beforeAll(() => {
  ;({ payload, users } = w)
})

describe('audit trail', () => {
  test('create, update (field names only), transitions and translation status changes are recorded', async () => {
    const t = await payload.create({
      collection: 'testimonies',
      data: { title: 'Audit', summary: 'S', disclosure: 'anonymous', contact: 'SECRET-CONTACT +375 29 000' } as never,
      ...asUser('editor'),
    })
    await payload.update({
      collection: 'testimonies',
      id: t.id,
      data: { internalNotes: 'SECRET-NOTE', summary: 'Summary' } as never,
      ...asUser('editor'),
    })
    await payload.update({
      collection: 'testimonies',
      id: t.id,
      locale: 'fr',
      data: { title: 'Audit FR' } as never,
      ...asUser('translatorFr'),
    })
    await transition(payload, { collection: 'testimonies', id: t.id, action: 'submit', user: users.editor })
    const events = await payload.find({
      collection: 'audit-events',
      where: { and: [{ collection: { equals: 'testimonies' } }, { docId: { equals: String(t.id) } }] },
      sort: 'id',
      limit: 0,
      ...asUser('admin'),
    })
    const summary = events.docs.map((e) => [
      e.action,
      typeof e.user === 'object' ? e.user?.id : e.user,
      e.locale,
      e.fields,
      e.from,
      e.to,
    ])
    expect(summary).toEqual([
      ['create', users.editor.id, 'en', expect.arrayContaining(['title', 'summary', 'contact']), null, null],
      ['update', users.editor.id, 'en', ['summary', 'internalNotes'], null, null],
      ['update', users.translatorFr.id, 'fr', ['title'], null, null],
      ['translation-status', users.translatorFr.id, 'fr', [], 'missing', 'in-progress'],
      ['transition', users.editor.id, null, [], 'draft', 'in-review'],
    ])
    expect(JSON.stringify(events.docs)).not.toMatch(/SECRET/)
  })

  test('nobody can create, change or delete audit events through any API', async () => {
    const [event] = (await payload.find({ collection: 'audit-events', limit: 1, overrideAccess: true })).docs
    for (const role of ['admin', 'editor', 'reviewer', 'translatorFr'] as UserKey[]) {
      expect(
        (
          await rejection(
            payload.update({ collection: 'audit-events', id: event.id, data: { comment: 'x' }, ...asUser(role) }),
          )
        ).status,
      ).toBe(403)
      expect(
        (await rejection(payload.delete({ collection: 'audit-events', id: event.id, ...asUser(role) }))).status,
      ).toBe(403)
      expect(
        (await rejection(payload.create({ collection: 'audit-events', data: { action: 'publish' }, ...asUser(role) })))
          .status,
      ).toBe(403)
    }
    // Not even the Local API with overrideAccess.
    expect(
      (
        await rejection(
          payload.update({ collection: 'audit-events', id: event.id, data: { comment: 'x' }, overrideAccess: true }),
        )
      ).status,
    ).toBe(403)
    expect(
      (await rejection(payload.delete({ collection: 'audit-events', id: event.id, overrideAccess: true }))).status,
    ).toBe(403)
    const bulkDelete = await payload.delete({
      collection: 'audit-events',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    expect(bulkDelete.docs).toHaveLength(0)
    expect(bulkDelete.errors.length).toBeGreaterThan(0)
    const bulkUpdate = await payload.update({
      collection: 'audit-events',
      where: { id: { exists: true } },
      data: { comment: 'x' },
      overrideAccess: true,
    })
    expect(bulkUpdate.docs).toHaveLength(0)
    expect(
      (
        await rejection(
          payload.create({ collection: 'audit-events', data: { action: 'publish' }, overrideAccess: true }),
        )
      ).status,
    ).toBe(403)
    const again = await payload.findByID({ collection: 'audit-events', id: event.id, overrideAccess: true })
    expect(again).toEqual(event)
    expect(
      (await payload.find({ collection: 'audit-events', where: { comment: { equals: 'x' } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  test('admins and reviewers read the trail; editors and translators do not', async () => {
    for (const role of ['admin', 'reviewer'] as UserKey[])
      expect((await payload.find({ collection: 'audit-events', ...asUser(role) })).totalDocs).toBeGreaterThan(0)
    for (const role of ['editor', 'translatorFr'] as UserKey[])
      expect((await rejection(payload.find({ collection: 'audit-events', ...asUser(role) }))).status).toBe(403)
  })
})

describe('deletion', () => {
  test('only admins delete; published content is never hard-deleted but can be trashed', async () => {
    const draftOnly = await payload.create({
      collection: 'organisations',
      data: { name: 'Never published', kind: 'source' },
      ...asUser('editor'),
    })
    for (const role of ['editor', 'reviewer', 'translatorFr'] as UserKey[]) {
      expect(
        (await rejection(payload.delete({ collection: 'organisations', id: draftOnly.id, ...asUser(role) }))).status,
      ).toBe(403)
    }
    await payload.delete({ collection: 'organisations', id: draftOnly.id, ...asUser('admin') })
    const deleted = await payload.find({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'delete' } }, { docId: { equals: String(draftOnly.id) } }] },
      overrideAccess: true,
    })
    expect(deleted.docs).toHaveLength(1)
    expect(deleted.docs[0]).toMatchObject({
      collection: 'organisations',
      user: expect.objectContaining({ id: users.admin.id }),
    })

    const pub = await payload.create({
      collection: 'organisations',
      data: { name: 'Published once', kind: 'source' },
      ...asUser('editor'),
    })
    await approve('organisations', pub.id as number)
    const err = await rejection(payload.delete({ collection: 'organisations', id: pub.id, ...asUser('admin') }))
    expect(err.status).toBe(403)
    expect(err.message).toMatch(/trash/)
    expect(
      (
        await rejection(
          payload.update({
            collection: 'organisations',
            id: pub.id,
            data: { deletedAt: new Date().toISOString() },
            ...asUser('editor'),
          }),
        )
      ).status,
    ).toBe(403)
    await payload.update({
      collection: 'organisations',
      id: pub.id,
      data: { deletedAt: new Date().toISOString() },
      ...asUser('admin'),
    })
    expect(
      (
        await payload.find({
          collection: 'audit-events',
          where: { and: [{ action: { equals: 'trash' } }, { docId: { equals: String(pub.id) } }] },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
    expect(
      (await payload.find({ collection: 'organisations', where: { id: { equals: pub.id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
    expect(
      (
        await payload.find({
          collection: 'organisations',
          where: { id: { equals: pub.id } },
          trash: true,
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
    expect(await getApprovedDocument(payload, 'organisations', pub.id as number)).toMatchObject({
      status: 'not-approved',
    })
    // Emptying the trash does not hard-delete it either.
    expect(
      (await rejection(payload.delete({ collection: 'organisations', id: pub.id, trash: true, ...asUser('admin') })))
        .status,
    ).toBe(403)
  })
})
