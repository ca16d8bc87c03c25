/**
 * The editorial journey in a real browser, against the built server (next build, next start, a
 * fresh migrated and seeded database): an editor writes a testimony and submits it, a reviewer
 * approves it (and cannot approve their own change), a French translator translates it without
 * ever seeing its confidential part, the reviewer approves the translation, checks and publishes
 * the report from the admin, and the PDF and bundle archive download and hold the new testimony.
 *
 * The testimony is a clearly labelled, fictional sample. Screenshots: artifacts/e2e/.
 * To iterate on a server already running: FOLIO_E2E_URL=http://127.0.0.1:PORT (seeded, fresh).
 */
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { DEMO_USERS } from '../../src/seed/users'
import { CHAPTER_TEXT } from '../../src/seed/chapter'
import { startServer, type RunningServer } from '../helpers/server'
import {
  ARTIFACTS,
  choose,
  launch,
  openTab,
  personContext,
  saveDraft,
  settled,
  shot,
  signIn,
  typeRichText,
  workflowAction,
} from './browser'

const user = (role: string) => DEMO_USERS.find((u) => u.roles.includes(role as never))!
const editor = user('editor')
const reviewer = user('reviewer')
const translator = user('translator')

const tag = crypto.randomBytes(3).toString('hex')
const SAMPLE = {
  title: `Sample testimony ${tag}: a fictional witness describes a night in detention`,
  summary: `A fictional, anonymised sample witness (${tag}) describes being held overnight after a peaceful march.`,
  body: 'This sample testimony was written by the browser test. The witness is fictional.',
  titleFr: `Témoignage d'exemple ${tag} : un témoin fictif décrit une nuit en détention`,
  summaryFr: `Un témoin d'exemple, fictif et anonymisé (${tag}), décrit une nuit de détention après une marche pacifique.`,
  bodyFr: "Ce témoignage d'exemple a été écrit par le test du navigateur. Le témoin est fictif.",
  // Confidential: must never reach the translator, the bundle or the PDF.
  legalName: `E2E-LEGAL-NAME-${tag}`,
  contact: `E2E-CONTACT-${tag}@example.invalid`,
}

let server: RunningServer | null = null
let url = ''
let browser: Browser
let testimonyUrl = ''
const contexts: BrowserContext[] = []

async function person(email: string, password: string): Promise<Page> {
  const context = await personContext(browser)
  contexts.push(context)
  const page = await context.newPage()
  await signIn(page, url, email, password)
  return page
}

beforeAll(async () => {
  // A fresh folder of this suite's screenshots (the admin suite's, admin-*, are its own).
  for (const f of fs.existsSync(ARTIFACTS) ? fs.readdirSync(ARTIFACTS) : [])
    if (!f.includes('admin-')) fs.rmSync(`${ARTIFACTS}/${f}`, { recursive: true, force: true })
  if (process.env.FOLIO_E2E_URL) url = process.env.FOLIO_E2E_URL
  else {
    server = await startServer({ seed: true })
    url = server.url
  }
  browser = await launch()
}, 900_000)

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {})
  await browser?.close()
  if (server) {
    fs.writeFileSync(path.join(ARTIFACTS, 'server.log'), server.logs())
    await server.stop()
  }
})

describe('the editorial journey, in chromium', () => {
  let editorPage: Page
  let reviewerPage: Page
  let translatorPage: Page

  test('1. an editor writes a testimony with consent in the rich-text editor and submits it for review', async () => {
    editorPage = await person(editor.email, editor.password)
    const page = editorPage
    await shot(page, 'editor-dashboard')
    await page.goto(`${url}/admin/collections/testimonies/create`)
    await settled(page)
    await page.fill('#field-title', SAMPLE.title)
    await page.fill('#field-summary', SAMPLE.summary)
    await typeRichText(page, 'body', SAMPLE.body)
    await choose(page, 'field-chapter', CHAPTER_TEXT.en.title)
    await openTab(page, 'Confidential')
    await page.fill('#field-legalName', SAMPLE.legalName)
    await page.fill('#field-contact', SAMPLE.contact)
    await choose(page, 'field-consent__status', 'Given')
    await choose(page, 'field-consent__scope', 'Text')
    await shot(page, 'editor-testimony-confidential')
    await saveDraft(page)
    testimonyUrl = page.url().replace(/\?.*$/, '')
    await workflowAction(page, 'Submit for review', /the content: in-review/)
    await openTab(page, 'Public')
    await shot(page, 'editor-submitted')
    // An editor is offered no approval.
    await expect(page.getByRole('button', { name: 'Approve', exact: true }).count()).resolves.toBe(0)
  })

  test('2. a reviewer approves it; approving their own change is refused', async () => {
    reviewerPage = await person(reviewer.email, reviewer.password)
    const page = reviewerPage
    // The dashboard lists what waits for review, the new testimony among it.
    const waiting = page.getByRole('link', { name: SAMPLE.title })
    await waiting.waitFor()
    await shot(page, 'reviewer-dashboard')
    await waiting.click()
    await page.waitForURL(new RegExp(`${testimonyUrl.replace(/^.*\/admin/, '/admin')}`))
    await settled(page)
    await workflowAction(page, 'Approve', /the content: approved/)
    await shot(page, 'reviewer-approved')

    // Four-eyes: the reviewer writes something themselves, submits it, and cannot approve it.
    await page.goto(`${url}/admin/collections/organisations/create`)
    await settled(page)
    await page.fill('#field-name', `Sample organisation ${tag} (fictional)`)
    await choose(page, 'field-kind', 'Partner')
    await saveDraft(page)
    await workflowAction(page, 'Submit for review', /the content: in-review/)
    await page.getByRole('button', { name: 'Approve', exact: true }).click()
    // The refusal is the server's message, shown next to the buttons.
    await page
      .getByRole('alert')
      .filter({ hasText: /Four-eyes rule: you changed/ })
      .waitFor()
    await shot(page, 'reviewer-own-change-refused')
  })

  test('3. a French translator finds it on their dashboard, translates it and submits it, never seeing the confidential part', async () => {
    translatorPage = await person(translator.email, translator.password)
    const page = translatorPage
    const seen: string[] = []
    page.on('response', async (res) => {
      if (!res.url().startsWith(url)) return
      const type = res.headers()['content-type'] ?? ''
      if (/json|html|text|javascript|x-component/.test(type)) seen.push(await res.text().catch(() => ''))
    })
    await shot(page, 'translator-dashboard')
    await expect(page.getByRole('link', { name: 'fr' }).first().isVisible()).resolves.toBe(true)
    await page.goto(`${url}/admin/translations?locale=fr`)
    const link = page.getByRole('link', { name: SAMPLE.title })
    await link.waitFor()
    await shot(page, 'translator-translations-dashboard')
    await link.click()
    await page.waitForURL(/locale=fr/)
    await page.waitForSelector('#field-title')
    await page.fill('#field-title', SAMPLE.titleFr)
    await page.fill('#field-summary', SAMPLE.summaryFr)
    await typeRichText(page, 'body', SAMPLE.bodyFr)
    await saveDraft(page)
    await workflowAction(page, 'Submit for review', /the fr translation: ready-for-review/)
    await shot(page, 'translator-submitted')

    // No Confidential tab on the page (Payload keeps a hidden placeholder for a tab whose condition is false).
    await expect(page.locator('.tabs-field__tab-button', { hasText: 'Confidential' }).isVisible()).resolves.toBe(false)
    for (const tab of ['Public', 'Attribution']) {
      await openTab(page, tab)
      seen.push(await page.content())
    }
    await page.goto(`${testimonyUrl}/versions`)
    seen.push(await page.content())
    await shot(page, 'translator-versions')
    const everything = seen.join('\n')
    expect(everything.length).toBeGreaterThan(10_000)
    for (const secret of [SAMPLE.legalName, SAMPLE.contact]) expect(everything).not.toContain(secret)
    expect(everything).not.toMatch(/field-legalName|field-contact|field-consent__status/)
  })

  test('4. the reviewer approves the translation, checks and publishes; the PDF and the bundle download and hold the testimony', async () => {
    const page = reviewerPage
    await page.goto(`${testimonyUrl}?locale=fr`)
    await settled(page) // the buttons act only once the page is hydrated
    await workflowAction(page, 'Approve', /the fr translation: approved/)
    await shot(page, 'reviewer-approved-translation')

    await page.goto(`${url}/admin/publish`)
    await settled(page)
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor()
    await shot(page, 'publish-view')
    // This journey's testimony is translated into French only: publish en and fr.
    for (const l of ['es', 'ru', 'ar']) await page.getByTestId(`publish-locale-${l}`).uncheck()
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await page.getByTestId('publish-check-result').getByText('ready to publish').waitFor({ timeout: 120_000 })
    await shot(page, 'publish-check-passed')
    const publish = page.getByRole('button', { name: 'Publish', exact: true })
    await expect(publish.isEnabled()).resolves.toBe(true)
    await publish.click()
    await page
      .getByTestId('publish-final-status')
      .getByText(/Published version \d+\.\d+\.\d+/)
      .waitFor({ timeout: 300_000 })
    await shot(page, 'publish-finished')
    // The progress survives a reload: the view finds the finished publication again.
    await page.reload()
    await page
      .getByTestId('publish-final-status')
      .getByText(/Published version \d+\.\d+\.\d+/)
      .waitFor({ timeout: 60_000 })

    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-e2e-'))
    const download = async (name: RegExp) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).first().click()])
      const file = path.join(out, d.suggestedFilename())
      await d.saveAs(file)
      return file
    }
    const pdf = await download(/PDF \(fr\)/)
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    // The French summary is the pull quote (Typst sets typographic apostrophes: compare words).
    expect(text).toContain(`(${tag})`)
    expect(text).toMatch(/fictif et anonymisé/)
    for (const secret of [SAMPLE.legalName, SAMPLE.contact]) expect(text).not.toContain(secret)

    const archive = await download(/Whole bundle/)
    const unpacked = path.join(out, 'bundle')
    fs.mkdirSync(unpacked)
    execFileSync('tar', ['-xzf', archive, '-C', unpacked])
    const manifest = execFileSync('find', [unpacked, '-name', 'manifest.json'], { encoding: 'utf8' })
      .trim()
      .split('\n')[0]
    expect(manifest).toBeTruthy()
    const bundleDir = path.dirname(manifest)
    const { verifyBundle } = await import('../../src/publish/release/verify')
    expect(verifyBundle(bundleDir).ok).toBe(true)
    const fr = fs.readFileSync(
      execFileSync('find', [bundleDir, '-name', '*.json', '-path', '*fr*'], { encoding: 'utf8' }).trim().split('\n')[0],
      'utf8',
    )
    expect(fr).toContain(SAMPLE.titleFr)
    for (const secret of [SAMPLE.legalName, SAMPLE.contact]) expect(fr).not.toContain(secret)
  })
})
