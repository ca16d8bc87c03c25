/**
 * One side of bench/crypto.ts, run with `payload run` on a fresh SQLite file: writes N testimonies
 * with their confidential fields, then reads them all as the admin (Local API, access applied)
 * --runs times and prints one JSON line. FOLIO_ENCRYPTION=off (set by the parent) is the baseline.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { parseArgv } from '../src/cli/args'

const { values } = parseArgv(
  process.argv.slice(2),
  { testimonies: { type: 'string', default: '1000' }, runs: { type: 'string', default: '7' } },
  { strict: false },
)
const n = Number(values.testimonies)
const payload = await getPayload({ config })
const admin = await payload.create({
  collection: 'users',
  data: {
    email: 'bench-admin@example.org',
    password: 'long-benchmark-passphrase-2026',
    name: 'Bench admin',
    roles: ['admin'],
  },
  overrideAccess: true,
})
const t0 = performance.now()
for (let i = 0; i < n; i++) {
  // Straight to the adapter (what the create operation ends in; sealed when encryption is on).
  await payload.db.create({
    collection: 'testimonies',
    data: {
      title: `Sample testimony ${i} (fictional, benchmark)`,
      disclosure: 'anonymous',
      legalName: `Fictional Person ${i} (benchmark sample)`,
      contact: `sample-${i}@example.org`,
      internalNotes: `Benchmark sample ${i}: no real person. `.repeat(8),
      consent: { status: 'pending' },
      workflow: { state: 'draft' },
    },
  })
}
const writeMs = performance.now() - t0
const times: number[] = []
let legalNames = 0
for (let r = 0; r < Number(values.runs); r++) {
  const t = performance.now()
  const { docs } = await payload.find({
    collection: 'testimonies',
    user: admin,
    overrideAccess: false,
    depth: 0,
    limit: n,
    pagination: false,
  })
  times.push(performance.now() - t)
  legalNames = docs.filter((d) => typeof d.legalName === 'string' && d.legalName.startsWith('Fictional')).length
}
times.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    encryption: process.env.FOLIO_ENCRYPTION !== 'off',
    testimonies: n,
    readableLegalNames: legalNames,
    writeMs: Math.round(writeMs),
    readMedianMs: Math.round(times[Math.floor(times.length / 2)]),
    readMinMs: Math.round(times[0]),
  }),
)
await payload.destroy()
process.exit(0)
