/**
 * Editorial workflow rules: approval is the only way to publish, the approved version stays
 * published while a newer draft exists, four-eyes, testimony consent and withdrawal, confidential
 * defenders, translation staleness, the dashboard, the audit trail, no hard delete of published content.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import {
  getApprovedDocument,
  getApprovedDocumentLocales,
  transition,
  translationDashboard,
  translationStatus,
} from '../../src/workflow'
import { createUsers, rejection, richText, type TestUser, type UserKey } from './fixtures'
import { bootWorkflowPayload } from './boot'
import { assignedTo } from '../../src/workflow/mywork'
import { staleDiffs } from '../../src/workflow/staleDiff'

let payload: Payload
let cleanup: () => Promise<void>
let users: Record<UserKey, TestUser>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootWorkflowPayload())
  users = await createUsers(payload)
})
afterAll(async () => cleanup?.())

const asUser = (key: UserKey) => ({ user: users[key], overrideAccess: false as const })

async function approve(
  collection: 'organisations' | 'testimonies' | 'defenders' | 'statistics' | 'reports' | 'chapters',
  id: number,
  by: UserKey = 'reviewer',
  submitter: UserKey = 'editor',
) {
  await transition(payload, { collection, id, action: 'submit', user: users[submitter] })
  return transition(payload, { collection, id, action: 'approve', user: users[by] })
}

// biome-ignore lint/suspicious/noExplicitAny: the test reads documents of several collections loosely
type AnyDoc = Record<string, any>
const published = (collection: 'organisations' | 'testimonies' | 'defenders', id: number) =>
  payload.findByID({ collection, id, draft: false, overrideAccess: true, depth: 0 }) as Promise<AnyDoc>
const latest = (collection: 'organisations' | 'testimonies' | 'defenders', id: number, locale = 'en') =>
  payload.findByID({
    collection,
    id,
    draft: true,
    overrideAccess: true,
    depth: 0,
    locale: locale as 'en',
  }) as Promise<AnyDoc>

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

describe('translation staleness', () => {
  let id: number
  const body = richText('Detainees were beaten on arrival.', 'Many were held for days.')
  beforeAll(async () => {
    id = (
      await payload.create({
        collection: 'testimonies',
        data: {
          title: 'Arrival',
          summary: 'Beatings on arrival.',
          body,
          disclosure: 'anonymous',
          consent: { status: 'given', scope: ['text'] },
        } as never,
        ...asUser('editor'),
      })
    ).id as number
    await approve('testimonies', id)
    await payload.update({
      collection: 'testimonies',
      id,
      locale: 'fr',
      data: {
        title: 'Arrivée',
        summary: "Passages à tabac à l'arrivée.",
        body: richText('Les détenus ont été battus.', 'Beaucoup ont été détenus des jours.'),
      } as never,
      ...asUser('translatorFr'),
    })
    await transition(payload, {
      collection: 'testimonies',
      id,
      action: 'submit',
      locale: 'fr',
      user: users.translatorFr,
    })
    await transition(payload, { collection: 'testimonies', id, action: 'approve', locale: 'fr', user: users.reviewer })
  })
  const fr = async () => (await translationStatus(payload, 'testimonies', id, 'fr')).translations[0]

  test('approved fr is served by getApprovedDocument', async () => {
    expect(await fr()).toMatchObject({ status: 'approved', staleFields: [] })
    const doc = await getApprovedDocument(payload, 'testimonies', id, 'fr')
    expect(doc).toMatchObject({
      status: 'approved',
      locale: 'fr',
      doc: { title: 'Arrivée', summary: "Passages à tabac à l'arrivée." },
    })
    expect(await getApprovedDocument(payload, 'testimonies', id, 'ru')).toMatchObject({ status: 'missing', doc: null })
  })

  test('a whitespace-only edit of the source does not make it stale', async () => {
    const spaced = richText('Detainees  were beaten on arrival. ', '', 'Many were held for days.')
    await payload.update({
      collection: 'testimonies',
      id,
      data: { summary: '  Beatings   on arrival.\n', body: spaced } as never,
      ...asUser('editor'),
    })
    expect(await fr()).toMatchObject({ status: 'approved', staleFields: [] })
  })

  test('changing a word makes it stale, naming the changed fields; approved en keeps the approved fr', async () => {
    await payload.update({
      collection: 'testimonies',
      id,
      data: { summary: 'Beatings on arrival and in custody.' } as never,
      ...asUser('editor'),
    })
    expect(await fr()).toMatchObject({ status: 'stale', staleFields: ['summary'] })
    // The approved English text has not changed yet: the approved French still matches it.
    expect((await getApprovedDocument(payload, 'testimonies', id, 'fr')).status).toBe('approved')
    await approve('testimonies', id)
    const stale = await getApprovedDocument(payload, 'testimonies', id, 'fr')
    expect(stale).toMatchObject({ status: 'stale', doc: null, staleFields: ['summary'] })
  })

  test('the translator updates the stale field; after approval fr is served again', async () => {
    await payload.update({
      collection: 'testimonies',
      id,
      locale: 'fr',
      data: { summary: "Passages à tabac à l'arrivée et en détention." } as never,
      ...asUser('translatorFr'),
    })
    expect(await fr()).toMatchObject({ status: 'in-progress', staleFields: [] })
    await transition(payload, {
      collection: 'testimonies',
      id,
      action: 'submit',
      locale: 'fr',
      user: users.translatorFr,
    })
    await transition(payload, { collection: 'testimonies', id, action: 'approve', locale: 'fr', user: users.reviewer2 })
    const doc = await getApprovedDocument(payload, 'testimonies', id, 'fr')
    expect(doc).toMatchObject({
      status: 'approved',
      doc: { summary: "Passages à tabac à l'arrivée et en détention.", title: 'Arrivée' },
    })
    // An unapproved fr edit is not served: the approved fr text stays.
    await payload.update({
      collection: 'testimonies',
      id,
      locale: 'fr',
      data: { title: 'Arrivée (brouillon)' } as never,
      ...asUser('translatorFr'),
    })
    expect(await fr()).toMatchObject({ status: 'in-progress' })
    expect((await getApprovedDocument(payload, 'testimonies', id, 'fr')).doc).toMatchObject({ title: 'Arrivée' })
  })

  test('a rich-text word change names the rich-text field', async () => {
    await payload.update({
      collection: 'testimonies',
      id,
      data: { body: richText('Detainees were beaten on arrival.', 'Most were held for days.') } as never,
      ...asUser('editor'),
    })
    expect(await fr()).toMatchObject({ status: 'stale', staleFields: ['body'] })
  })
})

describe('approved translations of nested localised fields', () => {
  test('array rows keep the approved non-localised values and take the approved translation of their localised ones', async () => {
    const report = await payload.create({
      collection: 'reports',
      data: { title: 'Nested report', year: 2032 } as never,
      ...asUser('editor'),
    })
    const chapter = await payload.create({
      collection: 'chapters',
      data: {
        title: 'Links',
        report: report.id,
        order: 1,
        kind: 'thematic',
        lead: 'Lead text.',
        furtherReading: [{ title: 'Briefing', url: 'https://example.org/b', kind: 'briefing' }],
      } as never,
      ...asUser('editor'),
    })
    const id = chapter.id as number
    const rowId = (chapter.furtherReading as Array<{ id: string }>)[0].id
    // A translator's write that changes the row's shared URL and kind is refused whole, naming them.
    await expect(
      payload.update({
        collection: 'chapters',
        id,
        locale: 'fr',
        data: {
          title: 'Liens',
          lead: 'Chapeau.',
          furtherReading: [{ id: rowId, title: 'Note', url: 'https://evil.example', kind: 'video' }],
        } as never,
        ...asUser('translatorFr'),
      }),
    ).rejects.toThrow(/furtherReading\.url, furtherReading\.kind are shared by every language/)
    // Adding or removing rows of the shared list is refused too.
    await expect(
      payload.update({
        collection: 'chapters',
        id,
        locale: 'fr',
        data: { furtherReading: [] } as never,
        ...asUser('translatorFr'),
      }),
    ).rejects.toThrow(/furtherReading .*shared by every language/)
    await payload.update({
      collection: 'chapters',
      id,
      locale: 'fr',
      data: {
        title: 'Liens',
        lead: 'Chapeau.',
        furtherReading: [{ id: rowId, title: 'Note', url: 'https://example.org/b', kind: 'briefing' }],
      } as never,
      ...asUser('translatorFr'),
    })
    await transition(payload, { collection: 'chapters', id, action: 'submit', user: users.editor })
    await transition(payload, { collection: 'chapters', id, action: 'approve', user: users.reviewer })
    await transition(payload, { collection: 'chapters', id, action: 'submit', locale: 'fr', user: users.translatorFr })
    await transition(payload, { collection: 'chapters', id, action: 'approve', locale: 'fr', user: users.reviewer })
    const all = await getApprovedDocumentLocales(payload, 'chapters', id, ['en', 'fr', 'es'])
    expect(all.en.doc).toMatchObject({
      title: 'Links',
      lead: 'Lead text.',
      furtherReading: [{ title: 'Briefing', url: 'https://example.org/b', kind: 'briefing' }],
    })
    expect(all.fr.doc).toMatchObject({
      title: 'Liens',
      lead: 'Chapeau.',
      furtherReading: [{ title: 'Note', url: 'https://example.org/b', kind: 'briefing' }],
    })
    expect(all.es).toMatchObject({ status: 'missing', doc: null })
    // The one-locale call gives the same answers.
    for (const l of ['en', 'fr', 'es']) expect(await getApprovedDocument(payload, 'chapters', id, l)).toEqual(all[l])
  })
})

describe('translation dashboard', () => {
  test('counts per report and locale, and what is left, with admin links', async () => {
    const report = await payload.create({
      collection: 'reports',
      data: { title: 'Dashboard report', year: 2031 } as never,
      ...asUser('editor'),
    })
    const org = await payload.create({
      collection: 'organisations',
      data: { name: 'Partner', kind: 'partner' },
      ...asUser('editor'),
    })
    const chapter = await payload.create({
      collection: 'chapters',
      data: {
        title: 'Belarus',
        report: report.id,
        order: 1,
        kind: 'country',
        country: 'BY',
        partners: [org.id],
      } as never,
      ...asUser('editor'),
    })
    const stat = await payload.create({
      collection: 'statistics',
      data: {
        label: 'Detained',
        value: 30000,
        qualifier: 'more-than',
        asOf: '2020-12-31',
        source: { title: 'Viasna' },
        chapter: chapter.id,
      },
      ...asUser('editor'),
    })
    // fr: report approved, chapter ready for review, statistic in progress, organisation stale.
    const tr = (
      collection: 'reports' | 'chapters' | 'statistics' | 'organisations',
      id: number,
      data: Record<string, unknown>,
    ) => payload.update({ collection, id, locale: 'fr', data: data as never, ...asUser('translatorFr') })
    await tr('reports', report.id as number, { title: 'Rapport' })
    await transition(payload, {
      collection: 'reports',
      id: report.id,
      action: 'submit',
      locale: 'fr',
      user: users.translatorFr,
    })
    await transition(payload, {
      collection: 'reports',
      id: report.id,
      action: 'approve',
      locale: 'fr',
      user: users.reviewer,
    })
    await tr('chapters', chapter.id as number, { title: 'Biélorussie' })
    await transition(payload, {
      collection: 'chapters',
      id: chapter.id,
      action: 'submit',
      locale: 'fr',
      user: users.translatorFr,
    })
    await tr('statistics', stat.id as number, { label: 'Détenus' })
    await tr('organisations', org.id as number, { name: 'Partenaire' })
    await payload.update({
      collection: 'organisations',
      id: org.id,
      data: { name: 'Partner organisation' },
      ...asUser('editor'),
    })

    const [dash] = await translationDashboard(payload, { report: report.id, locales: ['fr', 'es'] })
    expect(dash.report).toMatchObject({ id: report.id, title: 'Dashboard report', year: 2031 })
    const fr = dash.locales.find((l) => l.locale === 'fr')!
    expect(fr.counts).toEqual({ missing: 0, 'in-progress': 1, 'ready-for-review': 1, approved: 1, stale: 1 })
    expect(fr.total).toBe(4)
    expect(fr.left.map((i) => `${i.collection}:${i.status}`).sort()).toEqual([
      'chapters:ready-for-review',
      'organisations:stale',
      'statistics:in-progress',
    ])
    expect(fr.left.find((i) => i.collection === 'organisations')).toMatchObject({
      staleFields: ['name'],
      url: `/admin/collections/organisations/${org.id}?locale=fr`,
    })
    const es = dash.locales.find((l) => l.locale === 'es')!
    expect(es.counts).toEqual({ missing: 4, 'in-progress': 0, 'ready-for-review': 0, approved: 0, stale: 0 })
    expect(es.left).toHaveLength(4)

    // In words: the organisation's name is stale (2 words now), es has everything still to do.
    const orgItem = fr.left.find((i) => i.collection === 'organisations')!
    expect(orgItem.words).toMatchObject({ words: 2, stale: 2, translated: 0, missing: 0, staleFields: ['name'] })
    expect(fr.words.translated + fr.words.missing + fr.words.stale).toBe(fr.words.words)
    expect(fr.words.translated).toBeGreaterThanOrEqual(3) // Rapport, Biélorussie, Détenus
    expect(es.words).toMatchObject({ words: fr.words.words, missing: fr.words.words, translated: 0, stale: 0 })
    // Report order: the report, then its chapter, then what the chapter uses.
    expect(es.left.map((i) => i.collection)).toEqual(['reports', 'chapters', 'organisations', 'statistics'])
    // Assignments: overdue first on the translator's list; a translator reads only their own.
    const assign = (collection: string, docId: unknown, assignee: TestUser, due: string) =>
      payload.create({
        collection: 'translation-assignments',
        data: { collection, docId: String(docId), locale: 'fr', assignee: assignee.id, due } as never,
        overrideAccess: true,
      })
    await assign('organisations', org.id, users.translatorFr, '2999-01-01')
    await assign('statistics', stat.id, users.translatorFr, '2000-01-01')
    await assign('chapters', chapter.id, users.translatorRu, '2000-01-01')
    const [withAssignments] = await translationDashboard(payload, { report: report.id, locales: ['fr'] })
    expect(assignedTo([withAssignments], users.translatorFr).map((a) => [a.collection, a.due, a.overdue])).toEqual([
      ['statistics', '2000-01-01', true],
      ['organisations', '2999-01-01', false],
    ])
    const seen = await payload.find({ collection: 'translation-assignments', ...asUser('translatorFr') })
    expect(seen.docs.map((d) => (d as { collection: string }).collection).sort()).toEqual([
      'organisations',
      'statistics',
    ])
    // What changed in the stale source: a word diff against the version the translation was made from.
    const diffs = await staleDiffs(payload, [orgItem.stale!])
    expect(diffs.get(`organisations:${org.id}`)).toEqual([
      {
        field: 'name',
        earlierFound: true,
        ops: [
          { op: 'same', text: 'Partner' },
          { op: 'added', text: ' organisation' },
        ],
      },
    ])
  })
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
