/**
 * Encrypted upload files (the consent documents): Payload's own disk writes are turned off
 * (`disableLocalStorage`); the upload is sealed with the active data key as it is written to the
 * upload folder, and served decrypted only by the collection's file route, which Payload calls
 * after its read-access check (so only the roles allowed get it, never as a static file).
 */
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig, Config } from 'payload'

import type { Keyring } from './keyring'
import { decryptStream, encryptStream, FileDecryptError } from './stream'

const dirOf = (c: CollectionConfig): string => {
  const upload = typeof c.upload === 'object' ? c.upload : {}
  return path.resolve(upload.staticDir || c.slug)
}

const inside = (dir: string, name: string): string => {
  const file = path.resolve(dir, name)
  if (!file.startsWith(dir + path.sep)) throw new Error(`Invalid file name: ${name}`)
  return file
}

/** Writes `data` to `file`, sealed (through a temporary file: a crash leaves no half file). */
export async function writeSealed(file: string, source: Readable, keyring: Keyring): Promise<void> {
  await keyring.ready()
  const { key, keyId } = keyring.active
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.partial`
  await pipeline(source, encryptStream(key, keyId, path.basename(file)), fs.createWriteStream(tmp, { mode: 0o600 }))
  fs.renameSync(tmp, file)
}

/** A stream of the decrypted file (errors with FileDecryptError when it was altered). */
export const readSealed = (file: string, keyring: Keyring): Readable =>
  fs.createReadStream(file).pipe(decryptStream(keyring.keyFor, path.basename(file)))

function sealUpload(dir: string, keyring: Keyring): CollectionBeforeChangeHook {
  return async ({ data, req }) => {
    const file = req.file
    if (!file || typeof data.filename !== 'string') return data
    const source = file.data?.length ? Readable.from([file.data]) : fs.createReadStream(String(file.tempFilePath))
    await writeSealed(inside(dir, data.filename), source, keyring)
    return data
  }
}

const removeFile =
  (dir: string): CollectionAfterDeleteHook =>
  ({ doc }) => {
    if (typeof doc.filename === 'string') fs.rmSync(inside(dir, doc.filename), { force: true })
  }

function encryptCollection(c: CollectionConfig, keyring: Keyring): CollectionConfig {
  const dir = dirOf(c)
  const upload = typeof c.upload === 'object' ? c.upload : {}
  return {
    ...c,
    upload: {
      ...upload,
      disableLocalStorage: true,
      handlers: [
        ...(upload.handlers ?? []),
        async (req, { params }) => {
          const file = inside(dir, params.filename)
          if (!fs.existsSync(file))
            return Response.json(
              { errors: [{ message: `No file named "${path.basename(String(params.filename ?? ''))}".` }] },
              { status: 404 },
            )
          await keyring.ready()
          const clear = readSealed(file, keyring)
          // Read the first chunk before answering: a file that fails at once gets a clear error.
          const chunks: Buffer[] = []
          try {
            for await (const chunk of clear) chunks.push(chunk as Buffer)
          } catch (error) {
            if (!(error instanceof FileDecryptError)) throw error
            req.payload.logger.error(
              `Folio encryption: ${c.slug} file ${params.filename} cannot be decrypted (${error.message}).`,
            )
            return Response.json({ errors: [{ message: `${params.filename} cannot be decrypted.` }] }, { status: 500 })
          }
          const doc = await req.payload.find({
            collection: c.slug as 'consent-documents',
            where: { filename: { equals: params.filename } },
            limit: 1,
            depth: 0,
            overrideAccess: true,
          })
          const type = String(
            (doc.docs[0] as { mimeType?: unknown } | undefined)?.mimeType ?? 'application/octet-stream',
          )
          return new Response(Buffer.concat(chunks), {
            headers: {
              'Content-Type': type,
              'Cache-Control': 'private, no-store',
              'X-Content-Type-Options': 'nosniff',
            },
          })
        },
      ],
    },
    hooks: {
      ...c.hooks,
      beforeChange: [...(c.hooks?.beforeChange ?? []), sealUpload(dir, keyring)],
      afterDelete: [...(c.hooks?.afterDelete ?? []), removeFile(dir)],
    },
  }
}

/** Encrypts the files of the named upload collections. */
export const encryptedFiles =
  (slugs: string[], keyring: Keyring) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((c) => (slugs.includes(c.slug) ? encryptCollection(c, keyring) : c)),
  })
