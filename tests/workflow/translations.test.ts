/**
 * Editorial workflow rules: Translation staleness, approved translations of nested localised fields, the translation dashboard.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import {
  getApprovedDocument,
  getApprovedDocumentLocales,
  transition,
  translationDashboard,
  translationStatus,
} from '../../src/workflow'
import { helpers, workflowSuite } from './context'
import { richText, type TestUser, type UserKey } from './fixtures'
import { assignedTo } from '../../src/workflow/mywork'
import { staleDiffs } from '../../src/workflow/staleDiff'

const w = workflowSuite()
const { asUser, approve } = helpers(w)
let payload: Payload
let users: Record<UserKey, TestUser>
beforeAll(() => {
  ;({ payload, users } = w)
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
          { op: 'same', text: 'Partner ' },
          { op: 'added', text: 'organisation' },
        ],
      },
    ])
  })
})
