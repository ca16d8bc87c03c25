/** npm run keys -- status|rotate|encrypt: see src/crypto/cli.ts (--help). */
import { bootForCli } from '../src/cli/payload'
import { runKeysCli } from '../src/crypto/cli'

process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const code = await runKeysCli(process.argv.slice(2), bootForCli)
process.exit(code)
