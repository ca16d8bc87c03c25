/**
 * The PDF edition: renders one locale bundle (content/<locale>.json) into a typeset PDF with Typst.
 *
 *   const pdf = await renderPdf({ bundle, locale: 'fr', manifestInfo: { version, checksum }, media })
 *   const all = await renderAll({ bundles, manifestInfo, media })  // locales in parallel
 *
 * - Data, not markup: the bundle becomes a view model (view-model.ts) that the template reads with
 *   `json()`; user text is never spliced into Typst source.
 * - Fonts: exact TTF files from npm (fonts.ts); a character without a glyph fails the render, and so
 *   does any Typst warning (e.g. an unknown font family).
 * - Off the main thread: compile() is synchronous, so it runs in child processes (worker.mjs), one
 *   per core at most (Typst's cache is per process and locked: threads would contend).
 * - Reproducible: the PDF's creation date is the bundle date; the same bundle gives the same bytes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawn, type ChildProcess } from 'node:child_process'

import { LocaleBundleSchema, type BundleLocale, type LocaleBundle } from '../../bundle/schema'
import { checkCoverage, loadFonts } from './fonts'
import { buildViewModel, type ManifestInfo, type ViewModel } from './view-model'
import { typesettable } from './text'

export type { ManifestInfo } from './view-model'
export type PdfStandard = 'ua-1' | 'a-2b'

/**
 * This folder (worker.mjs, template/). Inside the Next.js server bundle (the admin's publish job)
 * import.meta.url does not point at the sources: then they are found under the working directory.
 */
function pdfSourceDir(): string {
  const own = path.dirname(fileURLToPath(import.meta.url))
  return fs.existsSync(path.join(own, 'worker.mjs')) ? own : path.resolve(process.cwd(), 'src/publish/editions/pdf')
}
const here = pdfSourceDir()
export const TEMPLATE_DIR = path.join(here, 'template')
const WORKER = path.join(here, 'worker.mjs')

export interface RenderPdfOptions {
  bundle: LocaleBundle
  /** Must equal bundle.locale (a guard against passing the wrong file). */
  locale: BundleLocale
  manifestInfo: ManifestInfo
  /** 'ua-1' (default): tagged, accessible PDF/UA-1. 'a-2b': archival PDF/A-2b. */
  standard?: PdfStandard
  /** Watermark every page "DRAFT" (preview of unapproved content). */
  draft?: boolean
  /** Only these chapters (slug or id); default all. */
  chapters?: string[]
  /** Bytes of a bundle file by its bundle-relative path ("media/<sha256>.print.jpg"). */
  media: (path: string) => Buffer | Uint8Array
}

export interface PdfResult {
  locale: BundleLocale
  pdf: Buffer
  pages: number
  /** Compile + export time in the worker, ms. */
  ms: number
  /** CPU time of the compile + export, all the worker's threads, ms (more than `ms` when Typst runs in parallel). */
  cpuMs: number
  /** Worker resident memory after the render, bytes. */
  rss: number
}

export class PdfRenderError extends Error {
  constructor(
    message: string,
    public readonly locale: string,
  ) {
    super(`PDF (${locale}): ${message}`)
    this.name = 'PdfRenderError'
  }
}

interface Job {
  view: Uint8Array
  images: { src: string; bytes: Uint8Array }[]
  standard: PdfStandard
  timestamp: number
}

let templateText: string | undefined
const templateSource = () =>
  (templateText ??= fs
    .readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.typ'))
    .sort()
    .map((f) => fs.readFileSync(path.join(TEMPLATE_DIR, f), 'utf8'))
    .join('\n'))

/** Validates and prepares one locale: everything that can fail before compiling fails here. */
export function prepareJob(opts: RenderPdfOptions): { job: Job; view: ViewModel } {
  const parsed = LocaleBundleSchema.safeParse(opts.bundle)
  if (!parsed.success) {
    throw new PdfRenderError(
      `the bundle does not match the schema: ${parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
      opts.locale,
    )
  }
  const bundle = parsed.data
  if (bundle.locale !== opts.locale)
    throw new PdfRenderError(`the bundle is for locale "${bundle.locale}"`, opts.locale)
  const view = buildViewModel(bundle, opts.manifestInfo, { draft: opts.draft, chapters: opts.chapters })
  const fonts = loadFonts()
  try {
    checkCoverage({ view, template: templateSource() }, fonts.covered)
  } catch (e) {
    throw new PdfRenderError((e as Error).message, opts.locale)
  }
  const images = view.images.map(({ src, path: p }) => {
    let bytes: Buffer | Uint8Array
    try {
      bytes = opts.media(p)
    } catch (e) {
      throw new PdfRenderError(`cannot read ${p}: ${(e as Error).message}`, opts.locale)
    }
    return { src, bytes: new Uint8Array(bytes) }
  })
  const timestamp = Math.floor(Date.parse(bundle.generatedAt) / 1000)
  return {
    view,
    job: {
      view: new TextEncoder().encode(JSON.stringify(view, typesettableStrings(view.dir === 'rtl'))),
      images,
      standard: opts.standard ?? 'ua-1',
      timestamp,
    },
  }
}

type Reply =
  | { id: number; ok: true; pdf: Uint8Array; pages: number; ms: number; cpuMs: number; rss: number }
  | { id: number; ok: false; error: string }

type Slot = { w: ChildProcess; busy: boolean }

const envNumber = (name: string, fallback: number) => {
  const v = Number(process.env[name])
  return Number.isFinite(v) && process.env[name] !== '' && process.env[name] !== undefined ? v : fallback
}
/**
 * Typst compiles are batch work beside an editor-facing server: the workers run at a lower CPU
 * priority (nice +10, FOLIO_PDF_NICE). A worker whose resident memory passed FOLIO_PDF_RECYCLE_MB
 * after a job is replaced by a fresh one (Typst keeps ~2 MB per page it laid out), and the pool
 * is never larger than the free memory allows at FOLIO_PDF_WORKER_MB per worker.
 */
export const PDF_NICE = () => envNumber('FOLIO_PDF_NICE', 10)
export const RECYCLE_BYTES = () => envNumber('FOLIO_PDF_RECYCLE_MB', 400) * 1024 * 1024
export const WORKER_BYTES = () => envNumber('FOLIO_PDF_WORKER_MB', 700) * 1024 * 1024

/** Workers for `jobs` compiles: at most the cores, the jobs, and what free memory holds (≥ 1). */
export function poolSize(jobs: number, cores = os.availableParallelism?.() ?? os.cpus().length, free = os.freemem()) {
  return Math.max(1, Math.min(cores, jobs, Math.floor(free / WORKER_BYTES())))
}

/** A few Typst worker processes; each keeps its compiler (and fonts) between jobs. */
export class PdfWorkerPool {
  private workers: Slot[] = []
  private queue: { job: Job; resolve: (r: Reply) => void; reject: (e: Error) => void }[] = []
  private pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; slot: Slot }>()
  private nextId = 1

  constructor(readonly size = Math.max(1, os.availableParallelism?.() ?? os.cpus().length)) {}

  private spawn() {
    // spawn + an IPC channel is fork() without the execArgv; Turbopack resolves fork()'s path as a
    // module and fails the build (vercel/next.js#97952), spawn()'s as a file.
    const w = spawn(process.execPath, [WORKER], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        FOLIO_PDF_WORKER: JSON.stringify({ templateDir: TEMPLATE_DIR, fontPaths: loadFonts().paths }),
      },
    })
    try {
      if (w.pid) os.setPriority(w.pid, PDF_NICE())
    } catch {
      // Not permitted here (e.g. a sandbox): compile at the normal priority.
    }
    const slot: Slot = { w, busy: false }
    w.on('message', (r: Reply) => {
      const p = this.pending.get(r.id)
      if (!p) return
      this.pending.delete(r.id)
      slot.busy = false
      if (r.ok && r.rss > RECYCLE_BYTES()) this.recycle(slot)
      p.resolve(r)
      this.pump()
    })
    w.on('error', (e) => this.fail(slot, e))
    w.on('exit', (code, signal) => this.fail(slot, new Error(`PDF worker exited (${signal ?? `code ${code}`})`)))
    this.workers.push(slot)
    return slot
  }

  /** Retires an idle worker (its memory goes with it); the next job starts a fresh one. */
  private recycle(slot: Slot) {
    this.workers = this.workers.filter((s) => s !== slot)
    slot.w.removeAllListeners('exit')
    slot.w.kill()
  }

  private fail(slot: Slot, e: Error) {
    this.workers = this.workers.filter((s) => s !== slot)
    for (const [id, p] of this.pending) {
      if (p.slot !== slot) continue
      this.pending.delete(id)
      p.reject(e)
    }
    this.pump()
  }

  private pump() {
    while (this.queue.length) {
      let slot = this.workers.find((s) => !s.busy)
      if (!slot && this.workers.length < this.size) slot = this.spawn()
      if (!slot) return
      const { job, resolve, reject } = this.queue.shift()!
      const id = this.nextId++
      slot.busy = true
      this.pending.set(id, { resolve, reject, slot })
      slot.w.send({ id, job })
    }
  }

  run(job: Job): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject })
      this.pump()
    })
  }

  /** Empties Typst's memoisation cache of an idle worker (the benchmark uses it for cold runs). */
  async evict(maxAge = 0): Promise<void> {
    const slot = this.workers.find((s) => !s.busy)
    if (!slot || this.workers.some((s) => s.busy) || this.queue.length) return
    const id = this.nextId++
    slot.busy = true
    await new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot })
      slot.w.send({ id, evict: maxAge })
    })
  }

  async close() {
    const ws = this.workers
    this.workers = []
    await Promise.all(
      ws.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.w.exitCode !== null || s.w.signalCode !== null) return resolve()
            s.w.once('exit', () => resolve())
            s.w.kill()
          }),
      ),
    )
  }
}

async function renderWith(pool: PdfWorkerPool, opts: RenderPdfOptions): Promise<PdfResult> {
  const { job } = prepareJob(opts)
  const r = await pool.run(job)
  if (!r.ok) throw new PdfRenderError(r.error, opts.locale)
  return {
    locale: opts.locale,
    pdf: Buffer.from(r.pdf.buffer, r.pdf.byteOffset, r.pdf.byteLength),
    pages: r.pages,
    ms: r.ms,
    cpuMs: r.cpuMs,
    rss: r.rss,
  }
}

/** Every string of the view model as the template may set it (./text.ts typesettable), for an edition's direction. */
const typesettableStrings = (rtl: boolean) => (_key: string, value: unknown) =>
  typeof value === 'string' ? typesettable(value, { rtl }) : value

/** Renders one locale bundle to a PDF (in a compile process). */
export async function renderPdf(opts: RenderPdfOptions): Promise<Buffer> {
  return (await renderPdfDetailed(opts)).pdf
}

/** Same as renderPdf, with page count and timings. */
export async function renderPdfDetailed(opts: RenderPdfOptions, pool?: PdfWorkerPool): Promise<PdfResult> {
  const own = pool ?? new PdfWorkerPool(1)
  try {
    return await renderWith(own, opts)
  } finally {
    if (!pool) await own.close()
  }
}

export interface RenderAllOptions {
  /** One bundle per locale (content/<locale>.json). */
  bundles: LocaleBundle[]
  /** The same for every locale, or per locale (e.g. each content file's own checksum). */
  manifestInfo: ManifestInfo | ((locale: BundleLocale) => ManifestInfo)
  media: (path: string) => Buffer | Uint8Array
  standard?: PdfStandard
  draft?: boolean
  chapters?: string[]
  /** Parallel workers; default: the core count (never more than the number of locales). */
  concurrency?: number
  /** Called as soon as one locale is typeset (progress), before the others finish. */
  onRendered?: (result: PdfResult) => void
}

/** Renders every locale in parallel (up to the core count); fails if any locale fails, naming it. */
export async function renderAll(opts: RenderAllOptions): Promise<PdfResult[]> {
  const pool = new PdfWorkerPool(Math.min(opts.concurrency ?? Number.POSITIVE_INFINITY, poolSize(opts.bundles.length)))
  // The longest locale first, so the last compile to start is a short one (results keep their order).
  const size = new Map(opts.bundles.map((b) => [b, JSON.stringify(b.chapters).length]))
  const longestFirst = [...opts.bundles].sort((a, b) => size.get(b)! - size.get(a)!)
  try {
    const started = new Map(
      longestFirst.map((bundle) => [
        bundle,
        renderWith(pool, {
          bundle,
          locale: bundle.locale,
          manifestInfo: typeof opts.manifestInfo === 'function' ? opts.manifestInfo(bundle.locale) : opts.manifestInfo,
          media: opts.media,
          standard: opts.standard,
          draft: opts.draft,
          chapters: opts.chapters,
        }).then((result) => {
          opts.onRendered?.(result)
          return result
        }),
      ]),
    )
    const settled = await Promise.allSettled(opts.bundles.map((b) => started.get(b)!))
    const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected')
    if (failed.length) {
      const err = new Error(
        `PDF rendering failed for ${failed.length} locale(s):\n${failed.map((f) => String(f.reason?.message ?? f.reason)).join('\n')}`,
      )
      throw err
    }
    return settled.map((s) => (s as PromiseFulfilledResult<PdfResult>).value)
  } finally {
    await pool.close()
  }
}

/** File name of a locale's PDF inside a bundle: `<report-slug>.<locale>.pdf` (e.g. annual-report-2020.fr.pdf). */
export function pdfFileName(bundle: Pick<LocaleBundle, 'report' | 'locale'>): string {
  return `${bundle.report.slug}.${bundle.locale}.pdf`
}
