/**
 * The editor's home page keeps its readiness check (src/publish/admin/readiness.ts) until what the
 * check reads changes: a second visit reuses it; an edit, a deletion or a document written through
 * the adapter with an old stamp (another instance, an import) makes the next visit check again, and
 * the check it gives is the one a fresh dry run gives.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { checkReadiness } from '../../src/publish/admin/api/check'
import { contentStamp, keptReadiness } from '../../src/publish/admin/readiness'
import { seed } from '../../src/seed'
import { bootWorkflowPayload } from '../workflow/boot'

let payload: Payload
let cleanup: () => Promise<void>
let report: number
let chapter: number
const LOCALES = ['en', 'fr'] as const

beforeAll(async () => {
  ;({ payload, cleanup } = await bootWorkflowPayload())
  const seeded = await seed(payload)
  chapter = Number(seeded.chapterId)
  report = (await payload.find({ collection: 'reports', limit: 1, depth: 0, overrideAccess: true })).docs[0]
    .id as number
}, 300_000)
afterAll(async () => cleanup?.())

const visit = () => keptReadiness(payload, report, [...LOCALES])
const fresh = () => checkReadiness(payload, { report, locales: [...LOCALES], version: 'auto', allowIncomplete: false })

describe('the kept readiness check', () => {
  test('a second visit with nothing changed reuses the check', async () => {
    const first = await visit()
    expect(first.reused).toBe(false)
    const second = await visit()
    expect(second).toMatchObject({ reused: true, checkedAt: first.checkedAt })
    expect(second.check).toEqual(first.check)
  })

  test('an edit makes the next visit check again, and it finds what the edit changed', async () => {
    await visit()
    await payload.update({
      collection: 'chapters',
      id: chapter,
      data: { lead: 'An edited lead, not yet approved (test).' } as never,
      overrideAccess: true,
    })
    const after = await visit()
    expect(after.reused).toBe(false)
    expect(after.check).toEqual(await fresh())
    expect((await visit()).reused).toBe(true)
  })

  test('a document written by the adapter with an old stamp changes the stamp (its count)', async () => {
    const before = await contentStamp(payload)
    const old = '2001-01-01T00:00:00.000Z'
    await payload.db.create({
      collection: 'organisations',
      data: {
        name: 'Sample organisation',
        kind: 'partner',
        workflow: { state: 'draft' },
        _status: 'draft',
        createdAt: old,
        updatedAt: old,
      },
    })
    expect(await contentStamp(payload)).not.toBe(before)
    expect((await visit()).reused).toBe(false)
  })

  test('a deletion changes the stamp', async () => {
    const before = await contentStamp(payload)
    const org = await payload.create({
      collection: 'organisations',
      data: { name: 'Another sample organisation', kind: 'partner' } as never,
      overrideAccess: true,
    })
    const withOrg = await contentStamp(payload)
    expect(withOrg).not.toBe(before)
    await payload.delete({ collection: 'organisations', id: org.id, overrideAccess: true, trash: false } as never)
    expect(await contentStamp(payload)).not.toBe(withOrg)
  })
})
