/**
 * The admin as editors and translators live in it, in chromium against the built server (fresh
 * migrated, seeded database): the translation dashboard's word counts against counts computed from
 * the demo content read over REST, a filter, a stale item with its source diff, an assignment with
 * a due date on the assignee's dashboard, one status on the translator's edit view (no Payload
 * status line, no internal fields), the editor's dashboard; axe on every custom view.
 * Screenshots: artifacts/e2e/.
 */
import fs from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { declared } from '../../src/model/registry'
import { DEMO_USERS } from '../../src/seed/users'
import { countWords, fieldWords } from '../../src/workflow/words'
import { login, startServer, type RunningServer } from '../helpers/server'
import { ARTIFACTS, launch, personContext, settled, shot, signIn } from './browser'

const user = (role: string) => DEMO_USERS.find((u) => u.roles.includes(role as never))!
const editor = user('editor')
const admin = user('admin')
const translator = user('translator')

let server: RunningServer | null = null
let url = ''
let browser: Browser
let auth = ''
const contexts: BrowserContext[] = []

async function person(email: string, password: string): Promise<Page> {
  const context = await personContext(browser)
  contexts.push(context)
  const page = await context.newPage()
  await signIn(page, url, email, password)
  return page
}

async function api<T = Record<string, unknown>>(p: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${url}/api/${p}`, {
    ...init,
    headers: { Authorization: auth, 'content-type': 'application/json', ...(init.headers ?? {}) },
  })
  const body = (await res.json()) as T
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} /api/${p}: ${res.status} ${JSON.stringify(body)}`)
  return body
}

type Doc = Record<string, unknown> & { id: number }
const all = (collection: string, where: string) =>
  api<{ docs: Doc[] }>(`${collection}?depth=0&draft=true&locale=all&limit=0&${where}`).then((r) => r.docs)
const idsOf = (v: unknown) =>
  (Array.isArray(v) ? v : v ? [v] : []).map((x) => (typeof x === 'object' ? (x as Doc).id : x))

/** The source words of the demo report's documents, read over REST: the report, its chapters and what they use. */
async function demoReportWords(): Promise<{ words: number; reportId: number }> {
  const [report] = await all('reports', 'sort=-year')
  const chapters = await all('chapters', `where[report][equals]=${report.id}`)
  const docs: Array<[string, Doc]> = [['reports', report], ...chapters.map((c) => ['chapters', c] as [string, Doc])]
  const used: Record<string, Set<unknown>> = {
    statistics: new Set(),
    testimonies: new Set(),
    defenders: new Set(),
    organisations: new Set(),
  }
  for (const c of chapters) {
    for (const x of idsOf(c.headlineStatistics)) used.statistics.add(x)
    for (const x of idsOf(c.testimonies)) used.testimonies.add(x)
    for (const x of idsOf(c.defenders)) used.defenders.add(x)
    for (const x of idsOf(c.partners)) used.organisations.add(x)
  }
  for (const collection of ['statistics', 'testimonies']) {
    for (const c of chapters)
      for (const d of await all(collection, `where[chapter][equals]=${c.id}`)) used[collection].add(d.id)
  }
  for (const [collection, set] of Object.entries(used)) {
    if (!set.size) continue
    for (const d of await all(collection, `where[id][in]=${[...set].join(',')}`)) docs.push([collection, d])
  }
  const words = docs.reduce(
    (n, [collection, doc]) =>
      n +
      Object.values(fieldWords(declared(collection).fields, doc, { locale: 'en', allLocales: true })).reduce(
        (a, b) => a + b,
        0,
      ),
    0,
  )
  return { words, reportId: report.id }
}

const number = async (page: Page, testId: string) =>
  Number(((await page.getByTestId(testId).first().textContent()) ?? '').replace(/[^\d]/g, ''))

/** axe on Folio's own views and panels (Payload's nav and fields are upstream's). */
async function axe(page: Page, name: string, within = ['.folio-view']) {
  let builder = new AxeBuilder({ page })
  for (const selector of within) builder = builder.include(selector)
  const result = await builder.analyze()
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  fs.writeFileSync(path.join(ARTIFACTS, `admin-axe-${name}.json`), JSON.stringify(result.violations, null, 2))
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const f of fs.readdirSync(ARTIFACTS))
    if (f.includes('admin-')) fs.rmSync(path.join(ARTIFACTS, f), { force: true })
  if (process.env.FOLIO_E2E_URL) url = process.env.FOLIO_E2E_URL
  else {
    server = await startServer({ seed: true })
    url = server.url
  }
  auth = await login(url, admin.email, admin.password)
  browser = await launch()
}, 900_000)

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {})
  await browser?.close()
  if (server) {
    fs.writeFileSync(path.join(ARTIFACTS, 'admin-server.log'), server.logs())
    await server.stop()
  }
})

describe('the admin for editors and translators, in chromium', () => {
  let coordinator: Page
  let staleOrg: Doc
  const NEW_DESCRIPTION =
    'A partner organisation that documents detentions and offers free legal aid to families (sample edit).'

  test('the dashboard counts the words the demo report has to translate', async () => {
    const { words } = await demoReportWords()
    expect(words).toBeGreaterThan(500)
    coordinator = await person(editor.email, editor.password)
    await coordinator.goto(`${url}/admin/translations?locale=all`)
    for (const l of ['fr', 'es', 'ru', 'ar']) {
      await expect(number(coordinator, `words-total-${l}`)).resolves.toBe(words)
      const translated = await number(coordinator, `words-translated-${l}`)
      const missing = await number(coordinator, `words-missing-${l}`)
      const stale = await number(coordinator, `words-stale-${l}`)
      expect(translated + missing + stale).toBe(words)
    }
    await shot(coordinator, 'admin-coordinator-dashboard')
    await axe(coordinator, 'coordinator-dashboard')
  })

  test('an English edit makes a translation stale: the filter shows it, with a word diff of its source', async () => {
    const [report] = await all('reports', 'sort=-year')
    const [chapter] = await all('chapters', `where[report][equals]=${report.id}&sort=order`)
    const orgId = idsOf(chapter.partners)[0]
    const before = (await all('organisations', `where[id][equals]=${orgId}`))[0]
    const frBefore = await number(coordinator, 'words-stale-fr')
    await api(`organisations/${orgId}?locale=en&draft=true`, {
      method: 'PATCH',
      body: JSON.stringify({ description: NEW_DESCRIPTION }),
      headers: { Authorization: await login(url, editor.email, editor.password) },
    })
    staleOrg = before
    await coordinator.goto(`${url}/admin/translations?report=${report.id}&locale=fr&status=stale`)
    const rows = coordinator.locator('[data-testid="translation-items"] tbody tr')
    await expect(rows.count()).resolves.toBeGreaterThan(0)
    for (const text of await rows.allTextContents()) expect(text).toMatch(/stale/)
    await expect(number(coordinator, 'words-stale-fr')).resolves.toBe(frBefore + countWords(NEW_DESCRIPTION))
    const row = coordinator.getByTestId(`item-organisations-${orgId}-fr`)
    await row.locator('summary', { hasText: 'What changed in the source' }).click()
    const diff = row.getByTestId('stale-diff')
    await expect(diff.locator('ins').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('free legal aid')]),
    )
    await expect(diff.locator('del').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('criminal prosecution')]),
    )
    await shot(coordinator, 'admin-stale-item-diff')
    await axe(coordinator, 'stale-filter')
  })

  test('an assignment with a due date appears on the assignee’s dashboard, overdue first', async () => {
    const orgId = staleOrg.id
    const form = coordinator.getByTestId(`assign-organisations-${orgId}-fr`)
    await form.locator('select').selectOption({ label: translator.name })
    await form.locator('input[type="date"]').fill('2020-12-01')
    await form.getByRole('button', { name: 'Assign' }).click()
    await coordinator.getByTestId(`item-organisations-${orgId}-fr`).getByTestId('assignment').waitFor()
    await expect(
      coordinator.getByTestId(`item-organisations-${orgId}-fr`).getByTestId('assignment').textContent(),
    ).resolves.toMatch(/Tam Translator.*due 2020-12-01.*overdue/)

    const page = await person(translator.email, translator.password)
    const assigned = page.getByTestId('assigned-to-you')
    await assigned.waitFor()
    const first = assigned.getByTestId('assigned-item').first()
    await expect(first.textContent()).resolves.toMatch(/fr.*due 2020-12-01.*overdue/)
    await shot(page, 'admin-translator-dashboard')
    await axe(page, 'translator-home', ['.folio-dashboard'])
    await page.goto(`${url}/admin/translations`)
    await page.getByTestId('progress-fr').waitFor()
    await expect(page.getByTestId('progress-es').count()).resolves.toBe(0) // their languages: fr, ar
    await shot(page, 'admin-translator-translations')
    await axe(page, 'translator-translations')

    // The translator's edit view: one status (Folio's, per locale), no Payload status line, no plumbing.
    const [testimony] = (
      await api<{ docs: Doc[] }>('testimonies?depth=0&limit=1&where[workflow.state][equals]=approved')
    ).docs
    await page.goto(`${url}/admin/collections/testimonies/${testimony.id}?locale=fr`)
    await settled(page)
    await page.getByTestId('workflow-status').waitFor()
    await expect(page.getByTestId('workflow-status').textContent()).resolves.toMatch(/en: approved[\s\S]*fr:/)
    // biome-ignore lint/performance/useDomNodeTextContent: what is on screen, not hidden text
    const text = await page.locator('body').innerText()
    expect(text).not.toMatch(/Revert to published/i)
    await expect(page.locator('.doc-controls .status').count()).resolves.toBe(0)
    for (const internal of [/approved ?version/i, /source ?fingerprint/i, /technical \(admins\)/i])
      expect(text).not.toMatch(internal)
    expect(text).not.toMatch(/\b[0-9a-f]{64}\b/) // no fingerprint hash on screen
    await expect(page.locator('[id*="approvedVersion"], [id*="sourceFingerprint"]').count()).resolves.toBe(0)
    await shot(page, 'admin-translator-edit-view')
  })

  test('the editor’s dashboard: readiness per locale with links, what waits for whom, recent changes', async () => {
    // A new statistic in the chapter, approved in English and not yet translated: a problem in every other language.
    const [report] = await all('reports', 'sort=-year')
    const [chapter] = await all('chapters', `where[report][equals]=${report.id}&sort=order`)
    const editorAuth = await login(url, editor.email, editor.password)
    const { doc: stat } = await api<{ doc: Doc }>('statistics?locale=en', {
      method: 'POST',
      headers: { Authorization: editorAuth },
      body: JSON.stringify({
        label: 'Sample statistic added by the admin browser test (fictional)',
        value: 12,
        qualifier: 'exact',
        asOf: '2020-12-31',
        source: { title: 'Sample source (fictional)' },
        chapter: chapter.id,
      }),
    })
    const step = (action: string, who: string) =>
      api(`statistics/${stat.id}/workflow`, {
        method: 'POST',
        headers: { Authorization: who },
        body: JSON.stringify({ action }),
      })
    await step('submit', editorAuth)
    await step('approve', await login(url, user('reviewer').email, user('reviewer').password))
    await coordinator.goto(`${url}/admin`)
    const readiness = coordinator.getByTestId('readiness')
    await readiness.waitFor({ timeout: 120_000 })
    for (const l of ['en', 'fr', 'ar']) await coordinator.getByTestId(`readiness-${l}`).waitFor()
    // The untranslated statistic: each language's problem links to the document in that language.
    await expect(
      coordinator.getByTestId('readiness-fr').locator(`a[href*="/collections/statistics/${stat.id}"]`).count(),
    ).resolves.toBeGreaterThan(0)
    await expect(coordinator.getByTestId('readiness-en').textContent()).resolves.toMatch(/ready|problem/)
    await expect(coordinator.getByTestId('waiting-for-whom').textContent()).resolves.toMatch(/Translators \(fr\)/)
    await expect(coordinator.getByTestId('recent-changes').textContent()).resolves.toMatch(/editor@folio\.test: update/)
    await shot(coordinator, 'admin-editor-dashboard')
    await axe(coordinator, 'editor-dashboard', ['.folio-dashboard', '[data-testid="readiness"]'])
  })

  test('the glossary check of a language runs when asked for, from the dashboard', async () => {
    // A sample glossary term whose French equivalent the demo's French text does not use.
    await api('glossary', {
      method: 'POST',
      headers: { Authorization: auth },
      body: JSON.stringify({ term: 'Belarus', translations: { fr: 'Bélarus (terme de test)' } }),
    })
    await coordinator.goto(`${url}/admin/translations?locale=fr`)
    // Not run on a visit: a link asks for it.
    await coordinator.getByTestId('glossary-check-fr').waitFor()
    expect(await coordinator.getByTestId('glossary-warnings').count()).toBe(0)
    await coordinator.getByTestId('glossary-check-fr').click()
    const warnings = coordinator.getByTestId('glossary-warnings')
    await warnings.waitFor()
    expect(await warnings.textContent()).toMatch(/Glossary check \(fr, latest drafts\): \d+ warnings? \(not blocking\)/)
    expect(new URL(coordinator.url()).searchParams.get('glossary')).toBe('fr')
    await shot(coordinator, 'admin-glossary-check')
  })
})
