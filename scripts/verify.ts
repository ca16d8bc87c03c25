/** npm run verify -- <bundle dir>: see src/publish/cli.ts (--help). */
import { runVerifyCli } from '../src/publish/cli'

process.exit(await runVerifyCli(process.argv.slice(2)))
