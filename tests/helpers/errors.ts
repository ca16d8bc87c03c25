/** The field errors of a Payload ValidationError, as { path: message }. Throws if `run` succeeds. */
export async function fieldErrors(run: () => Promise<unknown>): Promise<Record<string, string>> {
  try {
    await run()
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    if (!errors) throw error
    return Object.fromEntries(errors.map((e) => [e.path, e.message]))
  }
  throw new Error('Expected a validation error, but the operation succeeded')
}
