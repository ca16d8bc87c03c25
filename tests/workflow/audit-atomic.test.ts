/**
 * A transition and its audit event are one transaction: when the event cannot be written the
 * transition is undone, and when the caller's transaction is rolled back neither remains.
 * (The fault is injected into the database adapter's write of the event only.)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload, PayloadRequest } from 'payload'

import { transition } from '../../src/workflow'
import { bootWorkflowPayload as bootPayload } from './boot'
import { createUsers, type TestUser, type UserKey } from './fixtures'

let payload: Payload
let cleanup: () => Promise<void>
let users: Record<UserKey, TestUser>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  users = await createUsers(payload)
})
afterAll(async () => cleanup?.())

async function inReview(name: string): Promise<number> {
  const doc = await payload.create({
    collection: 'organisations',
    data: { name, kind: 'partner' } as never,
    user: users.editor,
    overrideAccess: false,
  })
  await transition(payload, { collection: 'organisations', id: doc.id, action: 'submit', user: users.editor })
  return doc.id as number
}

const state = async (id: number) =>
  (await payload.findByID({ collection: 'organisations', id, draft: true, depth: 0, overrideAccess: true })).workflow
    ?.state
const published = async (id: number) =>
  (
    await payload.db.count({
      collection: 'organisations',
      where: { id: { equals: id }, _status: { equals: 'published' } },
    })
  ).totalDocs
const approvals = async (id: number) =>
  (
    await payload.db.count({
      collection: 'audit-events',
      where: { docId: { equals: String(id) }, action: { equals: 'transition' }, to: { equals: 'approved' } },
    })
  ).totalDocs

test('when the audit event cannot be written, the approval is undone', async () => {
  const id = await inReview('Atomic 1')
  const create = payload.db.create
  payload.db.create = async function (this: unknown, args) {
    if (args.collection === 'audit-events' && (args.data as { action?: string }).action === 'transition')
      throw new Error('disk full (injected)')
    return create.call(payload.db, args)
  }
  try {
    await expect(
      transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer }),
    ).rejects.toThrow('disk full (injected)')
  } finally {
    payload.db.create = create
  }
  expect(await state(id)).toBe('in-review')
  expect(await published(id)).toBe(0)
  expect(await approvals(id)).toBe(0)
  // Nothing half-done: the same approval goes through once the event can be written.
  await transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer })
  expect(await state(id)).toBe('approved')
  expect(await published(id)).toBe(1)
  expect(await approvals(id)).toBe(1)
}, 60_000)

test("a transition inside the caller's transaction is rolled back with it, event and all", async () => {
  const id = await inReview('Atomic 2')
  const transactionID = await payload.db.beginTransaction()
  expect(transactionID).toBeTruthy()
  const req = { payload, transactionID: transactionID ?? undefined } as Partial<PayloadRequest>
  await transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer, req })
  await payload.db.rollbackTransaction(transactionID!)
  expect(await state(id)).toBe('in-review')
  expect(await published(id)).toBe(0)
  expect(await approvals(id)).toBe(0)
}, 60_000)
