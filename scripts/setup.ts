/**
 * npm run setup (run by `npm run dev`): everything a fresh clone needs before the first start.
 * - `.env` with a random PAYLOAD_SECRET (untracked; never committed), if there is none;
 * - the SQLite folder, the schema and the demo content, if the database has no report yet.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { loadDotEnv } from '../src/cli/env'
import { DEFAULT_DATABASE_URL } from '../src/db-url'

const envFile = path.resolve('.env')
if (!fs.existsSync(envFile)) {
  fs.writeFileSync(
    envFile,
    [
      '# Written by `npm run setup` on first start. Never commit this file.',
      `PAYLOAD_SECRET=${crypto.randomBytes(32).toString('hex')}`,
      `DATABASE_URL=${DEFAULT_DATABASE_URL}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  )
  console.log('Created .env with a random PAYLOAD_SECRET.')
}
loadDotEnv()
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
if (url.startsWith('file:')) fs.mkdirSync(path.dirname(path.resolve(url.slice('file:'.length))), { recursive: true })

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seed } = await import('../src/seed')
const { isProduction } = await import('../src/env')
const payload = await getPayload({ config })
try {
  const { totalDocs } = await payload.count({ collection: 'reports', overrideAccess: true })
  if (totalDocs === 0) {
    console.log('New database: writing the demo content…')
    const result = await seed(payload, (line) => console.log(`  seeded ${line}`))
    if (!isProduction()) {
      console.log('Demo logins (development only) for http://localhost:3000/admin :')
      for (const u of result.users) console.log(`  ${u.roles.join(',').padEnd(11)} ${u.email.padEnd(24)} ${u.password}`)
    }
  } else {
    console.log(
      `Database ready (${totalDocs} report${totalDocs === 1 ? '' : 's'}). Demo logins: see README or run npm run seed.`,
    )
  }
} finally {
  await payload.destroy()
}
process.exit()
