/**
 * The pipeline against the CMS: content created and approved through the workflow (src/workflow),
 * collected with getApprovedDocument, published, verified; markers planted in confidential fields
 * and in unapproved drafts never reach any output byte.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { listFiles } from '../../src/publish/release/integrity'
import { verifyBundle } from '../../src/publish/release/verify'
import { publish } from '../../src/publish'
import { transition } from '../../src/workflow'
import { bootPayload } from '../helpers/payload'
import { block, heading, link, paragraph, root } from '../../src/lexical/build'

const M = {
  legalName: 'MARKER-INT-LEGALNAME-1',
  contact: 'MARKER-INT-CONTACT-2',
  notes: 'MARKER-INT-NOTES-3',
  draft: 'MARKER-INT-UNAPPROVED-DRAFT-4',
  confidentialDefender: 'MARKER-INT-CONFIDENTIAL-DEFENDER-5',
  exif: 'MARKER-INT-EXIF-6',
  unapprovedFr: 'MARKER-INT-UNAPPROVED-FR-7',
}

let payload: Payload
let cleanup: () => Promise<void>
let out: string
type U = { id: number; email: string; roles: string[]; locales?: string[]; collection: 'users' }
const users = {} as Record<'editor' | 'reviewer' | 'translator', U>
const ids = {} as Record<
  'report' | 'chapter' | 'org' | 'stat' | 'testimony' | 'defender' | 'secretDefender' | 'media',
  number
>
type C = 'organisations' | 'testimonies' | 'defenders' | 'statistics' | 'reports' | 'chapters'

const as = (u: U) => ({ user: u, overrideAccess: false as const })
async function approve(collection: C, id: number) {
  await transition(payload, { collection, id, action: 'submit', user: users.editor })
  await transition(payload, { collection, id, action: 'approve', user: users.reviewer })
}
async function translate(collection: C, id: number, data: Record<string, unknown>, locale = 'fr') {
  await payload.update({ collection, id, locale: locale as 'fr', data: data as never, ...as(users.translator) })
  await transition(payload, { collection, id, action: 'submit', locale, user: users.translator })
  await transition(payload, { collection, id, action: 'approve', locale, user: users.reviewer })
}

beforeAll(async () => {
  if (fs.existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm'
  ;({ payload, cleanup } = await bootPayload())
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-int-releases-'))
  for (const [key, def] of Object.entries({
    editor: { roles: ['editor'] },
    reviewer: { roles: ['reviewer'] },
    translator: { roles: ['translator'], locales: ['fr', 'es'] },
  })) {
    const u = await payload.create({
      collection: 'users',
      data: { name: key, email: `${key}@publish.test`, password: 'correct horse battery', ...def } as never,
      overrideAccess: true,
    })
    users[key as keyof typeof users] = { ...(u as unknown as U), collection: 'users' }
  }
  const img = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 10, g: 20, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { ImageDescription: M.exif, Make: M.exif },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1' },
    })
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Protesters in Minsk', credit: 'Viasna', licence: 'cc-by-4.0' },
    file: { data: img, mimetype: 'image/jpeg', name: 'minsk.jpg', size: img.length },
    overrideAccess: true,
  })
  ids.media = media.id as number
  await payload.update({
    collection: 'media',
    id: ids.media,
    locale: 'fr',
    data: { alt: 'Manifestants à Minsk' },
    overrideAccess: true,
  })

  ids.org = (
    await payload.create({
      collection: 'organisations',
      data: { name: 'Viasna', kind: 'partner', country: 'BY', website: 'https://spring96.org' },
      ...as(users.editor),
    })
  ).id as number
  ids.report = (
    await payload.create({
      collection: 'reports',
      data: { title: 'Annual report 2020', year: 2020, coverImage: ids.media, organisation: ids.org } as never,
      ...as(users.editor),
    })
  ).id as number
  ids.chapter = (
    await payload.create({
      collection: 'chapters',
      data: {
        title: 'Belarus',
        lead: 'A year of repression.',
        report: ids.report,
        order: 1,
        kind: 'country',
        country: 'BY',
      } as never,
      ...as(users.editor),
    })
  ).id as number
  ids.stat = (
    await payload.create({
      collection: 'statistics',
      data: {
        label: 'people detained',
        value: 30000,
        qualifier: 'more-than',
        asOf: '2020-12-31',
        source: { organisation: ids.org },
        chapter: ids.chapter,
        headline: true,
      },
      ...as(users.editor),
    })
  ).id as number
  ids.testimony = (
    await payload.create({
      collection: 'testimonies',
      data: {
        title: 'Night in Okrestina',
        summary: 'Beaten in detention.',
        disclosure: 'pseudonym',
        publicName: 'A., 24',
        chapter: ids.chapter,
        legalName: M.legalName,
        contact: M.contact,
        internalNotes: M.notes,
        consent: { status: 'given', scope: ['text'] },
      } as never,
      ...as(users.editor),
    })
  ).id as number
  ids.defender = (
    await payload.create({
      collection: 'defenders',
      data: {
        name: 'Marfa Rabkova',
        status: 'detained',
        organisation: ids.org,
        role: 'coordinator',
        country: 'BY',
        visibility: 'public',
      },
      ...as(users.editor),
    })
  ).id as number
  ids.secretDefender = (
    await payload.create({
      collection: 'defenders',
      data: { name: M.confidentialDefender, status: 'detained', visibility: 'confidential' },
      ...as(users.editor),
    })
  ).id as number

  const body = (lang: 'en' | 'fr') =>
    root(
      heading(2, lang === 'en' ? 'Repression' : 'Répression'),
      paragraph(lang === 'en' ? 'Read ' : 'Lire ', link('https://spring96.org/en', 'Viasna')),
      block('statistic', { statistic: ids.stat }),
      block('testimonyQuote', { testimony: ids.testimony, excerpt: null }),
      block('defenderCard', { defender: ids.defender }),
    )
  await payload.update({
    collection: 'chapters',
    id: ids.chapter,
    data: {
      body: body('en'),
      headlineStatistics: [ids.stat],
      testimonies: [ids.testimony],
      defenders: [ids.defender],
      partners: [ids.org],
    } as never,
    ...as(users.editor),
  })

  for (const [c, id] of [
    ['organisations', ids.org],
    ['statistics', ids.stat],
    ['testimonies', ids.testimony],
    ['defenders', ids.defender],
    ['chapters', ids.chapter],
    ['reports', ids.report],
  ] as Array<[C, number]>) {
    await approve(c, id)
  }
  await translate('organisations', ids.org, { name: 'Viasna' })
  await translate('statistics', ids.stat, { label: 'personnes détenues' })
  await translate('testimonies', ids.testimony, {
    title: 'Une nuit à Okrestina',
    summary: 'Battu en détention.',
    publicName: 'A., 24 ans',
  })
  await translate('defenders', ids.defender, { name: 'Marfa Rabkova', role: 'coordinatrice' })
  await translate('chapters', ids.chapter, { title: 'Bélarus', lead: 'Une année de répression.', body: body('fr') })
  await translate('reports', ids.report, { title: 'Rapport annuel 2020' })
  // Unapproved work after approval: a draft of the chapter and an unsubmitted fr edit.
  await payload.update({
    collection: 'chapters',
    id: ids.chapter,
    draft: true,
    data: { lead: M.draft } as never,
    ...as(users.editor),
  })
  await payload.update({
    collection: 'testimonies',
    id: ids.testimony,
    locale: 'fr',
    draft: true,
    data: { summary: M.unapprovedFr } as never,
    ...as(users.translator),
  })
}, 180_000)

afterAll(async () => {
  await cleanup?.()
  if (out) fs.rmSync(out, { recursive: true, force: true })
})

describe('publish() against the CMS', () => {
  let dir: string

  test('publishes the approved content; no marker in any byte; recorded', async () => {
    const steps: string[] = []
    const r = await publish(payload, {
      report: '2020',
      locales: ['en', 'fr'],
      out,
      signingKey: null,
      onProgress: (e) => steps.push(e.step),
      user: users.editor,
    })
    expect(r.problems).toEqual([])
    expect(r).toMatchObject({ status: 'published', exitCode: 0, version: '1.0.0' })
    dir = r.dir!
    expect(steps).toEqual(expect.arrayContaining(['collect', 'validate', 'media', 'write', 'done']))
    expect(verifyBundle(dir).ok).toBe(true)
    const en = JSON.parse(fs.readFileSync(path.join(dir, 'content/en.json'), 'utf8'))
    const fr = JSON.parse(fs.readFileSync(path.join(dir, 'content/fr.json'), 'utf8'))
    expect(en.chapters[0]).toMatchObject({ title: 'Belarus', lead: 'A year of repression.' })
    expect(fr.chapters[0]).toMatchObject({ title: 'Bélarus', lead: 'Une année de répression.' })
    expect(fr.testimonies[0]).toMatchObject({ summary: 'Battu en détention.', publicName: 'A., 24 ans' })
    expect(fr.statistics[0].display).toBe('plus de 30\u202F000')
    expect(en.media[0]).toMatchObject({ alt: 'Protesters in Minsk' })
    expect(fr.media[0]).toMatchObject({ alt: 'Manifestants à Minsk' })
    expect(en.defenders.map((d: { name: string }) => d.name)).toEqual(['Marfa Rabkova'])
    const bytes = listFiles(dir).map((p) => fs.readFileSync(path.join(dir, p)))
    for (const m of Object.values(M)) for (const b of bytes) expect(b.includes(m)).toBe(false)
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.sources.find((s: { collection: string }) => s.collection === 'chapters').versionId).toMatch(/.+/)
    // Reproducible: the same database state published again elsewhere gives the same bytes.
    const out2 = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-int-again-'))
    try {
      const again = await publish(payload, {
        report: '2020',
        locales: ['en', 'fr'],
        out: out2,
        signingKey: null,
        record: false,
      })
      const files = listFiles(dir)
      expect(listFiles(again.dir!)).toEqual(files)
      for (const f of [...files, 'manifest.json'])
        expect(fs.readFileSync(path.join(again.dir!, f)).equals(fs.readFileSync(path.join(dir, f)))).toBe(true)
    } finally {
      fs.rmSync(out2, { recursive: true, force: true })
    }
    const pubs = await payload.find({ collection: 'publications' as never, overrideAccess: true })
    expect(pubs.docs[0]).toMatchObject({ outcome: 'published', version: '1.0.0', manifestSha256: r.manifestSha256 })
  }, 120_000)

  test('publishing again without changes creates nothing', async () => {
    const r = await publish(payload, { report: 'annual-report-2020', locales: ['en', 'fr'], out, signingKey: null })
    expect(r).toMatchObject({ status: 'unchanged', exitCode: 0, version: '1.0.0' })
  }, 120_000)

  test('an approved edit gives a patch with its changelog', async () => {
    await payload.update({
      collection: 'statistics',
      id: ids.stat,
      data: { value: 31000 } as never,
      ...as(users.editor),
    })
    await approve('statistics', ids.stat)
    const r = await publish(payload, { report: '2020', locales: ['en', 'fr'], out, signingKey: null })
    expect(r).toMatchObject({ status: 'published', version: '1.0.1' })
    expect(r.changes!.items.map((i) => `${i.locale} ${i.collection} ${i.fields.join(',')}`)).toEqual([
      'en statistics value',
      'fr statistics value',
    ])
  }, 120_000)

  test('a locale without approved translations fails with admin URLs; --allow-incomplete publishes with marked fallbacks', async () => {
    const bad = await publish(payload, { report: '2020', locales: ['en', 'fr', 'es'], out, signingKey: null })
    expect(bad).toMatchObject({ status: 'invalid', exitCode: 1 })
    expect(bad.problems.every((p) => ['missing-translation', 'alt-text'].includes(p.code) && p.locale === 'es')).toBe(
      true,
    )
    expect(bad.problems.map((p) => `${p.code} ${p.collection}`)).toContain('alt-text media')
    expect(bad.problems.map((p) => p.adminUrl)).toContain(`/admin/collections/chapters/${ids.chapter}?locale=es`)
    const failed = await payload.find({
      collection: 'publications' as never,
      where: { outcome: { equals: 'invalid' } },
      overrideAccess: true,
    })
    expect(failed.docs).toHaveLength(1)
    expect((failed.docs[0] as unknown as { problems: unknown[] }).problems).toHaveLength(bad.problems.length)
    const ok = await publish(payload, {
      report: '2020',
      locales: ['en', 'fr', 'es'],
      out,
      signingKey: null,
      allowIncomplete: true,
    })
    expect(ok).toMatchObject({ status: 'published', version: '1.1.0' })
    const es = JSON.parse(fs.readFileSync(path.join(ok.dir!, 'content/es.json'), 'utf8'))
    expect(es.fallbacks.map((f: { collection: string }) => f.collection)).toEqual(
      expect.arrayContaining(['chapters', 'reports', 'testimonies']),
    )
    expect(es.chapters[0].title).toBe('Belarus')
  }, 120_000)

  test('withdrawn consent: the testimony leaves the bundle → major', async () => {
    await payload.update({
      collection: 'testimonies',
      id: ids.testimony,
      data: { consent: { status: 'withdrawn' } } as never,
      ...as(users.editor),
    })
    const r = await publish(payload, {
      report: '2020',
      locales: ['en', 'fr', 'es'],
      out,
      signingKey: null,
      allowIncomplete: true,
    })
    // The chapter still refers to it: publishing is refused, naming the reference.
    expect(r.status).toBe('invalid')
    // One problem per place that refers to it: the chapter's testimonies field and the quote in its body.
    expect(r.problems.map((p) => `${p.code} ${p.collection}:${p.id} ${p.referencedBy?.field}`).sort()).toEqual([
      `unapproved-reference testimonies:${ids.testimony} body`,
      `unapproved-reference testimonies:${ids.testimony} testimonies`,
    ])
    expect(r.problems[0].message).toMatch(new RegExp(`referenced by chapters ${ids.chapter} .*no approved version`))
    // The editor removes it from the chapter; once approved, the release drops it: major.
    const chapter = await payload.findByID({
      collection: 'chapters',
      id: ids.chapter,
      draft: false,
      depth: 0,
      overrideAccess: true,
    })
    const body = chapter.body as { root: { children: Array<{ fields?: { blockType?: string } }> } }
    body.root.children = body.root.children.filter((c) => c.fields?.blockType !== 'testimonyQuote')
    await payload.update({
      collection: 'chapters',
      id: ids.chapter,
      data: { body, testimonies: [], lead: 'A year of repression.' } as never,
      ...as(users.editor),
    })
    await approve('chapters', ids.chapter)
    const after = await publish(payload, {
      report: '2020',
      locales: ['en', 'fr', 'es'],
      out,
      signingKey: null,
      allowIncomplete: true,
    })
    expect(after).toMatchObject({ status: 'published', version: '2.0.0' })
    expect(
      after.changes!.items.filter((i) => i.change === 'removed').map((i) => `${i.locale} ${i.collection}`),
    ).toEqual(['en testimonies', 'fr testimonies', 'es testimonies'])
  }, 120_000)
})
