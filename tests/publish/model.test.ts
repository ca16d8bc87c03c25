/**
 * The bundle's view of the model is derived from the declared collections (src/publish/bundle/model.ts).
 * These are the tables it derives today: a change to the collections that changes what the bundle
 * translates or follows shows here, to be looked at on purpose.
 */
import { describe, expect, test } from '@jest/globals'

import { confidentialFields } from '../../src/model/registry'
import { LOCALIZED_FIELDS, RELATIONSHIPS, TITLE_FIELD } from '../../src/publish/bundle/model'

describe('the bundle model derived from the collections', () => {
  test('translatable fields, in declaration order', () => {
    const paths = Object.fromEntries(
      Object.entries(LOCALIZED_FIELDS).map(([c, fs]) => [c, fs.map((f) => (f.richText ? `${f.path} (rich)` : f.path))]),
    )
    expect(paths).toEqual({
      reports: ['title', 'subtitle', 'introduction (rich)'],
      chapters: ['title', 'lead', 'body (rich)', 'furtherReading[].title'],
      testimonies: ['title', 'summary', 'body (rich)', 'place', 'contentWarning', 'publicName'],
      defenders: ['name', 'role', 'charges', 'timeline[].event', 'biography (rich)'],
      statistics: ['label', 'unit', 'source.title', 'methodology'],
      organisations: ['name', 'description'],
      media: ['alt', 'caption'],
    })
  })

  test('relationships the bundle follows (never back to reports or chapters, never a confidential one)', () => {
    expect(RELATIONSHIPS).toEqual({
      reports: [
        { path: 'coverImage', to: 'media' },
        { path: 'organisation', to: 'organisations' },
      ],
      chapters: [
        { path: 'headlineStatistics', to: 'statistics', hasMany: true },
        { path: 'testimonies', to: 'testimonies', hasMany: true },
        { path: 'defenders', to: 'defenders', hasMany: true },
        { path: 'partners', to: 'organisations', hasMany: true },
      ],
      testimonies: [{ path: 'media', to: 'media', hasMany: true }],
      defenders: [
        { path: 'photo', to: 'media' },
        { path: 'organisation', to: 'organisations' },
      ],
      statistics: [{ path: 'source.organisation', to: 'organisations' }],
      organisations: [],
      media: [],
    })
  })

  test('titles and confidential fields', () => {
    expect(TITLE_FIELD).toEqual({
      reports: 'title',
      chapters: 'title',
      testimonies: 'title',
      defenders: 'name',
      statistics: 'label',
      organisations: 'name',
      media: 'alt',
    })
    expect(confidentialFields('testimonies')).toEqual(['legalName', 'contact', 'internalNotes', 'consent'])
    for (const c of ['reports', 'chapters', 'defenders', 'statistics', 'organisations', 'media'])
      expect(confidentialFields(c)).toEqual([])
  })
})
