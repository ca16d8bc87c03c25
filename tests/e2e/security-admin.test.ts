/**
 * The admin under the Content-Security-Policy of src/security/headers.ts, in Debian's chromium:
 * it loads, signs in and opens a document's edit view, the policy is the one sent, and the browser
 * reports no CSP violation and no blocked script or style. Screenshots in artifacts/e2e/.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { DEMO_USERS } from '../../src/seed/users'
import { CONTENT_SECURITY_POLICY } from '../../src/security/headers'
import { startServer, type RunningServer } from '../helpers/server'
import { launch, personContext, shot, signIn } from './browser'

let server: RunningServer
let browser: Browser
beforeAll(async () => {
  server = await startServer({ seed: true })
  browser = await launch()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('the admin works under the Content-Security-Policy', async () => {
  const context = await personContext(browser)
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text()))
      violations.push(m.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const first = await page.goto(`${server.url}/admin/login`)
  expect(first?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  const { email, password } = DEMO_USERS.find((d) => d.roles.includes('editor'))!
  await signIn(page, server.url, email, password)
  await shot(page, 'csp-dashboard')
  await page.goto(`${server.url}/admin/collections/chapters`)
  await page.locator('table a').first().click()
  await page.waitForSelector('#field-title')
  await shot(page, 'csp-chapter-edit')
  expect(violations).toEqual([])
  await context.close()
})
