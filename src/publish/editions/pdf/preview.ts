/**
 * The DRAFT preview of the PDF edition (`npm run preview:pdf -- --report 2020 --locale fr`): the
 * current drafts of a report, typeset with a DRAFT watermark for editors. It creates no release,
 * writes no bundle and records nothing: only the PDFs in the output folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildBundle } from '../../bundle/build'
import { formatProblems } from '../../bundle/problems'
import { collect } from '../../collect/collect'
import { processImage } from '../../release/media'
import { renderAll, type PdfStandard } from './render'
import { attachMediaFiles } from '../../release/media'
import type { BundleLocale, LocaleBundle } from '../../bundle/schema'

export interface PreviewOptions {
  report: string
  locales: BundleLocale[]
  /** Chapter slugs to include (default: all). */
  chapters?: string[]
  out: string
  standard?: PdfStandard
  onProgress?: (line: string) => void
}

export interface DraftEdition {
  locale: BundleLocale
  /** `<report slug>.<locale>.draft.pdf` */
  fileName: string
  pdf: Uint8Array
  pages: number
}

/**
 * The current drafts of a report (or some of its chapters) as locale bundles, with their images
 * re-encoded in memory: what the DRAFT previews (PDF and web) are made from. Consent is not checked
 * (nothing is published: this is the editors' preview); the public allow-list still applies, so no
 * confidential field is read into it. Problems that make the drafts impossible to show are thrown,
 * listed.
 */
export async function draftBundles(
  payload: Payload,
  options: { report: string; locales: BundleLocale[]; onProgress?: (line: string) => void },
): Promise<{ reportSlug: string; bundles: LocaleBundle[]; media: (path: string) => Buffer }> {
  const say = options.onProgress ?? (() => {})
  say(`Collecting the drafts of ${options.report} (${options.locales.join(', ')})`)
  const collected = await collect(payload, { report: options.report, locales: options.locales, source: 'drafts' })
  for (const id of Object.keys(collected.input.consentProblems ?? {})) collected.input.consentProblems![id] = []
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
  return {
    reportSlug: collected.report.slug,
    bundles: Object.values(attachMediaFiles(built.bundles, files)) as LocaleBundle[],
    media: (p) => {
      const b = bytes[p]
      if (!b) throw new Error(`no image ${p} in this preview`)
      return b
    },
  }
}

/**
 * Typesets the current drafts of a report (or some of its chapters) with the DRAFT watermark and
 * returns the PDFs; nothing is written (see draftBundles).
 */
export async function renderDraftEditions(
  payload: Payload,
  options: Omit<PreviewOptions, 'out'>,
): Promise<DraftEdition[]> {
  const say = options.onProgress ?? (() => {})
  const { reportSlug, bundles, media } = await draftBundles(payload, options)
  say(`Typesetting ${bundles.length} DRAFT edition(s)`)
  const results = await renderAll({
    bundles,
    manifestInfo: { version: 'DRAFT', checksum: 'not published' },
    media,
    draft: true,
    standard: options.standard,
    chapters: options.chapters,
  })
  return results.map((r) => ({
    locale: r.locale as BundleLocale,
    fileName: `${reportSlug}.${r.locale}.draft.pdf`,
    pdf: r.pdf,
    pages: r.pages,
  }))
}

/** `npm run preview:pdf`: the DRAFT editions written to `options.out`; returns their paths. */
export async function previewDrafts(payload: Payload, options: PreviewOptions): Promise<string[]> {
  const say = options.onProgress ?? (() => {})
  const editions = await renderDraftEditions(payload, options)
  fs.mkdirSync(options.out, { recursive: true })
  return editions.map((e) => {
    const file = path.join(options.out, e.fileName)
    fs.writeFileSync(file, e.pdf)
    say(`${file}: ${e.pages} pages`)
    return file
  })
}
