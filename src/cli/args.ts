import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Exit code for bad arguments, shared by every CLI. */
export const EXIT_USAGE = 2

export type CliOptions = NonNullable<ParseArgsConfig['options']>

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
}

/** Bad arguments: the message says what is wrong, on one line (the CLI adds its usage). */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliUsageError'
  }
}

/**
 * The one argument parser of Folio's command lines (node:util parseArgs), pure: an unknown option,
 * a missing value or an unexpected positional argument throws a CliUsageError with the first line
 * of what is wrong. `strict: false` (benchmarks that share one command line) lets unknown options
 * through.
 */
export function parseArgv(
  argv: string[],
  options: CliOptions,
  { positionals = false, strict = true }: { positionals?: boolean; strict?: boolean } = {},
): ParsedArgs {
  try {
    const parsed = parseArgs({ args: argv, options, strict, allowPositionals: positionals || !strict })
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals }
  } catch (error) {
    throw new CliUsageError((error as Error).message.split('\n')[0])
  }
}

/**
 * Strict argument parsing for a script: `--help` prints the usage and exits 0; an unknown option or
 * a malformed value prints what is wrong and the usage line, and exits with code 2.
 */
export function parseCli(argv: string[], options: CliOptions, usage: string, allowPositionals = false): ParsedArgs {
  let parsed: ParsedArgs
  try {
    parsed = parseArgv(argv, options, { positionals: allowPositionals })
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage.split('\n')[0]}`)
    process.exit(EXIT_USAGE)
  }
  if (parsed.values.help) {
    console.log(usage)
    process.exit(0)
  }
  return parsed
}
