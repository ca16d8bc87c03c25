import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Exit code for bad arguments, shared by every CLI. */
export const EXIT_USAGE = 2

/**
 * Strict argument parsing for the CLIs: an unknown option or a malformed value prints what is
 * wrong and the usage line, and exits with code 2.
 */
export function parseCli(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
  allowPositionals = false,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals })
    const values = parsed.values as Record<string, string | boolean | undefined>
    const positionals = parsed.positionals
    if (values.help) {
      console.log(usage)
      process.exit(0)
    }
    return { values, positionals }
  } catch (error) {
    console.error(`${(error as Error).message.split('\n')[0]}\n${usage.split('\n')[0]}`)
    process.exit(EXIT_USAGE)
  }
}
