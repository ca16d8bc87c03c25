/** npm run xliff -- export|import ...: see src/xliff/server/cli.ts (--help). */
import { bootForCli } from '../src/cli/payload'
import { runXliffCli } from '../src/xliff/server/cli'

process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const code = await runXliffCli(process.argv.slice(2), bootForCli)
process.exit(code)
