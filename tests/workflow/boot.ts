import fs from 'node:fs'

import { bootPayload } from '../helpers/payload'

/**
 * bootPayload() on a RAM-backed temporary folder when there is one: the workflow suites make
 * thousands of small writes (versions, audit events) and an fsync per write dominates otherwise.
 */
export async function bootWorkflowPayload(): ReturnType<typeof bootPayload> {
  if (fs.existsSync('/dev/shm') && !process.env.FOLIO_TEST_DISK) process.env.TMPDIR = '/dev/shm'
  return bootPayload()
}
