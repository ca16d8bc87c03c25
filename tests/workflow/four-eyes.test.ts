/**
 * Editorial workflow rules: Four-eyes, testimony consent and withdrawal, confidential defenders.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { getApprovedDocument, transition, translationStatus } from '../../src/workflow'
import { helpers, workflowSuite } from './context'
import { rejection, type TestUser, type UserKey } from './fixtures'

const w = workflowSuite()
const { asUser, approve, published, latest } = helpers(w)
let payload: Payload
let users: Record<UserKey, TestUser>
beforeAll(() => {
  ;({ payload, users } = w)
})

describe('four-eyes', () => {
  test('a reviewer who edited since the last approval cannot approve; another reviewer can', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Four eyes', kind: 'partner' },
        ...asUser('editor'),
      })
    ).id as number
    await payload.update({
      collection: 'organisations',
      id,
      data: { description: 'Edited by the reviewer.' },
      ...asUser('reviewer'),
    })
    await transition(payload, { collection: 'organisations', id, action: 'submit', user: users.editor })
    const err = await rejection(
      transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer }),
    )
    expect(err.status).toBe(403)
    expect(err.message).toMatch(/Four-eyes/)
    expect((await latest('organisations', id)).workflow?.state).toBe('in-review')
    await transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer2 })
    // After that approval, the first reviewer's old edit no longer counts...
    await payload.update({ collection: 'organisations', id, data: { acronym: 'FE' }, ...asUser('editor') })
    await transition(payload, { collection: 'organisations', id, action: 'submit', user: users.editor })
    await transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer })
    expect((await published('organisations', id)).acronym).toBe('FE')
  })

  test('what is approved is what was submitted: an edit during review withdraws the submission', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Frozen', kind: 'partner' },
        ...asUser('editor'),
      })
    ).id as number
    await transition(payload, { collection: 'organisations', id, action: 'submit', user: users.editor })
    await payload.update({
      collection: 'organisations',
      id,
      data: { name: 'Changed after submit' },
      ...asUser('editor2'),
    })
    expect((await latest('organisations', id)).workflow?.state).toBe('draft')
    expect(
      (
        await rejection(
          transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer }),
        )
      ).status,
    ).toBe(400)
    // Same for a translation: editing fr in review sends it back to in-progress.
    await payload.update({
      collection: 'organisations',
      id,
      locale: 'fr',
      data: { name: 'Figé' },
      ...asUser('translatorFr'),
    })
    await transition(payload, {
      collection: 'organisations',
      id,
      action: 'submit',
      locale: 'fr',
      user: users.translatorFr,
    })
    await payload.update({
      collection: 'organisations',
      id,
      locale: 'fr',
      data: { name: 'Figé (modifié)' },
      ...asUser('translatorFr'),
    })
    expect((await translationStatus(payload, 'organisations', id, 'fr')).translations[0].status).toBe('in-progress')
    // An edit that changes nothing (the admin re-saving the same values) keeps the state.
    await transition(payload, { collection: 'organisations', id, action: 'submit', user: users.editor })
    await payload.update({
      collection: 'organisations',
      id,
      data: { name: 'Changed after submit', kind: 'partner' },
      ...asUser('editor'),
    })
    expect((await latest('organisations', id)).workflow?.state).toBe('in-review')
  })

  test('an admin who created the document cannot approve it', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Admin-made', kind: 'partner' },
        ...asUser('admin'),
      })
    ).id as number
    await transition(payload, { collection: 'organisations', id, action: 'submit', user: users.admin })
    expect(
      (await rejection(transition(payload, { collection: 'organisations', id, action: 'approve', user: users.admin })))
        .status,
    ).toBe(403)
  })

  test('per locale: translating fr blocks approving fr, not approving the English content', async () => {
    const id = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Locale four eyes', kind: 'partner' },
        ...asUser('editor'),
      })
    ).id as number
    await payload.update({
      collection: 'organisations',
      id,
      locale: 'fr',
      data: { name: 'Quatre yeux' },
      ...asUser('reviewer'),
    })
    await transition(payload, { collection: 'organisations', id, action: 'submit', locale: 'fr', user: users.reviewer })
    expect(
      (
        await rejection(
          transition(payload, {
            collection: 'organisations',
            id,
            action: 'approve',
            locale: 'fr',
            user: users.reviewer,
          }),
        )
      ).status,
    ).toBe(403)
    await approve('organisations', id, 'reviewer')
    await transition(payload, {
      collection: 'organisations',
      id,
      action: 'approve',
      locale: 'fr',
      user: users.reviewer2,
    })
    expect((await translationStatus(payload, 'organisations', id, 'fr')).translations[0].status).toBe('approved')
  })
})

describe('testimonies: consent', () => {
  const testimony = async (data: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'testimonies',
        data: {
          title: 'Detained in Okrestina',
          summary: 'An account of detention.',
          disclosure: 'anonymous',
          ...data,
        } as never,
        ...asUser('editor'),
      })
    ).id as number

  test.each([
    ['consent pending', { consent: { status: 'pending' } }, /pending/],
    ['consent withdrawn', { consent: { status: 'withdrawn', scope: ['text', 'name'] } }, /withdrawn/],
    ['consent given without the text', { consent: { status: 'given', scope: ['image'] } }, /text/],
    [
      'named without consent to the name',
      { disclosure: 'named', publicName: 'Ivan', consent: { status: 'given', scope: ['text'] } },
      /name/,
    ],
  ])('cannot be approved: %s', async (_label, data, message) => {
    const id = await testimony(data)
    await transition(payload, { collection: 'testimonies', id, action: 'submit', user: users.editor })
    const err = await rejection(
      transition(payload, { collection: 'testimonies', id, action: 'approve', user: users.reviewer }),
    )
    expect(err.status).toBe(403)
    expect(err.message).toMatch(message)
    expect((await published('testimonies', id))._status).toBe('draft')
  })

  test('an image needs image consent', async () => {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A red square' },
      file: { data: png, mimetype: 'image/png', name: 'red.png', size: png.length },
      overrideAccess: true,
    })
    void fs
    void path
    const id = await testimony({ media: [media.id], consent: { status: 'given', scope: ['text'] } })
    await transition(payload, { collection: 'testimonies', id, action: 'submit', user: users.editor })
    expect(
      (await rejection(transition(payload, { collection: 'testimonies', id, action: 'approve', user: users.reviewer })))
        .message,
    ).toMatch(/image/)
    await transition(payload, { collection: 'testimonies', id, action: 'reopen', user: users.editor })
    await payload.update({
      collection: 'testimonies',
      id,
      data: { consent: { status: 'given', scope: ['text', 'image'] } } as never,
      ...asUser('editor'),
    })
    await approve('testimonies', id, 'reviewer2')
    expect((await published('testimonies', id))._status).toBe('published')
  })

  test.each([
    ['anonymous with text consent', { consent: { status: 'given', scope: ['text'] } }],
    [
      'named with text and name consent',
      { disclosure: 'named', publicName: 'Ivan', consent: { status: 'given', scope: ['text', 'name'] } },
    ],
  ])('can be approved: %s', async (_label, data) => {
    const id = await testimony(data)
    await approve('testimonies', id)
    expect((await published('testimonies', id))._status).toBe('published')
    const approved = await getApprovedDocument(payload, 'testimonies', id)
    expect(approved.status).toBe('approved')
    // The confidential part never comes out of the API for the pipeline.
    expect(approved.doc).not.toHaveProperty('consent')
    expect(approved.doc).not.toHaveProperty('legalName')
    expect(approved).toMatchObject({ consentProblems: [] })
  })

  test('withdrawing consent un-approves at once and is recorded', async () => {
    const id = await testimony({ legalName: 'SECRET-LEGAL-NAME', consent: { status: 'given', scope: ['text'] } })
    await approve('testimonies', id)
    expect((await published('testimonies', id))._status).toBe('published')
    await payload.update({
      collection: 'testimonies',
      id,
      data: { consent: { status: 'withdrawn', scope: ['text'] } } as never,
      ...asUser('editor'),
    })
    const pub = await published('testimonies', id)
    expect(pub._status).toBe('draft')
    expect((await latest('testimonies', id)).workflow?.state).toBe('draft')
    expect(await getApprovedDocument(payload, 'testimonies', id)).toMatchObject({ status: 'not-approved' })
    const events = await payload.find({
      collection: 'audit-events',
      where: { and: [{ collection: { equals: 'testimonies' } }, { docId: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 0,
      overrideAccess: true,
    })
    const actions = events.docs.map((e) => `${e.action}${e.to ? `:${e.to}` : ''}`)
    expect(actions).toEqual(expect.arrayContaining(['consent-change', 'transition:draft']))
    expect(events.docs.find((e) => e.action === 'consent-change')?.fields).toEqual(['consent.status'])
    expect(JSON.stringify(events.docs)).not.toMatch(/SECRET-LEGAL-NAME|withdrawn"?\s*:\s*"?given/)
  })
})

describe('defenders', () => {
  test('a confidential profile cannot be approved; a public one can', async () => {
    const id = (
      await payload.create({
        collection: 'defenders',
        data: { name: 'Marfa Rabkova', status: 'detained' } as never,
        ...asUser('editor'),
      })
    ).id as number
    expect((await latest('defenders', id)).visibility).toBe('confidential')
    await transition(payload, { collection: 'defenders', id, action: 'submit', user: users.editor })
    const err = await rejection(
      transition(payload, { collection: 'defenders', id, action: 'approve', user: users.reviewer }),
    )
    expect(err.status).toBe(403)
    expect(err.message).toMatch(/confidential/)
    await transition(payload, { collection: 'defenders', id, action: 'reopen', user: users.editor })
    await payload.update({ collection: 'defenders', id, data: { visibility: 'public' }, ...asUser('editor') })
    await approve('defenders', id)
    expect((await published('defenders', id))._status).toBe('published')
  })
})
