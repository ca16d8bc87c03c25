/**
 * npm run dev: the Next.js dev server and the publish worker side by side (the server queues
 * publishes, the worker runs them: src/publish/job/worker.ts). Ctrl-C stops both; if one exits,
 * the other is stopped too.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const env = { ...process.env, FOLIO_PUBLISH_WORKER: 'external' }
const bin = (name: string) => path.resolve('node_modules/.bin', name)
const children: ChildProcess[] = [
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env }),
  spawn(bin('tsx'), ['scripts/worker.ts'], { stdio: 'inherit', env }),
]
let ending = false
const end = (code: number) => {
  if (ending) return
  ending = true
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
  process.exitCode = code
}
for (const c of children) c.on('exit', (code) => end(code ?? 0))
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => end(0))
