import { describe, expect, test } from '@jest/globals'

import { buildBundle } from '../../src/publish/bundle/build'
import {
  bumpVersion,
  changelogSection,
  changesDocument,
  compareSemver,
  diffBundles,
} from '../../src/publish/release/changes'
import { attachMediaFiles } from '../../src/publish/release/media'
import { clone, demoInput } from './fixtures'

const build = (mutate?: (i: ReturnType<typeof demoInput>) => void, locales = ['en', 'fr'] as const) => {
  const input = demoInput([...locales])
  mutate?.(input)
  const r = buildBundle(input)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.bundles
}

describe('diff and semver', () => {
  const base = build()

  test('nothing changed → no bump, even with another version number and date', () => {
    const again = clone(base)
    for (const b of Object.values(again)) {
      b!.bundleVersion = '9.9.9'
      b!.generatedAt = '2030-01-01T00:00:00.000Z'
      b!.generatedAtDisplay = 'x'
    }
    expect(diffBundles(base, again)).toEqual({ bump: null, locales: { added: [], removed: [] }, items: [] })
  })

  test('text change → patch, listing the field per locale', () => {
    const next = build((i) => {
      i.docs.fr!.chapters!['2'].lead = 'Une année de répression brutale.'
    })
    const d = diffBundles(base, next)
    expect(d.bump).toBe('patch')
    expect(d.items).toEqual([
      { collection: 'chapters', id: '2', title: 'Bélarus', locale: 'fr', change: 'changed', fields: ['lead'] },
    ])
  })

  test('value change lists the value, not the derived display fields', () => {
    const next = build((i) => {
      for (const l of ['en', 'fr'] as const) i.docs[l]!.statistics!['10'].value = 31000
    })
    const d = diffBundles(base, next)
    expect(d.bump).toBe('patch')
    expect(d.items.map((x) => `${x.locale} ${x.fields.join(',')}`)).toEqual(['en value', 'fr value'])
  })

  test('added item → minor; added locale → minor', () => {
    const next = build((i) => {
      for (const l of ['en', 'fr'] as const) {
        i.docs[l]!.statistics!['12'] = { ...clone(i.docs[l]!.statistics!['11']), id: 12, value: 5 }
      }
    })
    expect(diffBundles(base, next).bump).toBe('minor')
    expect(diffBundles(base, next).items.filter((x) => x.change === 'added')).toHaveLength(2)
    const more = build(undefined, ['en', 'fr', 'ru'] as never)
    expect(diffBundles(base, more)).toMatchObject({ bump: 'minor', locales: { added: ['ru'], removed: [] } })
  })

  test('removed item (consent withdrawn → testimony unreferenced) → major; removed locale → major', () => {
    const next = build((i) => {
      for (const l of ['en', 'fr'] as const) {
        i.docs[l]!.chapters!['2'].testimonies = []
        const body = i.docs[l]!.chapters!['2'].body as {
          root: { children: Array<{ fields?: { blockType?: string } }> }
        }
        body.root.children = body.root.children.filter((c) => c.fields?.blockType !== 'testimonyQuote')
        // No longer approved either (it is filed under chapter 2, which alone would keep it published).
        delete i.docs[l]!.testimonies!['40']
      }
    })
    const d = diffBundles(base, next)
    expect(d.bump).toBe('major')
    expect(d.items.filter((x) => x.change === 'removed').map((x) => `${x.locale} ${x.collection} ${x.id}`)).toEqual([
      'en testimonies 40',
      'fr testimonies 40',
    ])
    const fewer = build(undefined, ['en'] as never)
    expect(diffBundles(base, fewer)).toMatchObject({ bump: 'major', locales: { added: [], removed: ['fr'] } })
  })

  test('a re-encoded image (new file hash) is a patch on the media item', () => {
    const file = (h: string) => ({
      path: `media/${h.repeat(64)}.web.jpg`,
      width: 10,
      height: 10,
      mimeType: 'image/jpeg' as const,
    })
    const a = attachMediaFiles(base, { '30': { web: file('a'), print: null } })
    const b = attachMediaFiles(base, { '30': { web: file('b'), print: null } })
    const d = diffBundles(a, b)
    expect(d.bump).toBe('patch')
    expect(d.items.map((i) => `${i.locale} ${i.collection} ${i.id} ${i.fields}`)).toEqual([
      'en media 30 files',
      'fr media 30 files',
    ])
  })

  test('versions', () => {
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0')
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0')
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4')
    expect(['1.10.0', '1.2.0', '2.0.0', '1.9.9'].sort(compareSemver)).toEqual(['1.2.0', '1.9.9', '1.10.0', '2.0.0'])
    expect(() => bumpVersion('v1', 'patch')).toThrow()
  })

  test('changelog section', () => {
    const next = build((i) => {
      i.docs.fr!.chapters!['2'].lead = 'Autre.'
    })
    const c = changesDocument('1.0.0', '1.0.1', diffBundles(base, next))
    const md = changelogSection(c, '2021-04-01T00:00:00.000Z')
    expect(md).toContain('## 1.0.1 (2021-04-01)')
    expect(md).toContain('Compared with 1.0.0: patch release.')
    expect(md).toContain('### fr')
    expect(md).toContain('- Changed chapters 2 “Bélarus”: lead')
  })
})
