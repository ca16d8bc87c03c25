// PDF compile worker: a child process (plain JS so it runs under node, tsx, jest and Next alike).
// Typst's compile() is synchronous; running it here keeps the caller's event loop free. It is a
// process, not a worker thread, because Typst's memoisation cache is global to a process and
// behind a lock: two compiling threads in one process were slower than one.
// Protocol (IPC, advanced serialisation): parent sends { id, job } and gets { id, ok, pdf, pages,
// ms, cpuMs, rss } or { id, ok: false, error }; { id, evict } empties the cache.
import fs from 'node:fs'
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

const parentPort = { postMessage: (m) => process.send(m), on: (ev, f) => process.on(ev, f) }
const { templateDir, fontPaths } = JSON.parse(process.env.FOLIO_PDF_WORKER ?? '{}')
if (!templateDir) throw new Error('worker.mjs is started by src/publish/pdf/render.ts')
const compiler = NodeCompiler.create({
  workspace: templateDir,
  fontArgs: [{ fontBlobs: fontPaths.map((p) => fs.readFileSync(p)) }],
})

/** "12:5" from a diagnostic's range (an object of start/end line and column, 0-based) or its text. */
const position = (range) => {
  if (!range) return ''
  if (typeof range !== 'object') return `:${range}`
  const start = range.start ?? range
  if (typeof start?.line === 'number') return `:${start.line + 1}:${(start.column ?? start.character ?? 0) + 1}`
  return `:${JSON.stringify(range)}`
}

const messages = (err) => {
  try {
    return compiler.fetchDiagnostics(err).map((d) => {
      const where = d.path ? ` (${d.path.replace(templateDir, 'template')}${position(d.range)})` : ''
      return `${d.severity === 2 ? 'warning' : 'error'}: ${d.message}${where}${d.hints?.length ? ` hint: ${d.hints.join('; ')}` : ''}`
    })
  } catch {
    return [String(err?.shortDiagnostics ? JSON.stringify(err.shortDiagnostics) : err)]
  }
}

parentPort.on('message', ({ id, job, evict }) => {
  if (evict !== undefined) {
    // Empties Typst's memoisation cache (per process); the pool asks only when idle.
    compiler.evictCache(evict)
    parentPort.postMessage({ id, ok: true, evicted: true })
    return
  }
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  try {
    compiler.resetShadow()
    compiler.mapShadow(`${templateDir}/data/view.json`, Buffer.from(job.view))
    for (const img of job.images) compiler.mapShadow(`${templateDir}${img.src}`, Buffer.from(img.bytes))
    const res = compiler.compile({ mainFilePath: `${templateDir}/main.typ` })
    const errors = res.hasError() ? messages(res.takeDiagnostics() ?? res.takeError()) : []
    const warnings = res.takeWarnings()
    const all = [...errors, ...(warnings ? messages(warnings) : [])]
    if (all.length) throw new Error(`Typst ${errors.length ? 'errors' : 'warnings'}:\n  ${all.join('\n  ')}`)
    const opts = { creationTimestamp: job.timestamp }
    if (job.standard) opts.pdfStandard = job.standard
    const pdf = compiler.pdf(res.result, opts)
    const pages = res.result.numOfPages
    compiler.evictCache(0)
    const out = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice()
    // CPU of every thread of this process (Typst lays out on several): the compile's real cost.
    const cpu = process.cpuUsage(cpu0)
    const cpuMs = (cpu.user + cpu.system) / 1000
    parentPort.postMessage({
      id,
      ok: true,
      pdf: out,
      pages,
      ms: performance.now() - t0,
      cpuMs,
      rss: process.memoryUsage().rss,
    })
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    parentPort.postMessage({
      id,
      ok: false,
      error: msg.replace(/SourceDiagnostic \{[^}]*message: "([^"]*)"[^}]*\}/g, '$1'),
    })
  }
})

// The parent went away (crash, kill): do not linger.
process.on('disconnect', () => process.exit(0))
