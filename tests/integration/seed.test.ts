/** The demo content: complete, idempotent, readable in every locale. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { LOCALE_CODES } from '../../src/model/locales'
import { seed } from '../../src/seed'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup())

const counts = async () => {
  const out: Record<string, number> = {}
  for (const c of [
    'reports',
    'chapters',
    'testimonies',
    'defenders',
    'statistics',
    'organisations',
    'media',
    'users',
  ] as const) {
    out[c] = (await payload.count({ collection: c, overrideAccess: true })).totalDocs
  }
  return out
}

test('seeds the 2020 report once, however often it runs', async () => {
  await seed(payload)
  const first = await counts()
  // 2 sample testimonies + 2 workflow demo ones; 5 organisations + 2 fictional workflow demo ones.
  expect(first).toEqual({
    reports: 1,
    chapters: 1,
    testimonies: 4,
    defenders: 6,
    statistics: 5,
    organisations: 7,
    media: 1,
    users: 4,
  })
  await seed(payload)
  expect(await counts()).toEqual(first)
}, 120_000)

test('the Belarus chapter has real content in every locale', async () => {
  const { docs } = await payload.find({
    collection: 'chapters',
    where: { slug: { equals: 'belarus' } },
    locale: 'all',
    depth: 0,
  })
  const chapter = docs[0] as unknown as {
    title: Record<string, string>
    lead: Record<string, string>
    body: Record<string, unknown>
  }
  for (const locale of LOCALE_CODES) {
    expect(chapter.title[locale]).toBeTruthy()
    expect(chapter.lead[locale]).toBeTruthy()
    expect(chapter.body[locale]).toBeTruthy()
  }
  expect(new Set(LOCALE_CODES.map((l) => chapter.title[l])).size).toBe(LOCALE_CODES.length)
  expect(chapter.title.ar).toMatch(/بيلاروس/)
})

test('the headline statistics are numbers with qualifiers, and the six defenders are recorded without guesses', async () => {
  const { docs: stats } = await payload.find({
    collection: 'statistics',
    where: { headline: { equals: true } },
    sort: 'value',
  })
  expect(stats.map((s) => [s.value, s.qualifier])).toEqual([
    [6, 'at-least'],
    [2000, 'estimated'],
    [30000, 'more-than'],
  ])
  const { docs: defenders } = await payload.find({ collection: 'defenders', limit: 10 })
  expect(defenders).toHaveLength(6)
  for (const d of defenders) {
    expect(d.status).toBe('deprived-of-liberty') // the seed does not say detained vs house arrest
    expect(d.statusSince ?? null).toBeNull()
  }
  const ru = await payload.find({ collection: 'defenders', locale: 'ru', where: { name: { equals: 'Марфа Рабкова' } } })
  expect(ru.docs).toHaveLength(1)
})

test('the demo report is approved in every locale; the workflow demo items are not', async () => {
  type WfDoc = {
    id: number
    title?: string
    name?: string
    workflow?: { state?: string }
    translations?: { locale: string; status: string; staleFields?: string[] }[]
  }
  const all: WfDoc[] = []
  for (const collection of [
    'reports',
    'chapters',
    'testimonies',
    'defenders',
    'statistics',
    'organisations',
  ] as const) {
    const { docs } = await payload.find({ collection, draft: true, depth: 0, limit: 100, overrideAccess: true })
    all.push(...(docs as unknown as WfDoc[]))
  }
  const demo = all.filter((d) => /workflow demo/.test(String(d.title ?? d.name)))
  const real = all.filter((d) => !demo.includes(d))
  expect(real.length).toBe(1 + 1 + 2 + 6 + 5 + 5)
  for (const d of real) {
    expect(d.workflow?.state).toBe('approved')
    expect(d.translations?.map((t) => t.status)).toEqual(['approved', 'approved', 'approved', 'approved'])
  }
  const states = demo.map((d) => d.workflow?.state).sort()
  // The stale example was approved, then its English text edited: a new draft.
  expect(states).toEqual(['changes-requested', 'draft', 'draft', 'in-review'])
  const stale = demo.find((d) => /Legal Aid/.test(String(d.name)))!
  expect(stale.translations?.every((t) => t.status === 'stale' && t.staleFields?.includes('description'))).toBe(true)
  // Its approved version is still the one that would be published.
  const approved = await payload.findByID({
    collection: 'organisations',
    id: stale.id,
    draft: false,
    overrideAccess: true,
  })
  expect(approved.description).toBe('A fictional organisation offering legal aid.')
})

test("each role's dashboard shows its work", async () => {
  const { myWork } = await import('../../src/workflow/mywork')
  const editor = await myWork(payload, { roles: ['editor'] })
  expect(editor.drafts.map((i) => i.title).sort()).toEqual([
    'Example Documentation Network (fictional, workflow demo)',
    'Example Legal Aid Group (fictional, workflow demo)',
  ])
  expect(editor.changesRequested.map((i) => [i.title, i.comment])).toEqual([
    [
      'Sample testimony with changes requested (fictional, workflow demo)',
      expect.stringMatching(/Consent is still pending/),
    ],
  ])
  expect(editor.awaitingReview).toEqual([]) // editors do not review
  const reviewer = await myWork(payload, { roles: ['reviewer'] })
  expect(reviewer.awaitingReview.map((i) => i.title)).toEqual([
    'Sample testimony awaiting review (fictional, workflow demo)',
  ])
  expect(reviewer.awaitingReview[0].url).toMatch(/^\/admin\/collections\/testimonies\/\d+$/)
  const translator = await myWork(payload, { roles: ['translator'], locales: ['fr', 'ar'] })
  expect(translator.drafts).toEqual([])
  expect(translator.translations.map((t) => [t.locale, t.left])).toEqual([
    ['fr', 0],
    ['ar', 0],
  ])
  expect(translator.translations[0].total).toBeGreaterThan(10)
})

test('sample testimonies say they are fictional', async () => {
  const { docs } = await payload.find({ collection: 'testimonies', locale: 'all', depth: 0, overrideAccess: true })
  for (const t of docs as unknown as {
    title: Record<string, string>
    summary: Record<string, string>
    publicName: Record<string, string>
  }[]) {
    expect(t.summary.en).toMatch(/fictional/i)
    expect(t.publicName.en).toMatch(/fictional/i)
    if (!/workflow demo/.test(t.title.en)) expect(t.publicName.fr).toMatch(/fictif/i)
  }
})
