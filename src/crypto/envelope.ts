/**
 * One encrypted value: AES-256-GCM (Node's crypto), a fresh 96-bit nonce per value, and additional
 * authenticated data binding the value to where it belongs (collection, document id, field path,
 * locale), so a ciphertext copied to another record or field fails to authenticate.
 *
 * Stored form (a string, so it fits any text column of any adapter):
 *   `fe1:<keyId>:<base64url(nonce ‖ ciphertext ‖ tag)>`
 * The value is JSON-encoded before encryption, so strings, numbers and JSON keep their type.
 */
import crypto from 'node:crypto'

export const ENVELOPE_PREFIX = 'fe1:'
/** What a reader sees instead of a value that fails authentication; the ciphertext is kept after it. */
export const UNDECRYPTABLE = '[cannot be decrypted] '

const NONCE = 12
const TAG = 16

export interface Binding {
  collection: string
  docId: string | number
  path: string
  /** '' for a field that is not localised. */
  locale?: string
}

export const aad = (b: Binding): Buffer =>
  Buffer.from(JSON.stringify(['folio/field/1', b.collection, String(b.docId), b.path, b.locale ?? '']), 'utf8')

export const isEnvelope = (v: unknown): v is string =>
  typeof v === 'string' && v.startsWith(ENVELOPE_PREFIX) && v.indexOf(':', ENVELOPE_PREFIX.length) > 0

/** The key id an envelope names (undefined for anything else). */
export const keyIdOf = (v: unknown): string | undefined =>
  isEnvelope(v) ? v.slice(ENVELOPE_PREFIX.length, v.indexOf(':', ENVELOPE_PREFIX.length)) : undefined

/** A value shown as "cannot be decrypted": its envelope, to be written back unchanged. */
export const envelopeOfMarker = (v: unknown): string | undefined =>
  typeof v === 'string' && v.startsWith(UNDECRYPTABLE) && isEnvelope(v.slice(UNDECRYPTABLE.length))
    ? v.slice(UNDECRYPTABLE.length)
    : undefined

export class DecryptError extends Error {}

export function seal(value: unknown, key: Buffer, keyId: string, binding: Binding): string {
  const nonce = crypto.randomBytes(NONCE)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(aad(binding))
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `${ENVELOPE_PREFIX}${keyId}:${Buffer.concat([nonce, body]).toString('base64url')}`
}

/** Opens an envelope; throws DecryptError when the key is unknown or authentication fails. */
export function open(envelope: string, keyFor: (keyId: string) => Buffer | undefined, binding: Binding): unknown {
  const keyId = keyIdOf(envelope)
  const key = keyId === undefined ? undefined : keyFor(keyId)
  if (!keyId || !key) throw new DecryptError(`no data key "${keyId}" is known`)
  const raw = Buffer.from(envelope.slice(ENVELOPE_PREFIX.length + keyId.length + 1), 'base64url')
  if (raw.length < NONCE + TAG) throw new DecryptError('the ciphertext is truncated')
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE))
    decipher.setAAD(aad(binding))
    decipher.setAuthTag(raw.subarray(raw.length - TAG))
    const clear = Buffer.concat([decipher.update(raw.subarray(NONCE, raw.length - TAG)), decipher.final()])
    return JSON.parse(clear.toString('utf8'))
  } catch {
    throw new DecryptError('authentication failed (altered, or copied from another record or field)')
  }
}

/** Wraps a data key with the master key (AES-256-GCM, bound to the data key's id). */
export function wrapKey(dataKey: Buffer, master: Buffer, keyId: string): string {
  const nonce = crypto.randomBytes(NONCE)
  const cipher = crypto.createCipheriv('aes-256-gcm', master, nonce)
  cipher.setAAD(Buffer.from(`folio/data-key/1:${keyId}`))
  return Buffer.concat([nonce, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]).toString('base64url')
}

export function unwrapKey(wrapped: string, master: Buffer, keyId: string): Buffer | undefined {
  const raw = Buffer.from(wrapped, 'base64url')
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', master, raw.subarray(0, NONCE))
    decipher.setAAD(Buffer.from(`folio/data-key/1:${keyId}`))
    decipher.setAuthTag(raw.subarray(raw.length - TAG))
    return Buffer.concat([decipher.update(raw.subarray(NONCE, raw.length - TAG)), decipher.final()])
  } catch {
    return undefined
  }
}
