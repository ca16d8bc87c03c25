/** npm run publish -- --report 2020 [...]: see src/publish/cli.ts (--help). */
import { bootForCli } from '../src/cli/payload'
import { runPublishCli } from '../src/publish/cli'

process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const code = await runPublishCli(process.argv.slice(2), bootForCli)
process.exit(code)
