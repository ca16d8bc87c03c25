import { describe, expect, test } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import { buildBundle } from '../../src/publish/bundle/build'
import { formatProblems } from '../../src/publish/bundle/problems'
import { canonicalJson } from '../../src/publish/bundle/canonical'
import { bundleJsonSchemas, LocaleBundleSchema } from '../../src/publish/bundle/schema'
import { ALL, clone, demoInput, MARKERS } from './fixtures'

describe('buildBundle', () => {
  test('the demo report builds in all five locales', () => {
    const r = buildBundle(demoInput())
    expect(r.problems).toEqual([])
    expect(r.ok).toBe(true)
    expect(Object.keys(r.bundles)).toEqual(ALL)
    const en = r.bundles.en!
    expect(en.chapters.map((c) => c.slug)).toEqual(['foreword', 'belarus'])
    expect(en.statistics.map((s) => s.id)).toEqual(['10', '11'])
    expect(en.statistics[0]).toMatchObject({
      display: 'more than 30,000',
      asOf: '2020-12-31',
      asOfDisplay: '31 December 2020',
      chapter: '2',
    })
    expect(r.bundles.fr!.statistics[0].display).toBe('plus de 30\u202F000')
    expect(r.bundles.ar!.dir).toBe('rtl')
    expect(r.bundles.ru!.defenders[0].name).toBe('Марфа Рабкова')
    expect(en.generatedAt).toBe('2021-03-02T12:00:00.000Z')
    expect(r.mediaIds).toEqual(['30', '31'])
    expect(r.sources.map((s) => `${s.collection}:${s.id}`)).toEqual([
      'reports:1',
      'chapters:2',
      'chapters:3',
      'testimonies:40',
      'defenders:50',
      'statistics:10',
      'statistics:11',
      'organisations:20',
      'media:30',
      'media:31',
    ])
  })

  test("a testimony filed under a chapter (its related chapter) is published with it, after the chapter's own list", () => {
    const input = demoInput(['en', 'fr'])
    for (const l of ['en', 'fr'] as const)
      input.docs[l]!.testimonies!['42'] = {
        ...clone(input.docs[l]!.testimonies!['40']),
        id: 42,
        title: `Filed ${l}`,
        chapter: 2,
        media: [],
      }
    input.meta!.testimonies!['42'] = { versionId: 'v-42', approvedAt: '2021-03-01T12:00:00.000Z' }
    const r = buildBundle(input)
    expect(r.problems).toEqual([])
    const ch = r.bundles.fr!.chapters.find((c) => c.id === '2')!
    expect(ch.testimonies).toEqual(['40', '42'])
    expect(r.bundles.fr!.testimonies.find((t) => t.id === '42')).toMatchObject({ title: 'Filed fr', chapter: '2' })
    // one filed under no chapter of this report stays out (the stray draft 49 has chapter null)
    expect(r.bundles.en!.testimonies.map((t) => t.id)).toEqual(['40', '42'])
  })

  test("the report's publication date is a calendar date, formatted per locale; null when not set", () => {
    const input = demoInput(['en', 'fr', 'ar'])
    expect(buildBundle(input).bundles.en!.report).toMatchObject({ publicationDate: null, publicationDateDisplay: null })
    for (const l of ['en', 'fr', 'ar'] as const)
      input.docs[l]!.reports!['1']!.publicationDate = '2021-03-15T00:00:00.000Z'
    const r = buildBundle(input)
    expect(r.problems).toEqual([])
    expect(r.bundles.en!.report).toMatchObject({
      publicationDate: '2021-03-15',
      publicationDateDisplay: '15 March 2021',
    })
    expect(r.bundles.fr!.report.publicationDateDisplay).toBe('15 mars 2021')
    expect(r.bundles.ar!.report.publicationDateDisplay).toBe('15 مارس 2021')
    // A bundle written before the field existed (schema 1.0.0) still reads, as null.
    const old = clone(r.bundles.en!) as unknown as { report: Record<string, unknown> }
    delete old.report.publicationDate
    delete old.report.publicationDateDisplay
    expect(LocaleBundleSchema.parse(old).report).toMatchObject({ publicationDate: null, publicationDateDisplay: null })
  })

  test('every locale bundle validates against the generated JSON Schema with ajv', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    ;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
    const validate = ajv.compile(bundleJsonSchemas()['bundle.schema.json'])
    const r = buildBundle(demoInput())
    for (const b of Object.values(r.bundles)) {
      const ok = validate(JSON.parse(canonicalJson(b)))
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    }
    // and the schema is not vacuous: an extra key or a wrong type is refused
    const bad = clone(r.bundles.en!) as unknown as Record<string, unknown>
    ;(bad.testimonies as Array<Record<string, unknown>>)[0].legalName = 'x'
    expect(validate(bad)).toBe(false)
    const bad2 = clone(r.bundles.en!) as unknown as { statistics: Array<{ value: unknown }> }
    bad2.statistics[0].value = '30000'
    expect(validate(bad2)).toBe(false)
  })

  test('confidential fields never reach the output', () => {
    const input = demoInput()
    // The markers are really in the input (otherwise this test proves nothing).
    const inputText = JSON.stringify(input)
    for (const m of Object.values(MARKERS)) expect(inputText).toContain(m)
    const r = buildBundle(input)
    expect(r.ok).toBe(true)
    const all = Object.values(r.bundles)
      .map((b) => canonicalJson(b))
      .join('')
    for (const m of Object.values(MARKERS)) expect(all).not.toContain(m)
    expect(all).not.toContain('consent')
    expect(all).not.toContain('visibility')
  })

  test('same input → byte-identical output, whatever the key order of the input', () => {
    const a = buildBundle(demoInput())
    const input = demoInput()
    const shuffled = JSON.parse(
      JSON.stringify(input, (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    )
    const b = buildBundle(shuffled)
    for (const l of ALL) expect(canonicalJson(b.bundles[l])).toBe(canonicalJson(a.bundles[l]))
  })

  test('all problems are reported together, each with title, field, locale and admin URL', () => {
    const input = demoInput(['en', 'fr'])
    const en = input.docs.en!
    const fr = input.docs.fr!
    ;(en.testimonies!['40'].consent as Record<string, unknown>).scope = ['text'] // image not covered
    for (const l of [en, fr]) l.defenders!['50'].visibility = 'confidential'
    for (const l of [en, fr]) l.statistics!['11'].source = { organisation: null, title: null, url: null }
    for (const l of [en, fr]) l.statistics!['11'].asOf = null
    for (const l of [en, fr])
      (l.chapters!['2'].furtherReading as Array<Record<string, unknown>>)[0].url = 'javascript:alert(1)'
    for (const l of [en, fr]) l.chapters!['3'].headlineStatistics = [777]
    for (const l of [en, fr]) l.chapters!['3'].testimonies = [41]
    input.unavailable = { testimonies: { '41': { reason: 'unapproved', title: 'Draft testimony' } } }
    fr.chapters!['2'].lead = null // missing translation
    fr.media!['30'].alt = null // no alt text in a published locale
    en.media!['31'].alt = ''
    const r = buildBundle(input)
    expect(r.ok).toBe(false)
    expect(r.bundles).toEqual({})
    const codes = r.problems.map((p) => `${p.code} ${p.collection}:${p.id} ${p.field ?? ''} ${p.locale ?? ''}`.trim())
    expect(codes).toEqual(
      expect.arrayContaining([
        'missing-reference statistics:777',
        'unapproved-reference testimonies:41',
        'confidential defenders:50 visibility',
        'consent testimonies:40 consent',
        'statistic-source statistics:11 source',
        'statistic-as-of statistics:11 asOf',
        'alt-text media:31 alt en',
        'link chapters:2 furtherReading[0].url',
        'missing-translation chapters:2 lead fr',
        'alt-text media:30 alt fr',
      ]),
    )
    const lead = r.problems.find((p) => p.code === 'missing-translation' && p.field === 'lead')!
    expect(lead).toMatchObject({ title: 'Bélarus', locale: 'fr', adminUrl: '/admin/collections/chapters/2?locale=fr' })
    const ref = r.problems.find((p) => p.id === '41')!
    expect(ref.title).toBe('Draft testimony')
    expect(ref.message).toMatch(/chapters 3 .*testimonies.*no approved version/)
    expect(formatProblems(r.problems)).toContain('/admin/collections/chapters/2?locale=fr')
  })

  test('consent: named testimony needs name consent; withdrawn consent fails', () => {
    const input = demoInput(['en'])
    const t = input.docs.en!.testimonies!['40']
    t.disclosure = 'named'
    let r = buildBundle(input)
    expect(r.problems.map((p) => p.message).join()).toMatch(/does not cover name/)
    ;(t.consent as Record<string, unknown>).scope = ['text', 'name', 'image']
    expect(buildBundle(input).ok).toBe(true)
    ;(t.consent as Record<string, unknown>).status = 'withdrawn'
    r = buildBundle(input)
    expect(r.problems[0]).toMatchObject({ code: 'consent', message: 'consent is withdrawn, not given' })
    delete t.consent
    expect(buildBundle(input).problems[0].message).toMatch(/could not be read/)
  })

  test('stale translation from the workflow fails, and --allow-incomplete falls back to en, marked', () => {
    const input = demoInput(['en', 'fr'])
    input.meta!.chapters!['2'].translations = { fr: { status: 'stale', staleFields: ['body'] } }
    input.docs.fr!.statistics!['10'].label = ''
    const r = buildBundle(input)
    expect(r.problems.map((p) => `${p.code} ${p.collection}:${p.id} ${p.field}`)).toEqual([
      'missing-translation statistics:10 label',
      'stale-translation chapters:2 body',
    ])
    const ok = buildBundle({ ...input, allowIncomplete: true })
    expect(ok.ok).toBe(true)
    expect(ok.fallbackCount).toBe(2)
    const fr = ok.bundles.fr!
    expect(fr.fallbacks).toEqual([
      { collection: 'chapters', id: '2', fields: ['title', 'lead', 'body', 'furtherReading[].title'] },
      { collection: 'statistics', id: '10', fields: ['label', 'unit'] },
    ])
    expect(fr.chapters.find((c) => c.id === '2')!.title).toBe('Belarus')
    expect(fr.statistics[0].label).toBe('documented cases of torture')
    expect(fr.statistics[0].display).toBe('plus de 30\u202F000') // formatting stays French
    expect(fr.chapters.find((c) => c.id === '3')!.title).toBe('Avant-propos')
    expect(ok.bundles.en!.fallbacks).toEqual([])
  })

  test('unknown Lexical nodes fail the build with the path', () => {
    const input = demoInput(['en'])
    ;(input.docs.en!.chapters!['2'].body as { root: { children: unknown[] } }).root.children.push({
      type: 'upload',
      version: 3,
      value: 31,
    })
    const r = buildBundle(input)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ code: 'rich-text', collection: 'chapters', id: '2', field: 'body' })
    expect(r.problems[0].message).toMatch(/^body\.root\.children\[9\] \(upload\)/)
  })

  test('a value outside the schema is an invalid problem attributed to its item and field', () => {
    const input = demoInput(['en'])
    input.docs.en!.defenders!['50'].status = 'disappeared'
    input.docs.en!.chapters!['2'].kind = 'chapter'
    const r = buildBundle(input)
    expect(r.problems.map((p) => `${p.code} ${p.collection}:${p.id} ${p.field} ${p.locale}`)).toEqual([
      'invalid chapters:2 kind en',
      'invalid defenders:50 status en',
    ])
  })

  test('publishing without the default locale: en is read for checks, only fr is written', () => {
    const r = buildBundle(demoInput(['fr']))
    expect(r.ok).toBe(true)
    expect(Object.keys(r.bundles)).toEqual(['fr'])
    expect(r.bundles.fr!.report.title).toBe('Situation des droits humains au Bélarus 2020')
  })

  test('a missing report is a problem, not a crash', () => {
    const r = buildBundle({ ...demoInput(['en']), reportId: '999' })
    expect(r.problems[0]).toMatchObject({ code: 'missing-reference', collection: 'reports', id: '999' })
  })
})
