/**
 * Browser helpers for the e2e suite: Debian's chromium (apt-get install chromium) driven by
 * playwright-core. Nothing is downloaded: the executable is found on this machine or named by
 * CHROMIUM_PATH. Screenshots of every step go to artifacts/e2e/ (kept by CI as test artifacts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const ARTIFACTS = path.resolve('artifacts/e2e')

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[]
  const found = candidates.find((p) => fs.existsSync(p))
  if (!found)
    throw new Error(
      `No chromium found (looked at ${candidates.join(', ')}): apt-get install -y chromium, or set CHROMIUM_PATH.`,
    )
  return found
}

export async function launch(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A fresh browser profile (its own cookies) for one person. */
export async function personContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true })
  context.setDefaultTimeout(30_000)
  return context
}

let shotNumber = 0
/** Saves a full-page screenshot as artifacts/e2e/NN-name.png and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  shotNumber++
  const file = path.join(ARTIFACTS, `${String(shotNumber).padStart(2, '0')}-${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => /\/admin\/?$/.test(u.pathname))
}

/** Picks an option of a Payload select or relationship field (react-select) by its visible text. */
export async function choose(page: Page, fieldId: string, option: string | RegExp): Promise<void> {
  await page.locator(`#${fieldId} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** Types into the Lexical rich-text editor of the field `fieldName` (its wrapper carries data-field-path). */
export async function typeRichText(page: Page, fieldName: string, text: string): Promise<void> {
  await page.locator(`.rich-text-lexical[data-field-path="${fieldName}"] [contenteditable="true"]`).first().click()
  await page.keyboard.type(text)
}

/** Clicks "Save Draft" and waits until the document is saved (the URL names its id). */
export async function saveDraft(page: Page): Promise<void> {
  await page.locator('#action-save-draft').click()
  await page.waitForURL(/\/admin\/collections\/[^/]+\/\d+/)
  await page
    .locator('.toast, [class*="toast"]')
    .filter({ hasText: /saved|success/i })
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {})
}

/** Clicks a workflow action (the buttons in place of Publish) and waits for the page to reload with the new state. */
export async function workflowAction(page: Page, label: string, expectState: RegExp): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click()
  try {
    await page.getByText(expectState).first().waitFor()
  } catch (error) {
    // Say what the page said (the server's refusal is shown as an alert next to the buttons).
    const alerts = (await page.getByRole('alert').allTextContents()).map((t) => t.trim()).filter(Boolean)
    await shot(page, `failed-${label.toLowerCase().replace(/\W+/g, '-')}`)
    throw new Error(
      `"${label}" did not lead to ${expectState}; the page says: ${alerts.join(' | ') || '(no alert)'}\n${String(error)}`,
    )
  }
  await settled(page)
}

/** Waits until the edit form has finished rendering (the rich-text editor loads late). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {})
  if (await page.locator('.rich-text-lexical').count())
    await page
      .locator('.rich-text-lexical [contenteditable]')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {})
}

/** Opens a tab of a tabs field (the edit form's tabs, not the nav group of the same name). */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.tabs-field__tab-button', { hasText: name }).first().click()
}
