/**
 * The content model through the Local API: validation, localisation, drafts and versions, uploads.
 * Shared by the SQLite run (tests/integration/model.test.ts) and the MongoDB run
 * (tests/mongodb/model.test.ts), so both databases are held to the same behaviour.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { fieldErrors } from '../helpers/errors'
import type { BootedPayload } from '../helpers/payload'

export function modelSuite(boot: () => Promise<BootedPayload>): void {
  let payload: Payload
  let cleanup: () => Promise<void>
  let dir: string
  let reportId: number // a string on MongoDB: the generated types follow SQLite
  let orgId: number

  beforeAll(async () => {
    ;({ payload, cleanup, dir } = await boot())
    const org = await payload.create({ collection: 'organisations', data: { name: 'Test Source', kind: 'source' } })
    orgId = org.id
    const report = await payload.create({
      collection: 'reports',
      data: { title: 'Annual report 2031', year: 2031, slug: 'annual-report-2031' },
    })
    reportId = report.id
  })
  afterAll(async () => cleanup())

  const count = async (
    collection: 'statistics' | 'chapters' | 'defenders' | 'testimonies' | 'reports' | 'media' | 'users',
  ) => (await payload.count({ collection })).totalDocs

  const validStatistic = () => ({
    label: 'people detained',
    value: 100,
    qualifier: 'exact' as const,
    asOf: '2020-12-31T00:00:00.000Z',
    source: { organisation: orgId },
  })

  describe('validation: clear errors, nothing stored', () => {
    test('required fields are named', async () => {
      const before = await count('chapters')
      const errors = await fieldErrors(() => payload.create({ collection: 'chapters', data: {} as never }))
      expect(Object.keys(errors)).toEqual(expect.arrayContaining(['title', 'report', 'order']))
      expect(await count('chapters')).toBe(before)
    })

    test('a bad country code is refused with the code in the message', async () => {
      const before = await count('chapters')
      const errors = await fieldErrors(() =>
        payload.create({
          collection: 'chapters',
          data: {
            title: 'Atlantis',
            slug: 'atlantis',
            report: reportId,
            order: 9,
            kind: 'country',
            country: 'XX' as never,
          },
        }),
      )
      expect(errors.country).toMatch(/"XX" is not an ISO 3166-1 alpha-2 country code/)
      expect(await count('chapters')).toBe(before)
    })

    test('a country chapter needs its country', async () => {
      const errors = await fieldErrors(() =>
        payload.create({
          collection: 'chapters',
          data: { title: 'Nowhere', slug: 'nowhere', report: reportId, order: 9, kind: 'country' },
        }),
      )
      expect(errors.country).toMatch(/country chapter needs its country/)
    })

    test('a negative count is refused', async () => {
      const before = await count('statistics')
      const errors = await fieldErrors(() =>
        payload.create({ collection: 'statistics', data: { ...validStatistic(), value: -5 } }),
      )
      expect(errors.value).toMatch(/-5 is less than the min allowed value of 0|less than|min/i)
      expect(await count('statistics')).toBe(before)
    })

    test('a statistic without a source or an as-of date is refused', async () => {
      const before = await count('statistics')
      const { source: _source, ...noSource } = validStatistic()
      const errors = await fieldErrors(() => payload.create({ collection: 'statistics', data: noSource }))
      expect(Object.values(errors).join(' ')).toMatch(/needs a source/)
      const { asOf: _asOf, ...noDate } = validStatistic()
      const errors2 = await fieldErrors(() => payload.create({ collection: 'statistics', data: noDate as never }))
      expect(Object.keys(errors2)).toContain('asOf')
      expect(await count('statistics')).toBe(before)
    })

    test('a source given only as a document title is enough', async () => {
      const doc = await payload.create({
        collection: 'statistics',
        data: { ...validStatistic(), source: { title: 'Annual census' } },
      })
      expect(doc.source?.title).toBe('Annual census')
    })

    test('a period that ends before it starts is refused', async () => {
      const errors = await fieldErrors(() =>
        payload.create({
          collection: 'statistics',
          data: { ...validStatistic(), period: { from: '2020-08-14', to: '2020-08-09' } },
        }),
      )
      expect(Object.values(errors).join(' ')).toMatch(/ends before it starts/)
    })

    test('an unknown enum value is refused', async () => {
      const before = await count('statistics')
      const errors = await fieldErrors(() =>
        payload.create({ collection: 'statistics', data: { ...validStatistic(), qualifier: 'roughly' as never } }),
      )
      expect(Object.keys(errors)).toContain('qualifier')
      const errors2 = await fieldErrors(() =>
        payload.create({
          collection: 'defenders',
          data: { name: 'X', status: 'vanished' as never, visibility: 'public' },
        }),
      )
      expect(Object.keys(errors2)).toContain('status')
      expect(await count('statistics')).toBe(before)
    })

    test('links must be http(s) or mailto', async () => {
      const errors = await fieldErrors(() =>
        payload.create({
          collection: 'chapters',
          data: {
            title: 'Links',
            slug: 'links',
            report: reportId,
            order: 3,
            kind: 'annex',
            furtherReading: [{ title: 'x', url: 'javascript:alert(1)', kind: 'article' }],
          },
        }),
      )
      expect(Object.values(errors).join(' ')).toMatch(/only http, https and mailto/)
    })

    test('a report year is unique', async () => {
      await expect(
        payload.create({ collection: 'reports', data: { title: 'Duplicate', year: 2031, slug: 'duplicate-2031' } }),
      ).rejects.toThrow()
      expect((await payload.count({ collection: 'reports', where: { year: { equals: 2031 } } })).totalDocs).toBe(1)
    })

    test('users need at least one role', async () => {
      const errors = await fieldErrors(() =>
        payload.create({
          collection: 'users',
          data: { name: 'No Role', email: 'norole@folio.test', password: 'a-long-password-1', roles: [] },
        }),
      )
      expect(errors.roles).toMatch(/at least one role/)
    })
  })

  describe('localisation', () => {
    test('create in en, add fr and ar, read all locales back', async () => {
      const d = await payload.create({
        collection: 'defenders',
        locale: 'en',
        data: {
          name: 'Marfa Rabkova',
          role: 'Coordinator of volunteer services',
          status: 'deprived-of-liberty',
          visibility: 'public',
          country: 'BY',
        },
      })
      await payload.update({
        collection: 'defenders',
        id: d.id,
        locale: 'fr',
        data: { role: 'Coordinatrice des services bénévoles' },
      })
      await payload.update({
        collection: 'defenders',
        id: d.id,
        locale: 'ar',
        data: { name: 'مارفا رابكوفا', role: 'منسّقة خدمات المتطوعين' },
      })
      await payload.update({ collection: 'defenders', id: d.id, locale: 'ru', data: { name: 'Марфа Рабкова' } })

      // Edits are saved as drafts (publishing is the workflow's approval): read the latest draft.
      const all = (await payload.findByID({
        collection: 'defenders',
        id: d.id,
        locale: 'all',
        draft: true,
      })) as unknown as {
        name: Record<string, string>
        role: Record<string, string>
        status: string
      }
      expect(all.name).toMatchObject({ en: 'Marfa Rabkova', ru: 'Марфа Рабкова', ar: 'مارفا رابكوفا' })
      expect(all.role).toMatchObject({
        en: 'Coordinator of volunteer services',
        fr: 'Coordinatrice des services bénévoles',
      })
      expect(all.status).toBe('deprived-of-liberty') // not localised: one value

      const fr = await payload.findByID({ collection: 'defenders', id: d.id, locale: 'fr', draft: true })
      expect(fr.name).toBe('Marfa Rabkova') // falls back to en
      const es = await payload.findByID({
        collection: 'defenders',
        id: d.id,
        locale: 'es',
        fallbackLocale: false,
        draft: true,
      })
      expect(es.role ?? null).toBeNull()
    })
  })

  describe('drafts and versions', () => {
    test('every save is a version; the latest draft holds the newest text', async () => {
      const o = await payload.create({ collection: 'organisations', data: { name: 'Version One', kind: 'partner' } })
      await payload.update({ collection: 'organisations', id: o.id, draft: true, data: { name: 'Version Two' } })
      await payload.update({ collection: 'organisations', id: o.id, draft: true, data: { name: 'Version Three' } })

      const latest = await payload.findByID({ collection: 'organisations', id: o.id, draft: true })
      expect(latest.name).toBe('Version Three')
      expect(latest._status).toBe('draft')

      const versions = await payload.findVersions({
        collection: 'organisations',
        where: { parent: { equals: o.id } },
        sort: 'createdAt',
      })
      expect(versions.docs.map((v) => v.version.name)).toEqual(['Version One', 'Version Two', 'Version Three'])
      // The first version can be read back as it was.
      const first = await payload.findVersionByID({ collection: 'organisations', id: versions.docs[0].id })
      expect(first.version.name).toBe('Version One')
    })
  })

  describe('uploads', () => {
    test('a real image produces every size', async () => {
      const jpeg = await sharp({
        create: { width: 3000, height: 2000, channels: 3, background: { r: 40, g: 90, b: 160 } },
      })
        .composite([
          {
            input: Buffer.from(
              '<svg width="3000" height="2000"><circle cx="1500" cy="1000" r="600" fill="#eee"/></svg>',
            ),
          },
        ])
        .jpeg({ quality: 80 })
        .toBuffer()
      const media = await payload.create({
        collection: 'media',
        data: { alt: 'A pale circle on blue' },
        file: { data: jpeg, mimetype: 'image/jpeg', name: 'circle.jpg', size: jpeg.length },
      })
      expect(media.width).toBe(3000)
      const sizes = media.sizes as Record<string, { width?: number | null; filename?: string | null }>
      expect(sizes.thumbnail?.width).toBe(400)
      expect(sizes.card?.width).toBe(800)
      expect(sizes.print?.width).toBe(2400)
      for (const size of Object.values(sizes)) {
        expect(fs.existsSync(path.join(dir, 'media', size.filename!))).toBe(true)
      }
    })

    test('a file that is not an image is refused and nothing is stored', async () => {
      const before = await count('media')
      const text = Buffer.from('%PDF-1.4 not really an image\n')
      await expect(
        payload.create({
          collection: 'media',
          data: { alt: 'nothing' },
          file: { data: text, mimetype: 'application/pdf', name: 'notes.pdf', size: text.length },
        }),
      ).rejects.toThrow(/not a readable image|file type|not allowed/i)
      expect(await count('media')).toBe(before)
      const files = fs.existsSync(path.join(dir, 'media')) ? fs.readdirSync(path.join(dir, 'media')) : []
      expect(files.some((f) => f.startsWith('notes'))).toBe(false)
    })
  })
}
