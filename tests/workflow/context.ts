/**
 * The workflow suites' shared setup: one Payload on a fresh SQLite database per test file, the test
 * users, and the few helpers every suite uses. `workflowSuite()` registers the hooks; the returned
 * object's fields are set once `beforeAll` has run.
 */
import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'

import { transition } from '../../src/workflow'
import { bootWorkflowPayload } from './boot'
import { createUsers, type TestUser, type UserKey } from './fixtures'

export interface WorkflowSuite {
  payload: Payload
  users: Record<UserKey, TestUser>
}

export function workflowSuite(): WorkflowSuite {
  const suite = {} as WorkflowSuite
  let cleanup: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const booted = await bootWorkflowPayload()
    cleanup = booted.cleanup
    suite.payload = booted.payload
    suite.users = await createUsers(booted.payload)
  })
  afterAll(async () => cleanup?.())
  return suite
}

type Reviewed = 'organisations' | 'testimonies' | 'defenders' | 'statistics' | 'reports' | 'chapters'
type Read = 'organisations' | 'testimonies' | 'defenders'
// biome-ignore lint/suspicious/noExplicitAny: the tests read documents of several collections loosely
export type AnyDoc = Record<string, any>

/** The helpers bound to a suite. */
export const helpers = (w: WorkflowSuite) => ({
  asUser: (key: UserKey) => ({ user: w.users[key], overrideAccess: false as const }),
  /** Submitted by `submitter`, approved by `by`. */
  async approve(collection: Reviewed, id: number, by: UserKey = 'reviewer', submitter: UserKey = 'editor') {
    await transition(w.payload, { collection, id, action: 'submit', user: w.users[submitter] })
    return transition(w.payload, { collection, id, action: 'approve', user: w.users[by] })
  },
  published: (collection: Read, id: number) =>
    w.payload.findByID({ collection, id, draft: false, overrideAccess: true, depth: 0 }) as Promise<AnyDoc>,
  latest: (collection: Read, id: number, locale = 'en') =>
    w.payload.findByID({
      collection,
      id,
      draft: true,
      overrideAccess: true,
      depth: 0,
      locale: locale as 'en',
    }) as Promise<AnyDoc>,
})
