/**
 * npm run worker: runs the admin's publish jobs outside the web server (src/publish/job/worker.ts).
 * This process supervises: it starts the worker (`payload run scripts/worker.ts -- --child`), and
 * starts a fresh one whenever a worker stops to be recycled (memory past FOLIO_WORKER_RECYCLE_MB)
 * or fails; SIGINT/SIGTERM stop both. Set FOLIO_PUBLISH_WORKER=external for the web server, so that
 * it only queues.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const child = process.argv.includes('--child')

if (child) {
  const { bootForCli } = await import('../src/cli/payload')
  const { RECYCLE_EXIT, runWorker } = await import('../src/publish/job/worker')
  const payload = await bootForCli()
  const stop = new AbortController()
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => stop.abort())
  const log = (line: string) => console.log(`[worker ${process.pid}] ${line}`)
  log('waiting for publish jobs')
  const why = await runWorker(payload, { signal: stop.signal, log })
  await payload.destroy()
  process.exit(why === 'recycle' ? RECYCLE_EXIT : 0)
} else {
  const { RECYCLE_EXIT } = await import('../src/publish/job/worker')
  let stopping = false
  let current: ReturnType<typeof spawn> | null = null
  const start = () => {
    current = spawn(
      process.execPath,
      [path.resolve('node_modules/payload/bin.js'), 'run', 'scripts/worker.ts', '--', '--child'],
      {
        stdio: 'inherit',
        env: { PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true', DISABLE_PAYLOAD_HMR: 'true', ...process.env },
      },
    )
    const started = Date.now()
    current.on('exit', (code, signal) => {
      if (stopping) return process.exit(0)
      const again = code === RECYCLE_EXIT ? 0 : Math.max(0, 5000 - (Date.now() - started))
      console.log(
        `[worker supervisor] worker exited (${signal ?? `code ${code}`})${code === RECYCLE_EXIT ? ': recycled' : ''}; starting a fresh one`,
      )
      setTimeout(start, again)
    })
  }
  for (const s of ['SIGINT', 'SIGTERM'] as const)
    process.on(s, () => {
      stopping = true
      current?.kill(s)
    })
  start()
}
