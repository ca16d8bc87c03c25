/** npm run import -- <bundle>: see src/import/cli.ts (--help). */
import { bootForCli } from '../src/cli/payload'
import { runImportCli } from '../src/import/cli'

process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const code = await runImportCli(process.argv.slice(2), bootForCli)
process.exit(code)
