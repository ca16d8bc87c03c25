/**
 * PDF edition benchmark: pages per second and peak memory, per locale and for all locales in
 * parallel, for the demo report (tests/pdf/fixtures) and a large synthetic edition (~200 pages per
 * locale, made by repeating the demo's country chapter with distinct ids).
 *
 *   npx tsx bench/pdf.ts [--chapters 60] [--runs 3]
 *
 * Every run starts with Typst's (process-global) memoisation cache empty. Peak RSS is the whole
 * process tree (this process and its compile processes, sampled). Each compile's CPU time (all of
 * its threads) is printed beside its wall time: their sum over the cores bounds the parallel run.
 * The Chromium + Paged.js baseline is bench/pdf-chromium.ts.
 */
import os from 'node:os'

import fs from 'node:fs'

import { renderAll, renderPdfDetailed, PdfWorkerPool, type PdfResult } from '../src/publish/editions/pdf/render'
import { sampleTreeRss } from './tree-rss'
import type { LocaleBundle } from '../src/publish/bundle/schema'
import { buildBundle, buildMedia, LOCALES, MANIFEST_INFO, type L } from '../tests/pdf/fixtures/belarus'

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : def
}
const COPIES = arg('chapters', 60)
const RUNS = arg('runs', 3)
const JSON_OUT = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null
const ONLY_PARALLEL = process.argv.includes('--parallel-only')

function enlarge(b: LocaleBundle, copies: number): LocaleBundle {
  const country = b.chapters.find((c) => c.slug === 'belarus')!
  const extra = Array.from({ length: copies }, (_, i) => ({
    ...country,
    id: `x${i}`,
    slug: `belarus-${i}`,
    order: 100 + i,
    title: `${country.title} (${i + 1})`,
  }))
  return { ...b, chapters: [...b.chapters, ...extra] }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const mb = (n: number) => `${Math.round(n / 1e6)} MB`

async function main() {
  const media = await buildMedia()
  const read = (p: string) => media.files.get(p)!
  const load = () => os.loadavg()[0]!.toFixed(1)
  console.log(
    `PDF edition benchmark · ${os.cpus().length} cores · node ${process.version} · median of ${RUNS} · load average ${load()}`,
  )
  for (const [name, copies] of [
    ['demo', 0],
    ['large', COPIES],
  ] as const) {
    const bundles = LOCALES.map((l) => enlarge(buildBundle(l, media), copies))
    if (!ONLY_PARALLEL) await perLocale(name, bundles, read)
    // All locales in parallel (renderAll: workers up to the core count), cold workers and cache;
    // the peak is the whole process tree's (this process and its compile processes).
    const walls: number[] = []
    let pages = 0
    let wpeak = 0
    let treePeak = 0
    const cpus: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const tree = sampleTreeRss()
      const t0 = performance.now()
      const res = await renderAll({ bundles, manifestInfo: MANIFEST_INFO, media: read })
      walls.push(performance.now() - t0)
      treePeak = Math.max(treePeak, tree.stop())
      pages = res.reduce((n, r) => n + r.pages, 0)
      wpeak = Math.max(wpeak, ...res.map((r) => r.rss))
      cpus.push(res.reduce((n, r) => n + r.cpuMs, 0))
    }
    const w = median(walls)
    // The compiles' CPU over the cores is the least wall time any schedule of them can take.
    const cpu = median(cpus)
    const cores = os.availableParallelism?.() ?? os.cpus().length
    console.log(
      `${name} report, all ${bundles.length} locales in parallel: ${pages} pages in ${Math.round(w)} ms = ${Math.round((pages / w) * 1000)} pages/s ` +
        `(worker peak RSS ${mb(wpeak)}, whole process tree peak ${mb(treePeak)}; load average now ${load()})\n` +
        `  CPU of the ${bundles.length} compiles ${Math.round(cpu)} ms (${Math.round(cpu / cores)} ms on ${cores} cores at best)`,
    )
    if (name === 'large' && JSON_OUT)
      fs.writeFileSync(
        JSON_OUT,
        `${JSON.stringify(
          {
            figures: [
              { name: 'pdf.five200.s', value: Number((w / 1000).toFixed(2)), unit: 's' },
              { name: 'publish.peak_rss_mb', value: Math.round(treePeak / 1e6), unit: 'MB' },
              { name: 'pdf.five200.cpu_s', value: Number((cpu / 1000).toFixed(2)), unit: 's' },
            ],
          },
          null,
          2,
        )}\n`,
      )
  }
}

/** Per locale, sequential, one warm worker (compiler and fonts loaded once). */
async function perLocale(name: string, bundles: LocaleBundle[], read: (p: string) => Buffer) {
  {
    // Per locale, sequential, one warm worker (compiler and fonts loaded once).
    const pool = new PdfWorkerPool(1)
    let peak = 0
    const rows: string[] = []
    for (const b of bundles) {
      const times: number[] = []
      const cpus: number[] = []
      let r: PdfResult | undefined
      for (let i = 0; i < RUNS; i++) {
        await pool.evict(0) // cold: Typst's cache would otherwise make reruns of the same bundle near-free
        const t0 = performance.now()
        r = await renderPdfDetailed({ bundle: b, locale: b.locale, manifestInfo: MANIFEST_INFO, media: read }, pool)
        times.push(performance.now() - t0)
        cpus.push(r.cpuMs)
        peak = Math.max(peak, r.rss)
      }
      const t = median(times)
      rows.push(
        `  ${b.locale as L}: ${r!.pages} pages in ${Math.round(t)} ms = ${Math.round((r!.pages / t) * 1000)} pages/s, CPU ${Math.round(median(cpus))} ms`,
      )
    }
    await pool.close()
    console.log(`${name} report, one locale at a time (worker peak RSS ${mb(peak)}):\n${rows.join('\n')}`)
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
