/**
 * The web edition inside a release: a `beforeManifest` hook for `release()` (src/publish/release.ts),
 * like the PDF edition's (src/publish/editions/pdf/stage.ts).
 *
 *   beforeManifest: chainEditions(pdfEdition({ onProgress }), webEdition({ onProgress }))
 *
 * Builds the site from the staged locale bundles and media files and writes it under `web/` in the
 * staging directory, so every page and asset is listed in manifest.json (size, SHA-256), covered by
 * its signature and in the release archive. When the PDF edition was staged before it, each
 * locale's PDF is copied next to its pages (web/ is then self-contained: any static host can serve
 * it as it is). The pages print the bundle version and the staged contentChecksum.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BundleLocale, LocaleBundle } from '../../bundle/schema'
import type { StagedContext } from '../../release/writer'
import { buildWebEdition } from './index'

export const WEB_DIR = 'web'

export interface WebEditionOptions {
  /** Public address of web/ (default: FOLIO_WEB_BASE_URL, else FOLIO_SERVER_URL + /report/<year>/). */
  baseUrl?: string | null
  onProgress?: (e: { step: 'web'; message: string }) => void
}

/** The public address the pages name as canonical, from the options or the environment. */
export function webBaseUrl(
  year: number,
  opts: WebEditionOptions = {},
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (opts.baseUrl !== undefined) return opts.baseUrl
  const explicit = env.FOLIO_WEB_BASE_URL?.trim()
  if (explicit) return explicit.replace(/\{year\}/g, String(year))
  const server = env.FOLIO_SERVER_URL?.trim()
  return server ? `${server.replace(/\/+$/, '')}/report/${year}/` : null
}

/** Reads a bundle-relative media path from a staged release, refusing anything outside media/. */
function stagedMedia(dir: string): (p: string) => Buffer {
  const root = path.resolve(dir, 'media')
  return (p) => {
    const abs = path.resolve(dir, p)
    if (!abs.startsWith(root + path.sep)) throw new Error(`refusing to read ${p} (not under media/)`)
    return fs.readFileSync(abs)
  }
}

export function webEdition(opts: WebEditionOptions = {}): (ctx: StagedContext) => Promise<void> {
  return async (ctx) => {
    const bundles = Object.values(ctx.bundles) as LocaleBundle[]
    if (!bundles.length) return
    const first = bundles[0]!
    opts.onProgress?.({
      step: 'web',
      message: `Building the web edition in ${bundles.map((b) => b.locale).join(', ')}`,
    })
    const pdfs: Partial<Record<BundleLocale, { name: string; bytes: Buffer }>> = {}
    for (const b of bundles) {
      const name = `${b.report.slug}.${b.locale}.pdf`
      const staged = path.join(ctx.dir, 'pdf', name)
      if (fs.existsSync(staged)) pdfs[b.locale] = { name, bytes: fs.readFileSync(staged) }
    }
    const baseUrl = webBaseUrl(first.report.year, opts)
    const files = await buildWebEdition({
      bundles,
      media: stagedMedia(ctx.dir),
      version: ctx.version,
      checksum: ctx.contentChecksum,
      baseUrl,
      pdfs,
    })
    let bytes = 0
    for (const [p, data] of files) {
      ctx.writeFile(`${WEB_DIR}/${p}`, data)
      bytes += data.length
      // Each write is fsynced synchronously: let a server running this publish (the admin's job)
      // answer its requests between two of the ~100 files, rather than stall for seconds.
      await new Promise((resolve) => setImmediate(resolve))
    }
    const pages = [...files.keys()].filter((p) => p.endsWith('.html')).length
    opts.onProgress?.({
      step: 'web',
      message: `Web edition: ${pages} pages, ${files.size} files, ${Math.round(bytes / 1024)} KB${baseUrl ? ` (${baseUrl})` : ' (no public address: relative links, no sitemap; set FOLIO_WEB_BASE_URL)'}`,
    })
  }
}

type Hook = ((ctx: StagedContext) => Promise<void> | void) | undefined | null | false

/** Several editions as one `beforeManifest` hook, run in order (the web edition after the PDF). */
export function chainEditions(...hooks: Hook[]): ((ctx: StagedContext) => Promise<void>) | undefined {
  const list = hooks.filter((h): h is (ctx: StagedContext) => Promise<void> | void => !!h)
  if (!list.length) return undefined
  return async (ctx) => {
    for (const h of list) await h(ctx)
  }
}
