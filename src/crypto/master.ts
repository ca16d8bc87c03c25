/**
 * The master key: 32 random bytes kept outside the database and the repository. It only wraps the
 * data keys (stored, wrapped, in the `folio-keys` collection); it never encrypts a value itself.
 *
 * - `FOLIO_MASTER_KEY_FILE`: a file (mode 600) holding the key as 64 hex characters or base64;
 * - or `FOLIO_MASTER_KEY`: the key itself, same encodings;
 * - outside production, with neither set, `.folio/master.key` (gitignored) is created on first use
 *   and the path is printed; production refuses to start without a key.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { isProduction } from '../env'

export class KeyError extends Error {}

export interface MasterKey {
  key: Buffer
  /** A public fingerprint, stored beside each wrapped data key to say which master wraps it. */
  id: string
  /** Where it came from (for messages): a path or "FOLIO_MASTER_KEY". */
  source: string
}

export const DEV_KEY_FILE = '.folio/master.key'

function decode(text: string, source: string): Buffer {
  const s = text.trim()
  const key = /^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64')
  if (key.length !== 32)
    throw new KeyError(`The master key in ${source} is not 32 bytes (64 hex characters or base64 of 32 bytes).`)
  return key
}

export const fingerprint = (key: Buffer): string =>
  crypto.createHash('sha256').update('folio/master/1').update(key).digest('hex').slice(0, 12)

const master = (key: Buffer, source: string): MasterKey => ({ key, id: fingerprint(key), source })

function readKeyFile(file: string): MasterKey {
  if (!fs.existsSync(file)) throw new KeyError(`FOLIO_MASTER_KEY_FILE names ${file}, which does not exist.`)
  const mode = fs.statSync(file).mode & 0o777
  if (mode & 0o077)
    throw new KeyError(
      `The master key file ${file} can be read by others (mode ${mode.toString(8)}): run \`chmod 600 ${file}\`.`,
    )
  return master(decode(fs.readFileSync(file, 'utf8'), file), file)
}

/** Creates a development key (never in production) and says where. */
export function createKeyFile(file: string, log: (msg: string) => void = console.warn): MasterKey {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const key = crypto.randomBytes(32)
  fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  log(
    `Folio: created a development master key at ${file} (mode 600). Keep it: without it the confidential fields of this database cannot be read. Production needs FOLIO_MASTER_KEY_FILE.`,
  )
  return master(key, file)
}

/** The master key the environment names; creates the development key outside production. */
export function loadMasterKey(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): MasterKey {
  if (env.FOLIO_MASTER_KEY_FILE?.trim()) return readKeyFile(path.resolve(root, env.FOLIO_MASTER_KEY_FILE.trim()))
  if (env.FOLIO_MASTER_KEY?.trim()) return master(decode(env.FOLIO_MASTER_KEY, 'FOLIO_MASTER_KEY'), 'FOLIO_MASTER_KEY')
  if (isProduction(env)) {
    throw new KeyError(
      'No master key: production refuses to start without one. Set FOLIO_MASTER_KEY_FILE to a file (mode 600) holding 32 random bytes as hex (`openssl rand -hex 32 > master.key && chmod 600 master.key`), or FOLIO_MASTER_KEY. See the README, "Key custody".',
    )
  }
  const file = path.resolve(root, DEV_KEY_FILE)
  if (fs.existsSync(file)) return readKeyFile(file)
  try {
    return createKeyFile(file)
  } catch (error) {
    // Two processes starting at once: the other one created it.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file)
    throw error
  }
}
