/**
 * encryption(): confidential data encrypted at rest.
 *
 * - Field values: every confidential text field of the model (./fields.ts) is sealed with
 *   AES-256-GCM at the database adapter (./adapter.ts), in the main tables and in every version,
 *   draft and autosave alike.
 * - Keys: data keys in the hidden `folio-keys` collection, wrapped by the master key from
 *   FOLIO_MASTER_KEY_FILE / FOLIO_MASTER_KEY (./master.ts, ./keyring.ts). A missing or wrong key
 *   stops the start with one message, before anything is read or written.
 * - Consent document files: encrypted on disk, served decrypted only through the authenticated
 *   file route (./files.ts).
 * - `npm run keys -- status | rotate` (./rotate.ts, scripts/keys.ts).
 *
 * `FOLIO_ENCRYPTION=off` (refused in production) runs without sealing, for the benchmark and for
 * tests of the migration from a database that was never encrypted.
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { isProduction } from '../env'
import { mapFieldConfigs } from '../model/walk'
import { declaredRole } from '../model/fields'
import { type RawAdapter, wrapAdapter } from './adapter'
import { sealedCollections } from './fields'
import { encryptedFiles } from './files'
import { startupScrub } from './sqlite'
import { handles } from './state'
import { FolioKeys, KEYS_COLLECTION, Keyring, type KeyRow, type KeyStore } from './keyring'
import { loadMasterKey, type MasterKey } from './master'

export interface EncryptionOptions {
  /** Upload collections whose files are encrypted on disk. */
  files?: string[]
}

export const encryptionDisabled = (env: NodeJS.ProcessEnv = process.env): boolean => {
  if (env.FOLIO_ENCRYPTION !== 'off') return false
  if (isProduction(env)) throw new Error('FOLIO_ENCRYPTION=off is refused in production.')
  return true
}

/** How stale a server's view of the keyring may get while a rotation runs elsewhere. */
const KEYRING_MAX_AGE_MS = 15_000

const NOTE = 'Encrypted at rest: this field cannot be searched, filtered or sorted.'

/** Tells admins (field description) that encrypted fields cannot be searched or sorted. */
const describe = (collection: CollectionConfig, paths: string[]): CollectionConfig => ({
  ...collection,
  fields: mapFieldConfigs(collection.fields, (field: Field) => {
    if (!('name' in field) || declaredRole(field) !== 'confidential' || field.type === 'group') return field
    if (!paths.includes(field.name) && !paths.some((p) => p.endsWith(`.${field.name}`))) return field
    const admin = (field.admin ?? {}) as { description?: unknown }
    const before = typeof admin.description === 'string' ? `${admin.description} ` : ''
    return { ...field, admin: { ...admin, description: before + NOTE } } as Field
  }),
})

function keyStore(raw: () => RawAdapter): KeyStore {
  return {
    list: async (req) =>
      (await raw().find({ collection: KEYS_COLLECTION, limit: 0, pagination: false, req, sort: 'createdAt' }))
        .docs as KeyRow[],
    insert: async (row, req) => {
      await raw().create({ collection: KEYS_COLLECTION, data: row, req })
    },
    update: async (keyId, patch, req) => {
      await raw().updateOne({ collection: KEYS_COLLECTION, where: { keyId: { equals: keyId } }, data: patch, req })
    },
  }
}

export const encryption =
  (options: EncryptionOptions = {}) =>
  (config: Config): Config => {
    const off = encryptionDisabled()
    const sealed = sealedCollections()
    const collections = [
      ...(config.collections ?? []).map((c) => (!off && sealed.has(c.slug) ? describe(c, sealed.get(c.slug)!) : c)),
      FolioKeys,
    ]
    if (off) return { ...config, collections }
    let master: MasterKey | undefined
    let raw: RawAdapter | undefined
    const getMaster = () => {
      master ??= loadMasterKey()
      return master
    }
    const keyring = new Keyring(getMaster, () => keyStore(() => raw!))
    const init = config.db.init
    return {
      ...encryptedFiles(options.files ?? [], keyring)({ ...config, collections }),
      db: {
        ...config.db,
        init: (args) => {
          // A missing key stops the start here, before the database is touched (not while
          // `next build` collects pages: the build never reads a confidential value).
          if (process.env.NEXT_PHASE !== 'phase-production-build') getMaster()
          const adapter = init(args) as Parameters<typeof wrapAdapter>[0]
          raw = wrapAdapter(
            adapter,
            new Set(sealed.keys()),
            async () => {
              await keyring.fresh(KEYRING_MAX_AGE_MS)
              return keyring
            },
            (w) =>
              args.payload.logger.error(
                `Folio encryption: ${w.collection} ${w.docId} ${w.path} cannot be decrypted (${w.reason}). It is shown as "[cannot be decrypted]" and is not overwritten.`,
              ),
          )
          handles.set(adapter, { keyring, raw, sealed, master: getMaster })
          return adapter
        },
      },
      onInit: async (payload) => {
        // The key is checked before anything else runs: a missing or wrong key stops the start here.
        await keyring.ready()
        await startupScrub(payload)
        await config.onInit?.(payload)
      },
    }
  }
export { encryptionOf } from './state'
