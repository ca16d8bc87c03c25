/**
 * A pseudo-translation through XLIFF ends up in the published fr bundle and PDF: the editor adds
 * a paragraph with a link and bold to the demo chapter (approved), the French translation goes
 * stale; its export is pseudo-translated (a marker + the source, every code kept), imported by
 * the French translator through the REST endpoint, approved by the reviewer, and published. The
 * bundle holds the marker text with its bold, link and the embedded blocks at their places; the
 * PDF shows it. The glossary QA warns about the pseudo-translation (and never blocks).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload, PayloadRequest } from 'payload'

import { link, paragraph, text } from '../../src/lexical/build'
import { checkReadiness } from '../../src/publish/admin/api/check'
import { runPublishCli } from '../../src/publish/cli'
import { seed } from '../../src/seed'
import { transition } from '../../src/workflow/transition'
import { xliffEndpoints } from '../../src/xliff/server/endpoints'
import { exportXliff } from '../../src/xliff/server/export'
import type { ImportReport } from '../../src/xliff/server/import'
import { glossaryWarnings } from '../../src/xliff/server/qa'
import { lexicalToPortable } from '../../src/publish/bundle/richtext'
import { bootWorkflowPayload } from '../workflow/boot'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let chapterId: string
const user = async (email: string) =>
  ({
    ...((
      await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
    ).docs[0] as object),
    collection: 'users',
  }) as { id: number; email: string; roles: string[]; locales: string[]; collection: 'users' }

beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootWorkflowPayload())
  chapterId = String((await seed(payload)).chapterId)
}, 300_000)
afterAll(async () => cleanup?.())

const MARK = '[pseudo-fr] '
/** Every unit's target = the marker + its source, codes and all (the file's own markup, untouched). */
const pseudoTranslate = (xml: string) =>
  xml.replace(
    /(<source xml:lang="en">)([\s\S]*?)(<\/source>)(\s*<target[^>]*>[\s\S]*?<\/target>)?/g,
    (_m, open, inner, close) =>
      `${open}${inner}${close}\n        <target xml:lang="fr" state="translated">${MARK}${inner}</target>`,
  )

const importHandler = xliffEndpoints.find((e) => e.path === '/xliff/import')!.handler

test('a pseudo-translation imported through REST is published in the fr bundle and PDF with its bold, link and blocks', async () => {
  const editor = await user('editor@folio.test')
  const reviewer = await user('reviewer@folio.test')
  const translator = await user('translator@folio.test')
  const en = (await payload.findByID({
    collection: 'chapters',
    id: chapterId,
    locale: 'en',
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as unknown as {
    body: { root: { children: unknown[] } }
  }
  const body = structuredClone(en.body)
  body.root.children.splice(
    2,
    0,
    paragraph('Read ', text('the briefing', 'bold'), ' on ', link('https://www.omct.org/en/', 'our website'), '.'),
  )
  await payload.update({
    collection: 'chapters',
    id: chapterId,
    locale: 'en',
    draft: true,
    data: { body } as never,
    user: editor,
    overrideAccess: false,
  })
  await transition(payload, { collection: 'chapters', id: chapterId, action: 'submit', user: editor })
  await transition(payload, { collection: 'chapters', id: chapterId, action: 'approve', user: reviewer })
  await payload.create({
    collection: 'glossary' as never,
    data: {
      term: 'torture',
      translations: { fr: 'torture' },
      forbidden: [{ locale: 'fr', variant: 'sévices' }],
    } as never,
    overrideAccess: true,
  })

  // The stale chapter is exported (default filter), its French body structured differently now.
  const exported = await exportXliff(payload, { report: '2020', locale: 'fr' })
  expect(exported.xml).toContain(`<file original="chapters/${chapterId}"`)
  // The translation is matched through the source it was made from: unchanged units keep their
  // French target although their place moved; the new paragraph has none.
  expect(exported.xml).toContain('<target xml:lang="fr" state="translated">La torture, emblème de la crise</target>')
  const added = exported.xml.split('<trans-unit').find((u) => u.includes(`id="chapters:${chapterId}:body:2"`))!
  expect(added).toContain('Read <g id="1" ctype="bold">the briefing</g> on <g id="2" ctype="link">our website</g>.')
  expect(added).not.toContain('<target')
  const file = pseudoTranslate(exported.xml)

  const req = {
    payload,
    user: translator,
    headers: new Headers({ 'content-type': 'application/xliff+xml' }),
    searchParams: new URLSearchParams(),
    arrayBuffer: async () => new TextEncoder().encode(file).buffer,
  } as unknown as PayloadRequest
  const res = await importHandler(req)
  const report = (await res.json()) as ImportReport
  expect(res.status).toBe(200)
  expect(report.counts).toMatchObject({ rejected: 0, stale: 0 })
  expect(report.documents.find((d) => d.collection === 'chapters')).toMatchObject({
    statusBefore: 'stale',
    statusAfter: 'ready-for-review',
  })
  // The same file again: nothing to apply.
  const again = (await (await importHandler({ ...req } as PayloadRequest)).json()) as ImportReport
  expect(again.counts.applied).toBe(0)

  // The QA sees the pseudo-text keeps "torture" (no warning) — then a forbidden variant (a warning).
  expect(await glossaryWarnings(payload, { report: '2020', locales: ['fr'], source: 'drafts' })).toEqual([])

  for (const d of report.documents.filter((x) => x.statusAfter === 'ready-for-review'))
    await transition(payload, { collection: d.collection, id: d.id, action: 'approve', locale: 'fr', user: reviewer })
  const check = await checkReadiness(payload, {
    report: exported.report.id,
    locales: ['fr'],
    version: 'auto',
    allowIncomplete: false,
  })
  expect(check.ok).toBe(true)
  expect(check.glossary).toEqual([])

  const releases = path.join(dir, 'releases')
  const borrowed = async () =>
    new Proxy(payload, { get: (t, k) => (k === 'destroy' ? async () => {} : Reflect.get(t, k)) })
  const out: string[] = []
  const code = await runPublishCli(['--report', '2020', '--locales', 'fr', '--out', releases], borrowed, {
    out: (l) => void out.push(l),
    err: (l) => void out.push(l),
  })
  if (code !== 0) throw new Error(`publish exited ${code}:\n${out.join('\n')}`)
  const version = fs.readdirSync(path.join(releases, 'annual-report-2020')).find((v) => /^\d/.test(v))!
  const bundleDir = path.join(releases, 'annual-report-2020', version)
  const fr = JSON.parse(fs.readFileSync(path.join(bundleDir, 'content/fr.json'), 'utf8')) as {
    chapters: Array<{ id: string; body: { children: Array<Record<string, unknown>> } }>
  }
  const chapter = fr.chapters.find((c) => c.id === chapterId)!
  const blocks = chapter.body.children
  // The structure of the English body (the paragraph this test added at index 2 included), kept.
  const enBlocks = lexicalToPortable(body).tree!.children
  expect(blocks.map((b) => b.type)).toEqual(enBlocks.map((b) => b.type))
  expect(blocks[2]).toEqual({
    type: 'paragraph',
    children: [
      { type: 'text', text: `${MARK}Read `, marks: [] },
      { type: 'text', text: 'the briefing', marks: ['bold'] },
      { type: 'text', text: ' on ', marks: [] },
      {
        type: 'link',
        url: 'https://www.omct.org/en/',
        newTab: false,
        children: [{ type: 'text', text: 'our website', marks: [] }],
      },
      { type: 'text', text: '.', marks: [] },
    ],
  })
  // The demo's own inline formatting (the response paragraph: a link and two names in bold) survives.
  const response = blocks.find(
    (b) =>
      b.type === 'paragraph' && JSON.stringify(b).includes('"link"') && JSON.stringify(b).split('"bold"').length > 2,
  ) as { children: Array<{ type: string; text?: string; marks?: string[] }> }
  expect(response.children[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/^\[pseudo-fr\] /) })
  expect(response.children.filter((c) => c.marks?.includes('bold'))).toHaveLength(2)
  expect(blocks.find((b) => b.type === 'video')).toMatchObject({
    type: 'video',
    title: expect.stringMatching(/^\[pseudo-fr\] Police brutality/),
  })

  const pdf = fs.readdirSync(path.join(bundleDir, 'pdf')).find((f) => f.endsWith('.fr.pdf'))!
  const pdfText = execFileSync('pdftotext', [path.join(bundleDir, 'pdf', pdf), '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  )
  // The PDF prints a link's address as a footnote.
  expect(pdfText).toMatch(
    /\[pseudo-fr\] Read the briefing on our website(\d+)\. [\s\S]*\1https:\/\/www\.omct\.org\/en\//,
  )
  expect(pdfText).toContain('[pseudo-fr] An election, the streets, and a brutal answer')
}, 300_000)
