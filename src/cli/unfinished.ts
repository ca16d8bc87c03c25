/**
 * A guard for command-line scripts run through `payload run` (or tsx): on this platform, loading
 * Payload's module graph very occasionally stalls, and Node then exits with code 0 (or 13) without
 * having run the script. Importing this module FIRST registers the guard before anything else
 * loads; the script calls `finished()` when its work is done. An exit without it becomes a clear
 * failure with exit code 75 (try again), so neither a person nor CI mistakes it for success.
 */
export const EXIT_STALLED = 75

let done = false
const script = process.argv.find((a) => /\.(ts|mjs|js)$/.test(a) && !a.includes('node_modules')) ?? 'the script'

process.on('exit', (code) => {
  if (!done && (code === 0 || code === 13)) {
    console.error(`${script} stopped before finishing (loading Payload stalled). Nothing was done: run it again.`)
    process.exitCode = EXIT_STALLED
  }
})

/** Marks the script's work as done (also on handled failures that set their own exit code). */
export function finished(): void {
  done = true
}
