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

type Api = ReturnType<typeof contentApi>
interface Demo {
  payload: Payload
  p: Api
  users: Users
  asEditor: { overrideAccess: true; depth: 0; draft: true; user: WorkflowUser }
}
const step = (
  d: Demo,
  collection: 'organisations' | 'testimonies',
  id: Doc['id'],
  action: 'submit' | 'approve' | 'request-changes',
  who: WorkflowUser,
  extra: { locale?: string; comment?: string } = {},
) => transition(d.payload, { collection, id, action, user: who, ...extra })

/** A demo item: found by one field's value (so a second run makes nothing), or made. */
interface Item {
  collection: 'organisations' | 'testimonies'
  field: 'name' | 'title'
  value: string
  make: (d: Demo, value: string) => Promise<unknown>
}

const ITEMS: Item[] = [
  // 1. A draft nobody has submitted yet.
  {
    collection: 'organisations',
    field: 'name',
    value: `Example Documentation Network ${DEMO_TAG}`,
    make: (d, name) =>
      d.p.create({
        collection: 'organisations',
        data: { name, kind: 'partner', description: 'A fictional organisation, still in draft.' },
        locale: 'en',
        ...d.asEditor,
      }),
  },
  // 2. A sample testimony waiting for review.
  {
    collection: 'testimonies',
    field: 'title',
    value: `Sample testimony awaiting review ${DEMO_TAG}`,
    async make(d, title) {
      const t = await d.p.create({
        collection: 'testimonies',
        locale: 'en',
        ...d.asEditor,
        data: {
          title,
          summary: 'A fictional account, written for the demo, that a reviewer has not looked at yet.',
          disclosure: 'anonymous',
          publicName: 'Witness C (fictional sample)',
          themes: ['arbitrary-detention'],
          legalName: 'Fictional Person C (demo record)',
          consent: { status: 'given', scope: ['text'], date: '2021-01-15', recordedBy: d.users.editor.id },
        },
      })
      await step(d, 'testimonies', t.id, 'submit', d.users.editor)
    },
  },
  // 3. One sent back with a comment.
  {
    collection: 'testimonies',
    field: 'title',
    value: `Sample testimony with changes requested ${DEMO_TAG}`,
    async make(d, title) {
      const t = await d.p.create({
        collection: 'testimonies',
        locale: 'en',
        ...d.asEditor,
        data: {
          title,
          summary: 'A fictional account, written for the demo, that the reviewer sent back.',
          disclosure: 'pseudonym',
          publicName: '“Ivan” (pseudonym, fictional sample)',
          themes: ['police-violence'],
          legalName: 'Fictional Person D (demo record)',
          consent: { status: 'pending', scope: [], recordedBy: d.users.editor.id },
        },
      })
      await step(d, 'testimonies', t.id, 'submit', d.users.editor)
      await step(d, 'testimonies', t.id, 'request-changes', d.users.reviewer, {
        comment: 'Consent is still pending: record the signed form before this can be approved.',
      })
    },
  },
  // 4. Approved with its translations, then the English text changed: every translation is stale.
  { collection: 'organisations', field: 'name', value: `Example Legal Aid Group ${DEMO_TAG}`, make: staleOrganisation },
]

async function staleOrganisation(d: Demo, name: string) {
  const o = await d.p.create({
    collection: 'organisations',
    locale: 'en',
    ...d.asEditor,
    data: { name, kind: 'partner', description: 'A fictional organisation offering legal aid.' },
  })
  for (const locale of OTHER_LOCALES) {
    await d.p.update({
      collection: 'organisations',
      id: o.id,
      locale,
      ...d.asEditor,
      data: { name, description: `[${locale}] A fictional organisation offering legal aid.` },
    })
  }
  await step(d, 'organisations', o.id, 'submit', d.users.editor)
  await step(d, 'organisations', o.id, 'approve', d.users.reviewer)
  for (const locale of OTHER_LOCALES) {
    await step(d, 'organisations', o.id, 'submit', d.users.editor, { locale })
    await step(d, 'organisations', o.id, 'approve', d.users.reviewer, { locale })
  }
  await d.p.update({
    collection: 'organisations',
    id: o.id,
    locale: 'en',
    ...d.asEditor,
    data: { description: 'A fictional organisation offering free legal aid to detainees and their families.' },
  })
}

/** Makes the demo items that do not exist yet; returns how many it made. */
export async function seedWorkflowDemo(payload: Payload, users: Users): Promise<number> {
  const p = contentApi(payload)
  const d: Demo = { payload, p, users, asEditor: { overrideAccess: true, depth: 0, draft: true, user: users.editor } }
  let made = 0
  for (const item of ITEMS) {
    const found = await p.find({
      collection: item.collection,
      where: { [item.field]: { equals: item.value } },
      limit: 1,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    if (found.docs.length) continue
    await item.make(d, item.value)
    made++
  }
  return made
}
