/**
 * Backup archives encrypted to `age` recipients (X25519, the `age-encryption` package), so a backup
 * can leave the building: anyone may hold the recipients (public keys, `age1…`); restoring needs
 * one of the identities (`AGE-SECRET-KEY-1…`), which the key holders keep offline. Streamed.
 */
import fs from 'node:fs'
import { Readable, Writable } from 'node:stream'
import type { ReadableStream as WebReadable } from 'node:stream/web'

import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption'

export class AgeError extends Error {}

const RECIPIENT = /^age1[0-9a-z]{20,}$/
const IDENTITY = /^AGE-SECRET-KEY-1[0-9A-Z]{20,}$/

/** Recipients from a list of `age1…` strings and/or files of them (one a line, `#` comments). */
export function parseRecipients(values: string[]): string[] {
  const out: string[] = []
  for (const v of values
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const lines = RECIPIENT.test(v) ? [v] : fs.existsSync(v) ? linesOf(v) : [v]
    for (const line of lines) {
      if (!RECIPIENT.test(line))
        throw new AgeError(`"${line.slice(0, 24)}" is not an age recipient (age1…) nor a file of recipients.`)
      out.push(line)
    }
  }
  return out
}

const linesOf = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))

/** Identities from identity files (as written by `age-keygen` or `newIdentity`). */
export function readIdentities(files: string[]): string[] {
  const out: string[] = []
  for (const file of files) {
    if (!fs.existsSync(file)) throw new AgeError(`No identity file at ${file}.`)
    const ids = linesOf(file).filter((l) => IDENTITY.test(l))
    if (ids.length === 0) throw new AgeError(`${file} holds no age identity (AGE-SECRET-KEY-1…).`)
    out.push(...ids)
  }
  return out
}

/** A new X25519 identity and its recipient (for key holders; tests). */
export async function newIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity()
  return { identity, recipient: await identityToRecipient(identity) }
}

const webOf = (file: string) => Readable.toWeb(fs.createReadStream(file)) as unknown as ReadableStream<Uint8Array>
const writeWeb = (stream: ReadableStream<Uint8Array>, file: string) =>
  (stream as unknown as WebReadable<Uint8Array>).pipeTo(
    Writable.toWeb(fs.createWriteStream(file, { mode: 0o600 })) as never,
  )

/** Encrypts `input` to every recipient, into `output`. */
export async function encryptFile(input: string, output: string, recipients: string[]): Promise<void> {
  if (recipients.length === 0) throw new AgeError('No age recipient given.')
  const e = new Encrypter()
  for (const r of recipients) e.addRecipient(r)
  await writeWeb(await e.encrypt(webOf(input)), output)
}

/** Decrypts `input` with any of the identities, into `output`. */
export async function decryptFile(input: string, output: string, identities: string[]): Promise<void> {
  if (identities.length === 0)
    throw new AgeError(`${input} is encrypted: give the identity file of one of its recipients (--identity FILE).`)
  const d = new Decrypter()
  for (const id of identities) d.addIdentity(id)
  try {
    await writeWeb(await d.decrypt(webOf(input)), output)
  } catch (error) {
    fs.rmSync(output, { force: true })
    throw new AgeError(`${input} cannot be decrypted with the identity given (${(error as Error).message}).`)
  }
}
