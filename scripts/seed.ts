/** npm run seed: writes the demo report (idempotent). */
import { bootForCli } from '../src/cli/payload'
import { isProduction } from '../src/env'
import { seed } from '../src/seed'

const payload = await bootForCli()
try {
  const result = await seed(payload, (line) => console.log(`  seeded ${line}`))
  console.log(`Demo report ready (report id ${result.reportId}).`)
  if (!isProduction()) {
    console.log('Demo logins (development only):')
    for (const u of result.users) console.log(`  ${u.roles.join(',').padEnd(11)} ${u.email.padEnd(24)} ${u.password}`)
  }
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
