/**
 * Demo items left part-way through the workflow, so every dashboard has something to show. They
 * are fictional, say so, and no approved chapter refers to them.
 */
import type { Payload } from 'payload'

import { contentApi, type Doc } from '../model/local'
import { transition, type WorkflowUser } from '../workflow/transition'
import { OTHER_LOCALES } from './locales'

type Users = Record<'editor' | 'reviewer' | 'translator', WorkflowUser>

const DEMO_TAG = '(fictional, workflow demo)'

export async function seedWorkflowDemo(payload: Payload, users: Users): Promise<number> {
  const p = contentApi(payload)
  const exists = async (collection: string, field: string, value: string) =>
    (
      await p.find({
        collection,
        where: { [field]: { equals: value } },
        limit: 1,
        draft: true,
        overrideAccess: true,
        depth: 0,
      })
    ).docs.length > 0
  const asEditor = { overrideAccess: true, depth: 0, draft: true, user: users.editor }
  const step = (
    collection: 'organisations' | 'testimonies',
    id: Doc['id'],
    action: 'submit' | 'approve' | 'request-changes',
    who: WorkflowUser,
    extra: { locale?: string; comment?: string } = {},
  ) => transition(payload, { collection, id, action, user: who, ...extra })
  let made = 0

  // 1. A draft nobody has submitted yet.
  const draftName = `Example Documentation Network ${DEMO_TAG}`
  if (!(await exists('organisations', 'name', draftName))) {
    await p.create({
      collection: 'organisations',
      data: { name: draftName, kind: 'partner', description: 'A fictional organisation, still in draft.' },
      locale: 'en',
      ...asEditor,
    })
    made++
  }

  // 2. A sample testimony waiting for review.
  const reviewTitle = `Sample testimony awaiting review ${DEMO_TAG}`
  if (!(await exists('testimonies', 'title', reviewTitle))) {
    const t = await p.create({
      collection: 'testimonies',
      locale: 'en',
      ...asEditor,
      data: {
        title: reviewTitle,
        summary: 'A fictional account, written for the demo, that a reviewer has not looked at yet.',
        disclosure: 'anonymous',
        publicName: 'Witness C (fictional sample)',
        themes: ['arbitrary-detention'],
        legalName: 'Fictional Person C (demo record)',
        consent: { status: 'given', scope: ['text'], date: '2021-01-15', recordedBy: users.editor.id },
      },
    })
    await step('testimonies', t.id, 'submit', users.editor)
    made++
  }

  // 3. One sent back with a comment.
  const changesTitle = `Sample testimony with changes requested ${DEMO_TAG}`
  if (!(await exists('testimonies', 'title', changesTitle))) {
    const t = await p.create({
      collection: 'testimonies',
      locale: 'en',
      ...asEditor,
      data: {
        title: changesTitle,
        summary: 'A fictional account, written for the demo, that the reviewer sent back.',
        disclosure: 'pseudonym',
        publicName: '“Ivan” (pseudonym, fictional sample)',
        themes: ['police-violence'],
        legalName: 'Fictional Person D (demo record)',
        consent: { status: 'pending', scope: [], recordedBy: users.editor.id },
      },
    })
    await step('testimonies', t.id, 'submit', users.editor)
    await step('testimonies', t.id, 'request-changes', users.reviewer, {
      comment: 'Consent is still pending: record the signed form before this can be approved.',
    })
    made++
  }

  // 4. Approved with its translations, then the English text changed: every translation is stale.
  const staleName = `Example Legal Aid Group ${DEMO_TAG}`
  if (!(await exists('organisations', 'name', staleName))) {
    const o = await p.create({
      collection: 'organisations',
      locale: 'en',
      ...asEditor,
      data: { name: staleName, kind: 'partner', description: 'A fictional organisation offering legal aid.' },
    })
    for (const locale of OTHER_LOCALES) {
      await p.update({
        collection: 'organisations',
        id: o.id,
        locale,
        ...asEditor,
        data: { name: staleName, description: `[${locale}] A fictional organisation offering legal aid.` },
      })
    }
    await step('organisations', o.id, 'submit', users.editor)
    await step('organisations', o.id, 'approve', users.reviewer)
    for (const locale of OTHER_LOCALES) {
      await step('organisations', o.id, 'submit', users.editor, { locale })
      await step('organisations', o.id, 'approve', users.reviewer, { locale })
    }
    await p.update({
      collection: 'organisations',
      id: o.id,
      locale: 'en',
      ...asEditor,
      data: { description: 'A fictional organisation offering free legal aid to detainees and their families.' },
    })
    made++
  }
  return made
}
