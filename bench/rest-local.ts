/**
 * What one `GET /api/chapters?depth=1&limit=10` costs the server's event loop, without HTTP or
 * queueing: the same find through the Local API as an editor, on a copy of a database holding the
 * large report (bench/import.ts --keep FILE). 5 warm-up reads, then 20 timed; with --cpu-prof FILE
 * an inspector CPU profile of the 20. Prints; does not assert.
 *
 *   npx tsx bench/rest-local.ts --db large.db [--cpu-prof rest.cpuprofile]
 */
import fs from 'node:fs'
import os from 'node:os'

import { parseArgv } from '../src/cli/args'
import { scratchDatabase } from './scratch-db'

const { values } = parseArgv(process.argv.slice(2), { db: { type: 'string' }, 'cpu-prof': { type: 'string' } })
if (!values.db) throw new Error('Give --db FILE (a database holding the large report: bench/import.ts --keep FILE).')
const { dir } = scratchDatabase('rest-local', String(values.db))

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const report = (await payload.find({ collection: 'reports', sort: '-year', limit: 1, depth: 0, draft: true })).docs[0]
const editor = await payload.create({
  collection: 'users',
  data: { name: 'Bench editor', email: 'rest-local@bench.test', password: 'correct horse battery', roles: ['editor'] },
  overrideAccess: true,
})
const read = () =>
  payload.find({
    collection: 'chapters',
    depth: 1,
    limit: 10,
    where: { report: { equals: report.id } },
    user: { ...editor, collection: 'users' },
    overrideAccess: false,
  })
for (let i = 0; i < 5; i++) await read()
const { Session } = await import('node:inspector/promises')
const session = new Session()
if (values['cpu-prof']) {
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
}
const times: number[] = []
let bytes = 0
for (let i = 0; i < 20; i++) {
  const t0 = performance.now()
  const res = await read()
  bytes = JSON.stringify(res).length
  times.push(performance.now() - t0)
}
if (values['cpu-prof']) {
  const { profile } = await session.post('Profiler.stop')
  fs.writeFileSync(String(values['cpu-prof']), JSON.stringify(profile))
}
times.sort((a, b) => a - b)
console.log(
  `chapters?depth=1&limit=10 as an editor, Local API, large report: median ${times[10].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms, ` +
    `${Math.round(bytes / 1024)} KB of JSON; load average ${os.loadavg()[0].toFixed(1)}`,
)
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
