/**
 * Publish benchmark: builds, validates and writes the JSON bundle of a synthetic report, and prints
 * documents/s, time per phase and peak memory. Prints, does not assert.
 *   npx tsx bench/publish.ts [small|large] [--chapters N --testimonies N --defenders N --statistics N --locales en,fr]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseArgv } from '../src/cli/args'
import { buildBundle } from '../src/publish/bundle/build'
import { canonicalJson } from '../src/publish/bundle/canonical'
import { verifyBundle } from '../src/publish/release/verify'
import { release } from '../src/publish/release/release'
import type { BundleLocale } from '../src/publish/bundle/schema'
import { documentCount, generate, LARGE, SMALL, type SyntheticParams } from './generate'

export interface PublishBenchResult {
  name: string
  params: SyntheticParams
  documents: number
  generateMs: number
  buildMs: number
  releaseMs: number
  verifyMs: number
  bundleBytes: number
  docsPerSecond: number
  peakRssMb: number
  heapUsedMb: number
}

export async function benchPublish(name: string, params: SyntheticParams): Promise<PublishBenchResult> {
  let t = performance.now()
  const collected = generate(params)
  const generateMs = performance.now() - t

  // The whole release: build + validate + compare + write (atomic) + manifest + signature.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'))
  try {
    t = performance.now()
    const r = await release(collected, {
      out,
      signingKey: (await import('../src/publish/release/integrity')).generateSigningKey().privateKey,
    })
    const releaseMs = performance.now() - t
    t = performance.now()
    const v = verifyBundle(r.dir!)
    const verifyMs = performance.now() - t
    if (!v.ok) throw new Error('bench bundle does not verify')
    if (r.status !== 'published') throw new Error(r.summary)
    // Build + validate alone (pure, second run: warm JIT and caches).
    t = performance.now()
    const built = buildBundle({ ...collected.input })
    const buildMs = performance.now() - t
    if (!built.ok) throw new Error(`synthetic report invalid: ${JSON.stringify(built.problems.slice(0, 3))}`)
    const bundleBytes = Object.values(built.bundles).reduce((n, b) => n + Buffer.byteLength(canonicalJson(b)), 0)
    const documents = documentCount(params)
    return {
      name,
      params,
      documents,
      generateMs,
      buildMs,
      releaseMs,
      verifyMs,
      bundleBytes,
      docsPerSecond: (documents * params.locales.length) / (releaseMs / 1000),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
}

export function formatBenchResult(r: PublishBenchResult): string {
  const p = r.params
  return [
    `${r.name}: ${p.chapters} chapters, ${p.testimonies} testimonies, ${p.defenders} defenders, ${p.statistics} statistics, ${p.locales.length} locales (${r.documents} documents, ${(r.documents * p.locales.length).toLocaleString('en')} document-locales)`,
    `  publish (build+validate+write+sign): ${(r.releaseMs / 1000).toFixed(2)} s   ${Math.round(r.docsPerSecond).toLocaleString('en')} document-locales/s   ${Math.round(r.documents / (r.releaseMs / 1000)).toLocaleString('en')} documents/s`,
    `  build+validate again (warm): ${(r.buildMs / 1000).toFixed(2)} s   verify: ${(r.verifyMs / 1000).toFixed(2)} s   generate: ${(r.generateMs / 1000).toFixed(2)} s`,
    `  JSON: ${(r.bundleBytes / 1024 / 1024).toFixed(1)} MB   peak RSS: ${Math.round(r.peakRssMb)} MB`,
  ].join('\n')
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
if (isMain) {
  const { values, positionals } = parseArgv(
    process.argv.slice(2),
    {
      chapters: { type: 'string' },
      testimonies: { type: 'string' },
      defenders: { type: 'string' },
      statistics: { type: 'string' },
      locales: { type: 'string' },
      json: { type: 'boolean' },
    },
    { positionals: true },
  )
  const name = positionals[0] ?? 'small'
  const base = name === 'large' ? LARGE : SMALL
  const params: SyntheticParams = {
    chapters: Number(values.chapters ?? base.chapters),
    testimonies: Number(values.testimonies ?? base.testimonies),
    defenders: Number(values.defenders ?? base.defenders),
    statistics: Number(values.statistics ?? base.statistics),
    locales: typeof values.locales === 'string' ? (values.locales.split(',') as BundleLocale[]) : base.locales,
  }
  const r = await benchPublish(name, params)
  console.log(values.json ? JSON.stringify(r) : formatBenchResult(r))
}
