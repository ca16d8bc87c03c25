/**
 * The translation dashboard's index (src/workflow/reportIndex.ts) keeps what it worked out between
 * visits: after every kind of change, by the Local API and straight through the database adapter
 * (as another instance's or an import's write arrives), the dashboard must equal one computed from
 * nothing but the database.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { translationDashboard } from '../../src/workflow'
import { forgetReportIndex, reportIndexRebuilt, SETTLE_MS } from '../../src/workflow/reportIndex'
import { helpers, workflowSuite } from './context'
import { richText } from './fixtures'

const w = workflowSuite()
const { asUser } = helpers(w)
let payload: Payload
const ids: Record<string, number> = {}

/** The dashboard from the index, and from the database alone (a fresh index). */
async function both(report?: number) {
  const kept = await translationDashboard(payload, { report })
  forgetReportIndex(payload)
  const fresh = await translationDashboard(payload, { report })
  return { kept, fresh }
}

const stat = (label: string, chapter?: number) =>
  payload.create({
    collection: 'statistics',
    data: { label, value: 3, qualifier: 'exact', asOf: '2020-12-31', source: { title: 'Sample' }, chapter },
    ...asUser('editor'),
  })

beforeAll(async () => {
  ;({ payload } = w)
  const report = await payload.create({
    collection: 'reports',
    data: { title: 'Index report', year: 2032 } as never,
    ...asUser('editor'),
  })
  ids.report = report.id as number
  const chapter = await payload.create({
    collection: 'chapters',
    data: { title: 'Sample chapter', report: report.id, order: 1, kind: 'country', country: 'BY' } as never,
    ...asUser('editor'),
  })
  ids.chapter = chapter.id as number
  ids.stat = (await stat('Sample figure', chapter.id as number)).id as number
  ids.headline = (await stat('Sample headline figure')).id as number
  const testimony = await payload.create({
    collection: 'testimonies',
    data: {
      title: 'Sample testimony (fictional witness)',
      summary: 'A fictional sample.',
      body: richText('A sample account, written for the test.'),
      disclosure: 'anonymous',
      consent: { status: 'given', scope: ['text'] },
      chapter: chapter.id,
    } as never,
    ...asUser('editor'),
  })
  ids.testimony = testimony.id as number
  forgetReportIndex(payload)
  await translationDashboard(payload) // the index is built
})

describe('the translation dashboard index', () => {
  const changes: Array<[string, () => Promise<unknown>]> = [
    [
      'a source edit (every locale stale or missing)',
      () =>
        payload.update({
          collection: 'chapters',
          id: ids.chapter,
          data: { lead: 'A changed sample lead.' } as never,
          ...asUser('editor'),
        }),
    ],
    [
      'a translation',
      () =>
        payload.update({
          collection: 'statistics',
          id: ids.stat,
          locale: 'fr',
          data: { label: 'Chiffre' } as never,
          ...asUser('translatorFr'),
        }),
    ],
    ['a new statistic pointing to the chapter', () => stat('Another sample figure', ids.chapter)],
    [
      'a headline statistic added to the chapter',
      () =>
        payload.update({
          collection: 'chapters',
          id: ids.chapter,
          data: { headlineStatistics: [ids.headline] } as never,
          ...asUser('editor'),
        }),
    ],
    [
      'a testimony trashed',
      () =>
        payload.update({
          collection: 'testimonies',
          id: ids.testimony,
          data: { deletedAt: new Date().toISOString() } as never,
          overrideAccess: true,
        }),
    ],
    ['a statistic deleted', () => payload.delete({ collection: 'statistics', id: ids.stat, overrideAccess: true })],
    [
      'a statistic written by the adapter with an old stamp (another instance, an import)',
      async () => {
        const old = new Date(Date.now() - 10 * SETTLE_MS).toISOString()
        const data = {
          label: 'Imported sample figure',
          value: 1,
          qualifier: 'exact',
          asOf: '2020-12-31',
          chapter: ids.chapter,
          workflow: { state: 'draft' },
          _status: 'draft',
          createdAt: old,
          updatedAt: old,
        }
        const doc = await payload.db.create({ collection: 'statistics', data })
        ids.imported = doc.id as number
        await payload.db.createVersion({
          collectionSlug: 'statistics',
          parent: doc.id,
          versionData: { ...data, id: doc.id } as never,
          autosave: false,
          createdAt: old,
          updatedAt: old,
        })
      },
    ],
    [
      'a second chapter',
      () =>
        payload.create({
          collection: 'chapters',
          data: { title: 'Second sample chapter', report: ids.report, order: 0, kind: 'thematic' } as never,
          ...asUser('editor'),
        }),
    ],
    [
      'a second report',
      () =>
        payload.create({
          collection: 'reports',
          data: { title: 'Another report', year: 2033 } as never,
          ...asUser('editor'),
        }),
    ],
  ]
  test.each(changes)('after %s, equals the dashboard computed from the database', async (_what, change) => {
    await translationDashboard(payload) // the index as it was
    await change()
    const { kept, fresh } = await both()
    expect(kept).toEqual(fresh)
  })

  test('the index sees each of these changes (the test is not comparing two empty dashboards)', async () => {
    const [, first] = await translationDashboard(payload)
    const fr = first.locales.find((l) => l.locale === 'fr')!
    const left = fr.left.map((i) => `${i.collection}:${i.title}`)
    expect(left).toEqual(
      expect.arrayContaining([
        'chapters:Second sample chapter',
        'statistics:Another sample figure',
        'statistics:Sample headline figure',
      ]),
    )
    expect(fr.left.some((i) => i.collection === 'statistics' && i.id === ids.imported)).toBe(true)
    expect(left.join()).not.toContain('Sample testimony')
    expect(left.join()).not.toMatch(/statistics:Sample figure(,|$)/)
    expect(fr.counts['in-progress'] + fr.counts.missing + fr.counts.stale).toBe(fr.left.length)
    // Report order: the second chapter (position 0) comes before the first.
    expect(left.indexOf('chapters:Second sample chapter')).toBeLessThan(left.indexOf('chapters:Sample chapter'))
  })

  test('a save stamped long before it committed, that changes no count, is seen by the background rebuild', async () => {
    await translationDashboard(payload)
    // The headline statistic's latest version rewritten in place, stamped well before the previous
    // visit (as a transaction that committed long after it stamped would leave it).
    const old = new Date(Date.now() - 10 * SETTLE_MS).toISOString()
    const [latest] = (
      await payload.findVersions({
        collection: 'statistics',
        where: { parent: { equals: ids.headline }, latest: { equals: true } },
        locale: 'all',
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs
    const version = latest.version as unknown as Record<string, unknown>
    const label = { ...(version.label as Record<string, string>), en: 'Late-committed sample figure' }
    await payload.db.updateVersion({
      collection: 'statistics',
      id: latest.id,
      versionData: { ...latest, version: { ...version, label, updatedAt: old }, updatedAt: old } as never,
    })
    const title = async () =>
      (await translationDashboard(payload))
        .flatMap((r) => r.locales[0].left)
        .find((i) => i.collection === 'statistics' && i.id === ids.headline)?.title
    expect(await title()).toBe('Sample headline figure') // the two checks cannot see it
    process.env.FOLIO_DASHBOARD_REBUILD_S = '0'
    try {
      await translationDashboard(payload) // starts the rebuild
      await reportIndexRebuilt(payload)
    } finally {
      delete process.env.FOLIO_DASHBOARD_REBUILD_S
    }
    expect(await title()).toBe('Late-committed sample figure')
    const { kept, fresh } = await both()
    expect(kept).toEqual(fresh)
  })
})
