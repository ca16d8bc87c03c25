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

test('changing one’s own password in the admin: the current password is typed masked, and needed', async () => {
  const context = await personContext(browser)
  const page = await context.newPage()
  const { email, password } = DEMO_USERS.find((d) => d.roles.includes('translator'))!
  await signIn(page, server.url, email, password)
  await page.goto(`${server.url}/admin/account`)
  const current = page.locator('#field-currentPassword')
  await current.waitFor()
  expect(await current.getAttribute('type')).toBe('password')
  expect(await current.getAttribute('autocomplete')).toBe('current-password')
  await page.getByRole('button', { name: /change password/i }).click()
  const next = 'a new long passphrase for the test'
  await page.locator('#field-password').fill(next)
  await page.locator('#field-confirm-password').fill(next)
  // The form checks the two new passwords as their state settles (debounced), as a person typing gives it time to.
  await page.waitForTimeout(1000)
  // Without the current password the change is refused, and says why.
  await page.getByRole('button', { name: /^save$/i }).click()
  // Payload marks the field and puts the server's message in its tooltip.
  await page
    .locator('.field-type.password.error', { hasText: /give your current password/i })
    .waitFor({ state: 'attached' })
  await shot(page, 'account-current-password-needed')
  await current.fill(password)
  await page.waitForTimeout(1000)
  await page.getByRole('button', { name: /^save$/i }).click()
  await page
    .getByText(/updated successfully/i)
    .first()
    .waitFor()
  await shot(page, 'account-password-changed')
  await context.close()
  // The new password signs in (signIn waits for the dashboard); the old one no longer does.
  const again = await (await personContext(browser)).newPage()
  await signIn(again, server.url, email, next)
  expect(new URL(again.url()).pathname).toMatch(/^\/admin\/?$/)
  const old = await again.request.post(`${server.url}/api/users/login`, { data: { email, password } })
  expect(old.status()).toBe(401)
})
