/**
 * XLIFF export and import against Payload on SQLite with the seeded demo: the finished locale's
 * round trip, idempotence, stale sources, wrong locale and wrong user, code mismatches, the
 * confidential fields, the CLI's exit codes.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { seed } from '../../src/seed'
import { testimonies } from '../../src/seed/testimonies'
import { exportXliff } from '../../src/xliff/server/export'
import { importXliff, type ImportUser } from '../../src/xliff/server/import'
import { runXliffCli } from '../../src/xliff/server/cli'
import { glossaryWarnings } from '../../src/xliff/server/qa'
import { checkReadiness } from '../../src/publish/admin/api/check'
import { bootWorkflowPayload } from '../workflow/boot'
import { wellFormed } from './tools'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let users: Record<string, ImportUser>
let chapterId: string

const userByEmail = async (email: string): Promise<ImportUser> => {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 0,
    overrideAccess: true,
  })
  return { ...(found.docs[0] as unknown as ImportUser), collection: 'users' }
}
const readDoc = async (collection: string, id: string, locale: string) =>
  (await payload.findByID({
    collection: collection as never,
    id,
    locale: locale as never,
    fallbackLocale: false as never,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
const borrowed = async () =>
  new Proxy(payload, { get: (t, k) => (k === 'destroy' ? async () => {} : Reflect.get(t, k)) })
const io = () => {
  const lines: string[] = []
  return { lines, io: { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(l) } }
}

beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootWorkflowPayload())
  const seeded = await seed(payload)
  chapterId = String(seeded.chapterId)
  users = {
    admin: await userByEmail('admin@folio.test'),
    editor: await userByEmail('editor@folio.test'),
    translator: await userByEmail('translator@folio.test'),
  }
}, 300_000)
afterAll(async () => cleanup?.())

describe('the seeded demo (every translation approved)', () => {
  let finished: string
  test('the default filter finds nothing to translate; --status approved exports the finished locale', async () => {
    await expect(exportXliff(payload, { report: '2020', locale: 'fr' })).rejects.toThrow(/^Nothing to translate/)
    const r = await exportXliff(payload, { report: '2020', locale: 'fr', statuses: ['approved'] })
    finished = r.xml
    wellFormed(r.xml)
    expect(r.documents).toBeGreaterThan(10)
    expect(r.xml).toContain(`<file original="chapters/${chapterId}"`)
    expect(r.xml).toMatch(
      /<target xml:lang="fr" state="final">Bélarus[\s\u202f]: la torture comme instrument de répression<\/target>/,
    )
  })

  test('confidential testimony fields are in no exported file, of either format, with the glossary', async () => {
    await payload.create({
      collection: 'glossary' as never,
      data: { term: 'torture', translations: { fr: 'torture' } } as never,
      overrideAccess: true,
    })
    for (const format of ['1.2', '2.1'] as const) {
      const r = await exportXliff(payload, {
        report: '2020',
        locale: 'fr',
        statuses: ['approved'],
        format,
        glossary: true,
      })
      for (const t of testimonies)
        for (const secret of [t.legalName, t.contact, t.internalNotes]) {
          expect(r.xml).not.toContain(secret)
          expect(r.tbx).not.toContain(secret)
        }
      expect(r.xml).toContain('Glossary: “torture” → “torture”')
      expect(r.tbx).toContain('<term>torture</term>')
    }
  })

  test('glossary QA: warnings on the dashboard (drafts) and in the readiness report (approved), never blocking', async () => {
    const entry = await payload.create({
      collection: 'glossary' as never,
      data: {
        term: 'election',
        translations: { fr: 'scrutin' },
        forbidden: [{ locale: 'fr', variant: 'élection' }],
      } as never,
      overrideAccess: true,
    })
    const drafts = await glossaryWarnings(payload, { report: '2020', locales: ['fr'], source: 'drafts' })
    expect(drafts.filter((w) => w.term === 'election').map((w) => [w.collection, w.kind])).toContainEqual([
      'chapters',
      'missing-approved',
    ])
    expect(drafts.map((w) => w.kind)).toContain('forbidden-variant')
    expect(drafts.find((w) => w.kind === 'forbidden-variant')!.message).toBe(
      '“élection” is a forbidden fr variant for “election” (use “scrutin”)',
    )
    const reportId = (await exportXliff(payload, { report: '2020', locale: 'fr', statuses: ['approved'] })).report.id
    const check = await checkReadiness(payload, {
      report: reportId,
      locales: ['fr'],
      version: 'auto',
      allowIncomplete: false,
    })
    expect(check.ok).toBe(true)
    expect(check.byLocale.fr.ready).toBe(true)
    expect(check.glossary?.length).toBe(drafts.length)
    await payload.delete({ collection: 'glossary' as never, id: (entry as { id: number }).id, overrideAccess: true })
  })

  test('importing the unchanged export changes nothing', async () => {
    const before = await payload.count({ collection: 'audit-events', overrideAccess: true })
    const r = await importXliff(payload, { file: finished, user: users.translator })
    expect(r.counts).toMatchObject({ applied: 0, rejected: 0, stale: 0 })
    expect(r.counts.unchanged).toBeGreaterThan(20)
    expect((await payload.count({ collection: 'audit-events', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  test('a finished locale re-imported over a lost translation gives the same Lexical JSON, and is idempotent', async () => {
    const fr = await readDoc('chapters', chapterId, 'fr')
    await payload.update({
      collection: 'chapters',
      id: chapterId,
      locale: 'fr',
      draft: true,
      data: { body: null, lead: null } as never,
      user: users.editor,
      overrideAccess: false,
    })
    const r = await importXliff(payload, { file: finished, user: users.translator })
    expect(r.counts.rejected).toBe(0)
    expect(r.documents.find((d) => d.collection === 'chapters' && d.id === chapterId)).toMatchObject({
      statusBefore: 'in-progress',
      statusAfter: 'ready-for-review',
    })
    const after = await readDoc('chapters', chapterId, 'fr')
    expect(after.body).toEqual(fr.body)
    expect(after.lead).toBe(fr.lead)
    const events = await payload.find({
      collection: 'audit-events',
      where: { docId: { equals: chapterId } },
      sort: '-createdAt',
      limit: 3,
      overrideAccess: true,
    })
    expect(events.docs.map((e) => [e.action, (e as { email?: string }).email])).toContainEqual([
      'update',
      'translator@folio.test',
    ])
    const again = await importXliff(payload, { file: finished, user: users.translator })
    expect(again.counts).toMatchObject({ applied: 0, rejected: 0 })
  })
})

describe('refusals', () => {
  let fileFr: string
  beforeAll(async () => {
    fileFr = (await exportXliff(payload, { report: '2020', locale: 'fr', statuses: ['approved', 'ready-for-review'] }))
      .xml
  })
  test('a locale that is not the report’s, and a user who may not translate into it, change nothing', async () => {
    await expect(
      importXliff(payload, {
        file: fileFr.replaceAll('target-language="fr"', 'target-language="de"'),
        user: users.admin,
      }),
    ).rejects.toThrow('The file\'s target language "de" is not a locale of the report (fr, es, ru, ar).')
    const es = (await exportXliff(payload, { report: '2020', locale: 'es', statuses: ['approved'] })).xml
    await expect(importXliff(payload, { file: es, user: users.translator })).rejects.toThrow(
      'You may not translate into es (your languages: fr, ar): nothing was imported.',
    )
  })

  test('a changed source makes its unit stale, not applied; a code mismatch is rejected with the unit id and line', async () => {
    const en = await readDoc('chapters', chapterId, 'en')
    const lead = `${String(en.lead)} (updated)`
    let file = fileFr.replace(
      /(<source xml:lang="en">Belarus: torture as an instrument of repression<\/source>\s*<target[^>]*>)[^<]*/,
      '$1Bélarus (retraduit)',
    )
    // A bold code removed from the target of the chapter's first unit that has one.
    const bold =
      /<trans-unit id="(chapters:\d+:body:[\d.]+)"(?:(?!<\/trans-unit>)[\s\S])*?<target[^>]*>(?:(?!<\/target>)[\s\S])*?<g id="(\d+)" ctype="bold">/.exec(
        file,
      )
    if (!bold) throw new Error('the demo chapter has no bold text to test with')
    const [, unitId, code] = bold
    file = file.replace(
      new RegExp(
        `(<trans-unit id="${unitId}"[\\s\\S]*?<target[^>]*>[\\s\\S]*?)<g id="${code}" ctype="bold">([^<]*)</g>`,
      ),
      '$1$2',
    )
    await payload.update({
      collection: 'chapters',
      id: chapterId,
      locale: 'en',
      draft: true,
      data: { lead } as never,
      user: users.editor,
      overrideAccess: false,
    })
    const changed = file.replace(/(<trans-unit id="chapters:\d+:lead"[\s\S]*?<target[^>]*>)[^<]*/, '$1Nouveau chapeau')
    const r = await importXliff(payload, { file: changed, user: users.translator })
    const byId = new Map(r.units.map((u) => [u.id, u]))
    expect(byId.get(`chapters:${chapterId}:lead`)).toMatchObject({ outcome: 'stale' })
    expect(byId.get(`chapters:${chapterId}:title`)).toMatchObject({ outcome: 'applied' })
    const rejected = byId.get(unitId)!
    expect(rejected).toMatchObject({
      outcome: 'rejected',
      reason: `inline codes do not match the source: missing code ${code} (bold)`,
    })
    expect(rejected.line).toBe(changed.split('\n').findIndex((l) => l.includes(`id="${unitId}"`)) + 1)
    const fr = await readDoc('chapters', chapterId, 'fr')
    expect(fr.title).toBe('Bélarus (retraduit)')
    expect(fr.lead).not.toBe('Nouveau chapeau')

    // The CLI says the same, and exits 1 (some units rejected).
    const file2 = path.join(dir, 'fr.xlf')
    fs.writeFileSync(file2, changed)
    const out = io()
    expect(await runXliffCli(['import', file2, '--dry-run', '--as', 'translator@folio.test'], borrowed, out.io)).toBe(1)
    expect(out.lines.join('\n')).toContain(
      `rejected: ${unitId} (line ${rejected.line}): inline codes do not match the source: missing code ${code} (bold)`,
    )
  })

  test('the CLI: a bad file exits 2 and says why; an export writes the file', async () => {
    const bad = path.join(dir, 'bad.xlf')
    fs.writeFileSync(bad, '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff/>')
    const out = io()
    expect(await runXliffCli(['import', bad], borrowed, out.io)).toBe(2)
    expect(out.lines.join('\n')).toMatch(/\nbad\.xlf: The file has a DOCTYPE declaration: refused/)
    const exp = io()
    const target = path.join(dir, 'ar.xliff')
    expect(
      await runXliffCli(
        ['export', '--report', '2020', '--locale', 'ar', '--format', '2.1', '--status', 'approved', '--out', target],
        borrowed,
        exp.io,
      ),
    ).toBe(0)
    expect(fs.readFileSync(target, 'utf8')).toContain('trgLang="ar"')
  })
})
