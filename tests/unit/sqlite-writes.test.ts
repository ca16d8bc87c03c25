/**
 * SQLite with transactions on (src/db.ts) and the write lock of src/compat/sqliteWrites.ts:
 * concurrent writes in one process all succeed (without the lock the second fails at once with
 * SQLITE_BUSY), a write outside any transaction waits for the open one, and a rolled-back
 * transaction leaves nothing.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload, PayloadRequest } from 'payload'

import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup())

const count = async () => (await payload.db.count({ collection: 'organisations' })).totalDocs

test('40 concurrent creates, then 40 concurrent updates of another locale, all succeed', async () => {
  const docs = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      payload.create({ collection: 'organisations', data: { name: `P${i}`, kind: 'partner' }, overrideAccess: true }),
    ),
  )
  await Promise.all(
    docs.map((d, i) =>
      payload.update({
        collection: 'organisations',
        id: d.id,
        locale: 'fr',
        data: { name: `Pfr${i}` },
        overrideAccess: true,
      }),
    ),
  )
  expect(await count()).toBe(40)
}, 120_000)

test('a write outside the open transaction waits for it; a rollback leaves nothing', async () => {
  const before = await count()
  const transactionID = await payload.db.beginTransaction()
  expect(transactionID).toBeTruthy()
  const req = { payload, transactionID: transactionID ?? undefined } as PayloadRequest
  await payload.db.create({ collection: 'organisations', data: { name: { en: 'inside' }, kind: 'partner' }, req })
  let outsideDone = false
  const outside = payload.db
    .create({ collection: 'organisations', data: { name: { en: 'outside' }, kind: 'partner' } })
    .then(() => {
      outsideDone = true
    })
  await new Promise((r) => setTimeout(r, 200))
  expect(outsideDone).toBe(false)
  await payload.db.rollbackTransaction(transactionID!)
  await outside
  expect(await count()).toBe(before + 1)
}, 60_000)

test("an upsert outside a transaction completes (the adapter's upsert is its locked updateOne)", async () => {
  const where = { key: { equals: 'folio-upsert-test' } }
  const write = (value: number) =>
    payload.db.upsert({ collection: 'payload-preferences', data: { key: 'folio-upsert-test', value }, where, req: {} })
  await write(1)
  await write(2)
  const found = await payload.db.findOne<{ id: number; value: unknown }>({
    collection: 'payload-preferences',
    where,
    req: {},
  })
  expect(found?.value).toBe(2)
}, 20_000)
