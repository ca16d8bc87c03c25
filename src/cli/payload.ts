import type { Payload } from 'payload'

import { loadDotEnv } from './env'

/** Boots Payload for a command-line script (after loading .env). */
export async function bootForCli(): Promise<Payload> {
  loadDotEnv()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
