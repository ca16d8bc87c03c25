/**
 * A chapter read at depth 1 (REST `chapters?depth=1`) carries the related documents' display
 * fields only (defaultPopulate): names and titles, not their bodies, workflow bookkeeping or
 * translation rows; the chapter's own fields are whole.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { seed } from '../../src/seed'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await seed(payload)
}, 180_000)
afterAll(async () => cleanup())

test('related documents at depth 1 carry their display fields only', async () => {
  const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@folio.test' } } }))
    .docs[0]
  const { docs } = await payload.find({
    collection: 'chapters',
    depth: 1,
    limit: 10,
    user: editor,
    overrideAccess: false,
  })
  const chapter = docs[0] as unknown as Record<string, unknown>
  expect(chapter.body).toBeTruthy()
  expect(chapter.workflow).toBeTruthy()
  const defenders = chapter.defenders as Record<string, unknown>[]
  expect(defenders.length).toBe(6)
  for (const d of defenders) {
    expect(typeof d.name).toBe('string')
    expect(d).not.toHaveProperty('biography')
    expect(d).not.toHaveProperty('workflow')
    expect(d).not.toHaveProperty('translations')
  }
  const testimonies = chapter.testimonies as Record<string, unknown>[]
  for (const t of testimonies) {
    expect(typeof t.title).toBe('string')
    expect(t).not.toHaveProperty('body')
    expect(t).not.toHaveProperty('translations')
  }
  expect((chapter.report as Record<string, unknown>).title).toBeTruthy()
  expect(chapter.report).not.toHaveProperty('introduction')
}, 60_000)
