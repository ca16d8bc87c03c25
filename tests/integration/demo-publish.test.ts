/**
 * The whole demo: seed, then publish the 2020 report with its PDF edition, verify it, and publish
 * again without changes. Uses the same CLI function `npm run publish` and `npm run verify` run.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { runPublishCli, runVerifyCli } from '../../src/publish/cli'
import { seed } from '../../src/seed'
import { CHAPTER_TEXT } from '../../src/seed/chapter'
import { defenders } from '../../src/seed/content'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  await seed(payload)
}, 180_000)
afterAll(async () => cleanup())

const io = () => {
  const out: string[] = []
  return { out, io: { out: (s: string) => void out.push(s), err: (s: string) => void out.push(s) } }
}
/** The CLI destroys the instance it booted when it ends; this test keeps using its own. */
const borrowed = async () =>
  new Proxy(payload, { get: (target, key) => (key === 'destroy' ? async () => {} : Reflect.get(target, key)) })

test('the seeded demo report publishes in every locale with its five PDFs, and verifies', async () => {
  const releases = path.join(dir, 'releases')
  const first = io()
  const code = await runPublishCli(['--report', '2020', '--out', releases], borrowed, first.io)
  expect({ code, output: first.out.join('\n') }).toMatchObject({ code: 0 })

  const versionDir = path.join(releases, 'annual-report-2020', '1.0.0')
  const manifest = JSON.parse(fs.readFileSync(path.join(versionDir, 'manifest.json'), 'utf8')) as {
    files: { path: string }[]
  }
  const pdfs = manifest.files
    .map((f) => f.path)
    .filter((p) => p.startsWith('pdf/'))
    .sort()
  expect(pdfs).toEqual(['ar', 'en', 'es', 'fr', 'ru'].map((l) => `pdf/annual-report-2020.${l}.pdf`))
  // The web edition: a front page and the chapter's page in every locale, the PDF beside them.
  for (const l of ['ar', 'en', 'es', 'fr', 'ru'])
    for (const p of [`web/${l}/index.html`, `web/${l}/belarus/index.html`, `web/${l}/annual-report-2020.${l}.pdf`])
      expect(manifest.files.map((f) => f.path)).toContain(p)

  // The French edition holds the French chapter title and every defender's name.
  const text = execFileSync('pdftotext', ['-layout', path.join(versionDir, 'pdf/annual-report-2020.fr.pdf'), '-'], {
    encoding: 'utf8',
  })
  expect(text.replace(/\s+/g, ' ')).toContain(CHAPTER_TEXT.fr.title.replace(/\s+/g, ' '))
  for (const d of defenders) expect(text).toContain(d.name.fr)

  const verify = io()
  expect(await runVerifyCli([versionDir], verify.io)).toBe(0)

  // Nothing changed: no new version.
  const second = io()
  expect(await runPublishCli(['--report', '2020', '--out', releases], borrowed, second.io)).toBe(0)
  expect(fs.readdirSync(path.join(releases, 'annual-report-2020')).filter((d) => /^\d/.test(d))).toEqual(['1.0.0'])
}, 300_000)
