/**
 * Web edition benchmark (prints, asserts nothing): build time and size, the front page's bytes
 * without images, the font bytes per locale, and Lighthouse (accessibility, best practices,
 * performance: its default mobile emulation with simulated throttling) on the built pages served
 * by a local static server with the app's headers. Debian's chromium: CHROME_PATH (default
 * /usr/bin/chromium).
 *
 *   npx tsx bench/run.ts web
 *   npx tsx bench/web.ts [--release releases/<slug>/<version>] [--runs 3] [--no-lighthouse]
 *
 * Budgets (issue 16): front page < 100 KB without images, fonts < 80 KB per locale, Lighthouse
 * accessibility and best practices 100, performance ≥ 95.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

import { buildWebEdition, type WebEditionInput } from '../src/publish/editions/web/index'
import type { LocaleBundle, Manifest } from '../src/publish/bundle/schema'
import { serveEdition } from '../tests/e2e/web-server'
import { buildBundle, buildMedia, LOCALES } from '../tests/pdf/fixtures/belarus'

const args = process.argv.slice(2)
const releaseDir = args.includes('--release') ? args[args.indexOf('--release') + 1] : null
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

async function input(): Promise<{ what: string; input: WebEditionInput }> {
  if (releaseDir) {
    const m = JSON.parse(fs.readFileSync(path.join(releaseDir, 'manifest.json'), 'utf8')) as Manifest
    const bundles = m.locales.map(
      (l) => JSON.parse(fs.readFileSync(path.join(releaseDir, `content/${l}.json`), 'utf8')) as LocaleBundle,
    )
    return {
      what: `release ${releaseDir}`,
      input: {
        bundles,
        media: (p) => fs.readFileSync(path.join(releaseDir, p)),
        version: m.bundleVersion,
        checksum: m.contentChecksum,
        baseUrl: 'https://example.org/report/2020/',
      },
    }
  }
  const media = await buildMedia()
  return {
    what: 'the five-locale test fixture (tests/pdf/fixtures/belarus.ts)',
    input: {
      bundles: LOCALES.map((l) => buildBundle(l, media)),
      media: (p) => media.files.get(p)!,
      version: '1.0.0',
      checksum: '0'.repeat(64),
      baseUrl: 'https://example.org/report/2020/',
    },
  }
}

const { what, input: inp } = await input()
const t0 = performance.now()
const files = await buildWebEdition(inp)
const buildMs = performance.now() - t0
const total = [...files.values()].reduce((n, b) => n + b.length, 0)
console.log(`Web edition of ${what}: built in ${Math.round(buildMs)} ms, ${files.size} files, ${kb(total)}`)

const server = await serveEdition(files)
const locales = inp.bundles.map((b) => b.locale)

// Bytes a browser fetches for a page, by kind (no cache), measured in chromium.
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS })
async function weigh(p: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await ctx.newPage()
  const got: { url: string; type: string; bytes: number }[] = []
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0))
    got.push({ url: r.url(), type: r.request().resourceType(), bytes: body.length })
  })
  await page.goto(server.url + p, { waitUntil: 'networkidle' })
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')
  await ctx.close()
  const sum = (f: (x: (typeof got)[number]) => boolean) => got.filter(f).reduce((n, x) => n + x.bytes, 0)
  const gz = got
    .filter((x) => x.type !== 'image' && x.type !== 'font')
    .reduce(
      (n, x) =>
        n +
        gzipSync(files.get(new URL(x.url).pathname.slice(1).replace(/\/$/, '/index.html')) ?? Buffer.alloc(0)).length,
      0,
    )
  return {
    noImages: sum((x) => x.type !== 'image'),
    fonts: sum((x) => x.type === 'font'),
    images: sum((x) => x.type === 'image'),
    requests: got.length,
    gzText: gz,
  }
}

console.log('\nBytes transferred (uncompressed; the static server does not compress), per locale')
console.log(
  'locale | front page without images | of which fonts | text gzipped | images | requests | chapter page without images | all font files of the locale',
)
for (const l of locales) {
  const front = await weigh(`${l}/`)
  const chapter = await weigh(`${l}/${inp.bundles.find((b) => b.locale === l)!.chapters.at(-1)!.slug}/`)
  const fontFiles = [...files]
    .filter(([p]) => p.startsWith('assets/fonts/') && p.includes(`-${l}.`))
    .reduce((n, [, b]) => n + b.length, 0)
  console.log(
    `${l} | ${kb(front.noImages)} | ${kb(front.fonts)} | ${kb(front.gzText)} | ${kb(front.images)} | ${front.requests} | ${kb(chapter.noImages)} | ${kb(fontFiles)}`,
  )
}
await browser.close()

if (!args.includes('--no-lighthouse')) {
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3
  console.log(`\nLighthouse (default: mobile emulation, simulated throttling), median of ${runs} runs (range)`)
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
  )
  console.log('page | accessibility | best practices | performance | LCP | TBT | CLS | not passed')
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS })
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  try {
    for (const l of locales.filter((x) => x === 'en' || x === 'ar' || x === 'ru')) {
      for (const p of [`${l}/`, `${l}/${inp.bundles[0]!.chapters.at(-1)!.slug}/`, `${l}/defenders/`]) {
        const scores: Record<string, number[]> = { a11y: [], bp: [], perf: [], lcp: [], tbt: [], cls: [] }
        const failing = new Set<string>()
        for (let i = 0; i < runs; i++) {
          const r = await lighthouse(server.url + p, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['accessibility', 'best-practices', 'performance'],
          })
          const lhr = r!.lhr
          // A run that traced nothing (a busy machine) says so and is not counted.
          if (lhr.runtimeError || lhr.categories.performance?.score == null) {
            failing.add(`run ${i + 1}: ${lhr.runtimeError?.code ?? 'no performance score'}`)
            continue
          }
          const cat = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100)
          scores.a11y!.push(cat('accessibility'))
          scores.bp!.push(cat('best-practices'))
          scores.perf!.push(cat('performance'))
          scores.lcp!.push(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)
          scores.tbt!.push(lhr.audits['total-blocking-time']?.numericValue ?? 0)
          scores.cls!.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0)
          for (const a of Object.values(lhr.audits))
            if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary') failing.add(a.id)
        }
        if (!scores.perf!.length) {
          console.log(`${p} | no run completed | ${[...failing].join(', ')}`)
          continue
        }
        const range = (xs: number[]) => `${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})`
        console.log(
          `${p} | ${range(scores.a11y!)} | ${range(scores.bp!)} | ${range(scores.perf!)} | ${(median(scores.lcp!) / 1000).toFixed(1)} s | ${Math.round(median(scores.tbt!))} ms | ${median(scores.cls!).toFixed(3)} | ${[...failing].join(', ') || '—'}`,
        )
      }
    }
  } finally {
    chrome.kill()
  }
}
await server.close()
