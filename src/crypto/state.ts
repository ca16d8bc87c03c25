/** The encryption state of a running Payload, shared by the plugin, the CLI and the migration. */
import type { Payload } from 'payload'

import type { RawAdapter } from './adapter'
import type { Keyring } from './keyring'
import type { MasterKey } from './master'

export interface Encryption {
  keyring: Keyring
  raw: RawAdapter
  sealed: Map<string, string[]>
  master: () => MasterKey
}

export const handles = new WeakMap<object, Encryption>()

/** The encryption state of a running Payload (undefined when encryption is off). */
export const encryptionOf = (payload: Payload): Encryption | undefined => handles.get(payload.db)
