/**
 * The web edition in Debian's chromium (playwright-core + @axe-core/playwright), served by a tiny
 * static server with the app's headers: every page type in all five locales has no WCAG 2.2 A/AA
 * violation; the keyboard reaches every link and the video button; without JavaScript the figures
 * and the text are all there; nothing is requested outside the site until the video is clicked;
 * Arabic pages are right-to-left. Screenshots of each page type, en and ar: artifacts/e2e/web-*.png.
 */
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { BlockNode } from '../../src/publish/bundle/schema'
import { LOCALES } from '../pdf/fixtures/belarus'
import { build, fixture } from '../web/fixture'
import { ARTIFACTS, launch } from './browser'
import { serveEdition, type StaticServer } from './web-server'

const VIDEO = 'https://www.youtube.com/watch?v=aBcDeFgHiJk'
const PAGE_TYPES = ['', 'intro/', 'belarus/', 'testimonies/', 'defenders/'] as const
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

let server: StaticServer
let browser: Browser
let files: Map<string, Buffer>

beforeAll(async () => {
  // The intro chapter gets a video on a host with a privacy-respecting player (the facade's
  // in-place player); the Belarus chapter's video is on a plain site (the facade is a link).
  const f = await fixture((bundles) => {
    for (const b of bundles) {
      const video: BlockNode = { type: 'video', url: VIDEO, title: `Video ${b.locale}`, caption: null, poster: 'm1' }
      b.chapters.find((c) => c.slug === 'intro')!.body!.children.push(video)
    }
  })
  files = await build(f)
  server = await serveEdition(files)
  browser = await launch()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const outside = (url: string) => !url.startsWith(server.url) && !url.startsWith('data:')

async function open(page: Page, p: string) {
  await page.goto(server.url + p, { waitUntil: 'networkidle' })
}

describe('every page type in every locale', () => {
  test.each(LOCALES.flatMap((l) => PAGE_TYPES.map((t) => [l, t] as const)).concat([['' as never, '' as never]]))(
    '%s/%s: no WCAG 2.2 A/AA violation, lang/dir, no request outside the site',
    async (l, t) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const external: string[] = []
      await context.route('**/*', (route) => {
        if (outside(route.request().url())) {
          external.push(route.request().url())
          return route.abort()
        }
        return route.continue()
      })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      page.on('pageerror', (e) => errors.push(e.message))
      await open(page, l ? `${l}/${t}` : '')
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.waitForLoadState('networkidle')
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      )
      expect(violations).toEqual([])
      const { lang, dir } = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
      }))
      expect(dir).toBe(l === 'ar' ? 'rtl' : 'ltr')
      expect(lang).toBe(l === 'en' || !l ? 'en-GB' : l)
      expect(external).toEqual([])
      expect(errors).toEqual([])
      if ((l === 'en' || l === 'ar') && t !== 'intro/')
        await page.screenshot({
          path: path.join(ARTIFACTS, `web-${l}-${t.replace('/', '') || 'front'}.png`),
          fullPage: true,
        })
      await context.close()
    },
    60_000,
  )
})

/** Focusable elements a reader must be able to reach: visible links, summaries, the video. */
async function tabStops(page: Page): Promise<{ reached: string[]; expected: string[] }> {
  await page.evaluate(() => {
    let n = 0
    for (const el of document.querySelectorAll<HTMLElement>('a[href], summary, [tabindex="0"]'))
      el.dataset.stop = String(n++)
  })
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-stop]')]
      .filter((el) => !el.closest('details:not([open]) > :not(summary)'))
      .map((el) => el.dataset.stop!),
  )
  const reached = new Set<string>()
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press('Tab')
    const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.stop ?? null)
    if (id) reached.add(id)
  }
  return { reached: [...reached].sort(), expected: [...expected].sort() }
}

test.each([
  ['en', 'belarus/'],
  ['ar', 'belarus/'],
  ['en', ''],
  ['ar', 'defenders/'],
  ['fr', 'testimonies/'],
])('%s/%s: the keyboard alone reaches every link, the video button and the language menu', async (l, t) => {
  const page = await browser.newPage()
  await open(page, `${l}/${t}`)
  const { reached, expected } = await tabStops(page)
  expect(reached).toEqual(expected)
  // The language menu opens with Enter and its links are then reached with Tab.
  await page.focus('summary')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  const first = await page.evaluate(() => document.activeElement?.closest('.lang-menu ul') !== null)
  expect(first).toBe(true)
  await page.keyboard.press('Escape')
  expect(await page.evaluate(() => document.querySelector('details.lang-menu')!.hasAttribute('open'))).toBe(false)
  await page.close()
})

test('the video facade: a keyboard-reachable button; nothing from the video host until it is pressed', async () => {
  const context = await browser.newContext()
  const external: string[] = []
  await context.route('**/*', (route) => {
    if (outside(route.request().url())) {
      external.push(route.request().url())
      return route.fulfill({ status: 204, body: '' })
    }
    return route.continue()
  })
  const page = await context.newPage()
  await open(page, 'en/intro/')
  const button = page.locator('a.video-play[data-embed]')
  expect(await button.getAttribute('href')).toBe(VIDEO)
  expect(await page.locator('iframe').count()).toBe(0)
  expect(external).toEqual([])
  await button.focus()
  await page.keyboard.press('Enter')
  await page.waitForSelector('iframe')
  expect(await page.locator('iframe').getAttribute('src')).toBe(
    'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1',
  )
  await page.waitForTimeout(300)
  expect(external.length).toBeGreaterThan(0)
  expect(external.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true)
  await context.close()
})

describe('without JavaScript', () => {
  test.each(LOCALES)('%s: every figure and every paragraph is on the page', async (l) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const t of PAGE_TYPES) {
      await open(page, `${l}/${t}`)
      const html = files.get(`${l}/${t}index.html`)!.toString('utf8')
      const paragraphs = [...html.matchAll(/<p>([^<]{40,})<\/p>/g)].map((m) =>
        m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
      )
      // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees (rendered text) is checked
      const shown = await page.evaluate(() => document.body.innerText)
      for (const p of paragraphs) expect(shown).toContain(p.slice(0, 40))
      const counts = await page.$$eval('[data-count]', (els) => els.map((e) => e.textContent))
      for (const c of counts) expect(c).toMatch(/\d/)
    }
    await context.close()
  })
})

test('counters count up once in view, unless the reader asked for reduced motion', async () => {
  const final = '2\u202f000'
  // A short window: the figures start below the fold.
  const moving = await browser.newContext({ reducedMotion: 'no-preference', viewport: { width: 800, height: 300 } })
  const page = await moving.newPage()
  await open(page, 'fr/')
  const n = page.locator('[data-count="2000"]').first()
  expect(await n.textContent()).toBe(final) // not in view yet: untouched
  await n.scrollIntoViewIfNeeded()
  await page.waitForTimeout(200)
  expect(await n.textContent()).not.toBe(final)
  await page.waitForTimeout(2000)
  expect(await n.textContent()).toBe(final)
  // Screen readers get the final figure at once; the moving copy is hidden from them.
  expect(await n.getAttribute('aria-hidden')).toBe('true')
  expect(await page.locator('.sr-only', { hasText: final }).count()).toBeGreaterThan(0)
  await moving.close()

  const still = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 800, height: 300 } })
  const p2 = await still.newPage()
  await open(p2, 'fr/')
  const n2 = p2.locator('[data-count="2000"]').first()
  await n2.scrollIntoViewIfNeeded()
  await p2.waitForTimeout(200)
  expect(await n2.textContent()).toBe(final)
  await still.close()
})
