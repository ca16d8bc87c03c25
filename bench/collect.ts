/**
 * Collect benchmark: time to read a report's approved content from the CMS (getApprovedDocument per
 * document and locale) at several concurrency levels. Needs a seeded database (`npm run seed`):
 *   npx tsx bench/collect.ts [--report 2020]
 * Prints, does not assert.
 */
import { bootForCli } from '../src/cli/payload'
import { collect } from '../src/publish/collect/collect'

const i = process.argv.indexOf('--report')
const report = i > 0 ? process.argv[i + 1] : '2020'
const payload = await bootForCli()
try {
  for (const concurrency of [1, 4, 8]) {
    const t = performance.now()
    const c = await collect(payload, { report, locales: ['en', 'fr', 'es', 'ru', 'ar'], concurrency })
    const ms = performance.now() - t
    const docLocales = Object.values(c.input.docs).reduce(
      (n, byC) => n + Object.values(byC ?? {}).reduce((m, byId) => m + Object.keys(byId ?? {}).length, 0),
      0,
    )
    console.log(
      `collect ${report}, concurrency ${concurrency}: ${Math.round(ms)} ms, ${docLocales} document-locales, ${(ms / docLocales).toFixed(1)} ms each`,
    )
  }
} finally {
  await payload.destroy()
}
process.exit(0)
