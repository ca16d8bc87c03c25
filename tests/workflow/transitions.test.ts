/**
 * Every legal and illegal transition, for content and for a translation, by every role; the
 * expectations restate the table independently of the implementation.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { transition } from '../../src/workflow'
import { bootWorkflowPayload as bootPayload } from './boot'
import { createUsers, rejection, type TestUser, type UserKey } from './fixtures'

let payload: Payload
let cleanup: () => Promise<void>
let users: Record<UserKey, TestUser>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  users = await createUsers(payload)
})
afterAll(async () => cleanup?.())

const ACTIONS = ['submit', 'approve', 'request-changes', 'reopen'] as const
type Action = (typeof ACTIONS)[number]
const STAFF = ['admin', 'editor', 'reviewer']
const APPROVERS = ['admin', 'reviewer']

// ---- expectations, from the issue ----
const CONTENT_STATES = ['draft', 'in-review', 'changes-requested', 'approved'] as const
type ContentState = (typeof CONTENT_STATES)[number]
function expectContent(from: ContentState, action: Action, role: string): { status: 400 | 403 } | { to: ContentState } {
  const legal: Record<Action, ContentState[]> = {
    submit: ['draft', 'changes-requested'],
    approve: ['in-review'],
    'request-changes': ['in-review'],
    reopen: ['in-review', 'changes-requested', 'approved'],
  }
  if (!legal[action].includes(from)) return { status: 400 }
  const allowed = action === 'submit' ? STAFF : action === 'reopen' && from !== 'approved' ? STAFF : APPROVERS
  if (!allowed.includes(role)) return { status: 403 }
  return {
    to: (
      { submit: 'in-review', approve: 'approved', 'request-changes': 'changes-requested', reopen: 'draft' } as const
    )[action],
  }
}

const TRANSLATION_STATES = ['missing', 'in-progress', 'ready-for-review', 'approved', 'stale'] as const
type TranslationState = (typeof TRANSLATION_STATES)[number]
function expectTranslation(
  from: TranslationState,
  action: Action,
  role: UserKey,
): { status: 400 | 403 } | { to: TranslationState } {
  const legal: Record<Action, TranslationState[]> = {
    submit: ['in-progress', 'stale'],
    approve: ['ready-for-review'],
    'request-changes': ['ready-for-review'],
    reopen: ['approved'],
  }
  if (!legal[action].includes(from)) return { status: 400 }
  const allowed = action === 'submit' ? [...STAFF, 'translatorFr'] : APPROVERS
  if (!allowed.includes(role)) return { status: 403 }
  return {
    to: (
      {
        submit: 'ready-for-review',
        approve: 'approved',
        'request-changes': 'in-progress',
        reopen: 'in-progress',
      } as const
    )[action],
  }
}

// ---- fixtures: a document in a given state ----
let counter = 0
async function contentDoc(state: ContentState): Promise<number> {
  const doc = await payload.create({
    collection: 'organisations',
    data: { name: `Org ${++counter}`, kind: 'partner' },
    user: users.editor,
    overrideAccess: false,
  })
  const id = doc.id as number
  if (state === 'draft') return id
  await transition(payload, { collection: 'organisations', id, action: 'submit', user: users.editor })
  if (state === 'changes-requested')
    await transition(payload, {
      collection: 'organisations',
      id,
      action: 'request-changes',
      comment: 'Cite the source.',
      user: users.reviewer2,
    })
  if (state === 'approved')
    await transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer2 })
  return id
}

async function translationDoc(state: TranslationState): Promise<number> {
  const doc = await payload.create({
    collection: 'organisations',
    data: { name: `Org ${++counter}`, kind: 'partner' },
    user: users.editor,
    overrideAccess: false,
  })
  const id = doc.id as number
  if (state === 'missing') return id
  await payload.update({
    collection: 'organisations',
    id,
    locale: 'fr',
    data: { name: `Org FR ${counter}` },
    user: users.translatorFr,
    overrideAccess: false,
  })
  if (state === 'in-progress') return id
  await transition(payload, {
    collection: 'organisations',
    id,
    action: 'submit',
    locale: 'fr',
    user: users.translatorFr,
  })
  if (state === 'ready-for-review') return id
  await transition(payload, { collection: 'organisations', id, action: 'approve', locale: 'fr', user: users.reviewer2 })
  if (state === 'approved') return id
  await payload.update({
    collection: 'organisations',
    id,
    data: { name: `Org ${counter} renamed` },
    user: users.editor,
    overrideAccess: false,
  })
  return id
}

async function snapshot(id: number) {
  const latest = await payload.findByID({
    collection: 'organisations',
    id,
    draft: true,
    overrideAccess: true,
    depth: 0,
  })
  const main = await payload.findByID({ collection: 'organisations', id, draft: false, overrideAccess: true, depth: 0 })
  const versions = await payload.countVersions({ collection: 'organisations', where: { parent: { equals: id } } })
  const fr = ((latest.translations ?? []) as Array<{ locale: string; status: string }>).find((r) => r.locale === 'fr')
  return { state: latest.workflow?.state, fr: fr?.status, mainStatus: main._status, versions: versions.totalDocs }
}

const ROLES: UserKey[] = ['admin', 'editor', 'reviewer', 'translatorFr']
const failureDocs = new Map<string, number>()

describe('content transitions (state × action × role)', () => {
  const cases = CONTENT_STATES.flatMap((from) =>
    ACTIONS.flatMap((action) => ROLES.map((role) => [from, action, role] as const)),
  )
  test.each(cases)('%s --%s--> by %s', async (from, action, role) => {
    const expected = expectContent(from, action, role)
    if ('status' in expected) {
      // Refusals change nothing, so one document per state serves every refusal.
      if (!failureDocs.has(from)) failureDocs.set(from, await contentDoc(from))
      const id = failureDocs.get(from)!
      const before = await snapshot(id)
      const err = await rejection(
        transition(payload, { collection: 'organisations', id, action, comment: 'Because.', user: users[role] }),
      )
      expect(err.status).toBe(expected.status)
      expect(err.message.length).toBeGreaterThan(20)
      expect(await snapshot(id)).toEqual(before)
      return
    }
    const id = await contentDoc(from)
    const result = await transition(payload, {
      collection: 'organisations',
      id,
      action,
      comment: 'Because.',
      user: users[role],
    })
    expect(result).toMatchObject({ from, to: expected.to })
    const after = await snapshot(id)
    expect(after.state).toBe(expected.to)
    expect(after.mainStatus).toBe(expected.to === 'approved' ? 'published' : 'draft')
  })
})

describe('translation transitions for fr (state × action × role)', () => {
  const roles: UserKey[] = ['admin', 'editor', 'reviewer', 'translatorFr', 'translatorRu']
  const cases = TRANSLATION_STATES.flatMap((from) =>
    ACTIONS.flatMap((action) => roles.map((role) => [from, action, role] as const)),
  )
  const trFailureDocs = new Map<string, number>()
  test.each(cases)('%s --%s--> by %s', async (from, action, role) => {
    const expected = expectTranslation(from, action, role)
    if ('status' in expected) {
      if (!trFailureDocs.has(from)) trFailureDocs.set(from, await translationDoc(from))
      const id = trFailureDocs.get(from)!
      const before = await snapshot(id)
      expect(before.fr).toBe(from)
      const err = await rejection(
        transition(payload, {
          collection: 'organisations',
          id,
          action,
          locale: 'fr',
          comment: 'Because.',
          user: users[role],
        }),
      )
      expect(err.status).toBe(expected.status)
      expect(await snapshot(id)).toEqual(before)
      return
    }
    const id = await translationDoc(from)
    expect((await snapshot(id)).fr).toBe(from)
    const result = await transition(payload, {
      collection: 'organisations',
      id,
      action,
      locale: 'fr',
      comment: 'Because.',
      user: users[role],
    })
    expect(result).toMatchObject({ from, to: expected.to, locale: 'fr' })
    const after = await snapshot(id)
    expect(after.fr).toBe(expected.to)
    // A translation transition never publishes or unpublishes the content.
    expect(after.mainStatus).toBe('draft')
  })
})

describe('input checks', () => {
  test('request-changes needs a comment', async () => {
    const id = await contentDoc('in-review')
    const err = await rejection(
      transition(payload, { collection: 'organisations', id, action: 'request-changes', user: users.reviewer }),
    )
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/comment/)
  })
  test('no user, unknown action, unknown locale, unknown collection, unknown id', async () => {
    const id = await contentDoc('draft')
    expect(
      (await rejection(transition(payload, { collection: 'organisations', id, action: 'submit', user: null }))).status,
    ).toBe(401)
    expect(
      (
        await rejection(
          transition(payload, { collection: 'organisations', id, action: 'publish' as never, user: users.admin }),
        )
      ).status,
    ).toBe(400)
    expect(
      (
        await rejection(
          transition(payload, { collection: 'organisations', id, action: 'submit', locale: 'de', user: users.admin }),
        )
      ).status,
    ).toBe(400)
    expect(
      (await rejection(transition(payload, { collection: 'media', id, action: 'submit', user: users.admin }))).status,
    ).toBe(400)
    expect(
      (
        await rejection(
          transition(payload, { collection: 'organisations', id: 999999, action: 'submit', user: users.admin }),
        )
      ).status,
    ).toBe(404)
  })
  test('the comment and who/when are recorded', async () => {
    const id = await contentDoc('in-review')
    await transition(payload, {
      collection: 'organisations',
      id,
      action: 'request-changes',
      comment: 'Name the source.',
      user: users.reviewer,
    })
    const doc = await payload.findByID({ collection: 'organisations', id, draft: true, overrideAccess: true, depth: 0 })
    expect(doc.workflow).toMatchObject({
      state: 'changes-requested',
      comment: 'Name the source.',
      submittedBy: users.editor.id,
    })
    await transition(payload, { collection: 'organisations', id, action: 'submit', user: users.editor })
    await transition(payload, { collection: 'organisations', id, action: 'approve', user: users.reviewer })
    const approved = await payload.findByID({
      collection: 'organisations',
      id,
      draft: false,
      overrideAccess: true,
      depth: 0,
    })
    expect(approved.workflow?.approvedBy).toBe(users.reviewer.id)
    expect(new Date(approved.workflow?.approvedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(approved.workflow?.approvedVersion).toBeTruthy()
  })
})
