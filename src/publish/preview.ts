/**
 * The DRAFT preview of the PDF edition (`npm run preview:pdf -- --report 2020 --locale fr`): the
 * current drafts of a report, typeset with a DRAFT watermark for editors. It creates no release,
 * writes no bundle and records nothing: only the PDFs in the output folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildBundle, formatProblems } from './build'
import { collect } from './collect'
import { processImage } from './media'
import { renderAll, type PdfStandard } from './pdf/render'
import { attachMediaFiles } from './release'
import type { BundleLocale, LocaleBundle } from './schema'

export interface PreviewOptions {
  report: string
  locales: BundleLocale[]
  /** Chapter slugs to include (default: all). */
  chapters?: string[]
  out: string
  standard?: PdfStandard
  onProgress?: (line: string) => void
}

export async function previewDrafts(payload: Payload, options: PreviewOptions): Promise<string[]> {
  const say = options.onProgress ?? (() => {})
  say(`Collecting the drafts of ${options.report} (${options.locales.join(', ')})`)
  const collected = await collect(payload, { report: options.report, locales: options.locales, source: 'drafts' })
  const built = buildBundle({ ...collected.input, bundleVersion: '0.0.0', allowIncomplete: true })
  if (!built.ok) {
    throw new Error(`The drafts cannot be typeset yet:\n${formatProblems(built.problems)}`)
  }
  const bytes: Record<string, Buffer> = {}
  const files: Parameters<typeof attachMediaFiles>[1] = {}
  for (const id of built.mediaIds) {
    const src = collected.mediaSources[id]
    if (!src) continue
    const p = await processImage(src)
    files[id] = { web: p.web.file, print: p.print.file }
    bytes[p.web.file.path] = p.web.bytes
    bytes[p.print.file.path] = p.print.bytes
  }
  const bundles = Object.values(attachMediaFiles(built.bundles, files)) as LocaleBundle[]
  say(`Typesetting ${bundles.length} DRAFT edition(s)`)
  const results = await renderAll({
    bundles,
    manifestInfo: { version: 'DRAFT', checksum: 'not published' },
    media: (p) => {
      const b = bytes[p]
      if (!b) throw new Error(`no image ${p} in this preview`)
      return b
    },
    draft: true,
    standard: options.standard,
    chapters: options.chapters,
  })
  fs.mkdirSync(options.out, { recursive: true })
  return results.map((r) => {
    const file = path.join(options.out, `${collected.report.slug}.${r.locale}.draft.pdf`)
    fs.writeFileSync(file, r.pdf)
    say(`${file}: ${r.pages} pages`)
    return file
  })
}
