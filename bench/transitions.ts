/**
 * What one approval costs as a collection grows: a fresh SQLite database gets N organisations, each
 * written in five locales (so N documents with versions and locale rows), then 20 more are
 * submitted and approved through the workflow and each approval is timed. Prints; with --json FILE
 * writes the figures. Does not assert.
 *
 *   npx tsx bench/transitions.ts [--sizes 50,500] [--json out.json]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseArgv } from '../src/cli/args'

const { values } = parseArgv(process.argv.slice(2), {
  sizes: { type: 'string', default: '50,500' },
  json: { type: 'string' },
  one: { type: 'string' },
})
const sizes = String(values.sizes).split(',').map(Number)
const LOCALES = ['fr', 'es', 'ru', 'ar'] as const

async function measure(size: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-transitions-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
  process.env.FOLIO_MEDIA_DIR = path.join(dir, 'media')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { transition } = await import('../src/workflow/transition')
  const payload = await getPayload({ config })
  const mk = async (roles: string[], email: string) =>
    payload.create({
      collection: 'users',
      data: { name: email, email, password: 'correct horse battery', roles } as never,
      overrideAccess: true,
    })
  const editor = { ...(await mk(['editor'], `e${size}@bench.test`)), collection: 'users' as const }
  const reviewer = { ...(await mk(['reviewer'], `r${size}@bench.test`)), collection: 'users' as const }
  const write = async (i: number) => {
    const doc = await payload.create({
      collection: 'organisations',
      data: { name: `Org ${i}`, kind: 'source', description: `Text ${i}` },
      user: editor,
      overrideAccess: false,
    })
    for (const locale of LOCALES) {
      await payload.update({
        collection: 'organisations',
        id: doc.id,
        locale,
        data: { name: `Org ${i} ${locale}`, description: `Texte ${i}` },
        user: editor,
        overrideAccess: false,
      })
    }
    return doc.id
  }
  for (let i = 0; i < size; i++) await write(i)
  const times: number[] = []
  for (let i = 0; i < 20; i++) {
    const id = await write(size + i)
    await transition(payload, { collection: 'organisations', id, action: 'submit', user: editor })
    const t0 = performance.now()
    await transition(payload, { collection: 'organisations', id, action: 'approve', user: reviewer })
    times.push(performance.now() - t0)
  }
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
  times.sort((a, b) => a - b)
  return { size, p50: times[10], p90: times[18] }
}

if (values.one) {
  // One size per process: the config (and its database) is made once per process.
  console.log(`RESULT ${JSON.stringify(await measure(Number(values.one)))}`)
  process.exit(0)
}
const rows: Array<{ size: number; p50: number; p90: number }> = []
for (const size of sizes) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/transitions.ts', '--one', String(size)], {
    encoding: 'utf8',
  })
  const line = /^RESULT (.*)$/m.exec(r.stdout)
  if (!line)
    throw new Error(`size ${size} failed (exit ${r.status}):\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`)
  rows.push(JSON.parse(line[1]))
}
console.log('documents in the collection | approve p50 ms | p90 ms')
for (const r of rows)
  console.log(`${String(r.size).padStart(27)} | ${r.p50.toFixed(1).padStart(14)} | ${r.p90.toFixed(1).padStart(6)}`)
const growth = rows.at(-1)!.p50 / rows[0].p50
console.log(`growth (largest ÷ smallest p50): ${growth.toFixed(2)}×`)
if (values.json) {
  const figures = rows.flatMap((r) => [
    { name: `transition.approve.n${r.size}.p50_ms`, value: Number(r.p50.toFixed(1)), unit: 'ms' },
  ])
  figures.push({ name: 'transition.approve.growth', value: Number(growth.toFixed(2)), unit: 'x' })
  fs.writeFileSync(String(values.json), `${JSON.stringify({ figures }, null, 2)}\n`)
}
process.exit(0)
