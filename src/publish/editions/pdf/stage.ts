/**
 * The PDF edition inside a release: a `beforeManifest` hook for `release()` (src/publish/release.ts).
 *
 *   await release(collected, { ...options, beforeManifest: pdfEdition({ onProgress }) })
 *
 * Renders every staged locale bundle in parallel and writes `pdf/<report-slug>.<locale>.pdf` into
 * the staging directory, so the PDFs are listed in the manifest with their size and SHA-256. Each
 * PDF prints the bundle version and the staged `contentChecksum` (the manifest's checksum of every
 * file but pdf/), so a reader can match the PDF to the data. Media are read from the staged files.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BundleLocale, LocaleBundle } from '../../bundle/schema'
import type { StagedContext } from '../../release/writer'
import { pdfFileName, renderAll, type PdfResult, type PdfStandard } from './render'

export interface PdfEditionOptions {
  standard?: PdfStandard
  /** Only these locales (default: every staged bundle). */
  locales?: BundleLocale[]
  concurrency?: number
  onProgress?: (e: { step: 'pdf'; message: string; locale?: BundleLocale }) => void
  /** Called with the results (pages, timings) once written. */
  onDone?: (results: PdfResult[]) => void
}

export const PDF_DIR = 'pdf'

/** Reads a bundle-relative media path from a bundle directory, refusing anything outside media/. */
export function mediaReader(bundleDir: string): (p: string) => Buffer {
  const root = path.resolve(bundleDir, 'media')
  return (p: string) => {
    const abs = path.resolve(bundleDir, p)
    if (!abs.startsWith(root + path.sep)) throw new Error(`refusing to read ${p} (not under media/)`)
    return fs.readFileSync(abs)
  }
}

export function pdfEdition(opts: PdfEditionOptions = {}): (ctx: StagedContext) => Promise<void> {
  return async (ctx) => {
    const bundles = (Object.values(ctx.bundles) as LocaleBundle[]).filter(
      (b) => !opts.locales || opts.locales.includes(b.locale),
    )
    if (!bundles.length) return
    opts.onProgress?.({
      step: 'pdf',
      message: `Typesetting the PDF edition in ${bundles.map((b) => b.locale).join(', ')}`,
    })
    fs.mkdirSync(path.join(ctx.dir, PDF_DIR), { recursive: true })
    // Each locale is reported as soon as it is typeset (progress per locale); the files are written
    // once all are typeset, through the writer: fsynced, passing the fault tests' checkpoints
    // (src/publish/faults.ts), and a refused write keeps its own clear error.
    const results = await renderAll({
      bundles,
      manifestInfo: { version: ctx.version, checksum: ctx.contentChecksum },
      media: mediaReader(ctx.dir),
      standard: opts.standard,
      concurrency: opts.concurrency,
      onRendered: (r) => {
        const b = bundles.find((x) => x.locale === r.locale)!
        opts.onProgress?.({
          step: 'pdf',
          message: `${pdfFileName(b)}: ${r.pages} pages, ${Math.round(r.ms)} ms`,
          locale: r.locale,
        })
      },
    })
    for (const r of results) {
      const b = bundles.find((x) => x.locale === r.locale)!
      ctx.writeFile(`${PDF_DIR}/${pdfFileName(b)}`, r.pdf)
    }
    opts.onDone?.(results)
  }
}
