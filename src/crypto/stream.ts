/**
 * Chunked AEAD for files (streamed: memory stays at one chunk whatever the file's size).
 *
 * Layout: `FOLIOFE1` ‖ keyId length (1 byte) ‖ keyId ‖ 8-byte random file nonce prefix, then chunks
 * of `u32 length (high bit: last) ‖ AES-256-GCM(chunk) ‖ tag`. Chunk i's nonce is prefix ‖ u32(i); its AAD binds the
 * file's name, the chunk index and whether it is the last chunk, so chunks cannot be reordered,
 * dropped, or the file truncated or renamed without the read failing.
 */
import crypto from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'

const MAGIC = Buffer.from('FOLIOFE1')
const CHUNK = 64 * 1024
const TAG = 16
/** High bit of a chunk's length: the last chunk (authenticated through the AAD). */
const LAST = 0x80000000

const nonceOf = (prefix: Buffer, i: number) => {
  const n = Buffer.alloc(12)
  prefix.copy(n, 0)
  n.writeUInt32BE(i, 8)
  return n
}
const aadOf = (name: string, i: number, last: boolean) => Buffer.from(JSON.stringify(['folio/file/1', name, i, last]))

export class FileDecryptError extends Error {}

/** Encrypts a stream; `name` is bound into every chunk (the stored file name). */
export function encryptStream(key: Buffer, keyId: string, name: string): Transform {
  const prefix = crypto.randomBytes(8)
  let pending = Buffer.alloc(0)
  let i = 0
  let started = false
  const emit = (t: Transform, chunk: Buffer, last: boolean) => {
    const c = crypto.createCipheriv('aes-256-gcm', key, nonceOf(prefix, i))
    c.setAAD(aadOf(name, i++, last))
    const body = Buffer.concat([c.update(chunk), c.final(), c.getAuthTag()])
    const len = Buffer.alloc(4)
    len.writeUInt32BE((body.length | (last ? LAST : 0)) >>> 0)
    t.push(Buffer.concat([len, body]))
  }
  const header = (t: Transform) => {
    if (started) return
    started = true
    t.push(Buffer.concat([MAGIC, Buffer.from([keyId.length]), Buffer.from(keyId), prefix]))
  }
  return new Transform({
    transform(data: Buffer, _enc, done: TransformCallback) {
      header(this)
      pending = Buffer.concat([pending, data])
      // Keep at least one byte back: the last chunk must be known as last when it is sealed.
      while (pending.length > CHUNK) {
        emit(this, pending.subarray(0, CHUNK), false)
        pending = pending.subarray(CHUNK)
      }
      done()
    },
    flush(done: TransformCallback) {
      header(this)
      emit(this, pending, true)
      done()
    },
  })
}

/** The key id a stored file names, from its first bytes (undefined: not an encrypted file). */
export function fileKeyId(head: Buffer): string | undefined {
  if (head.length < MAGIC.length + 1 || !head.subarray(0, MAGIC.length).equals(MAGIC)) return undefined
  return head.subarray(MAGIC.length + 1, MAGIC.length + 1 + head[MAGIC.length]).toString()
}

/** Decrypts a stream made by encryptStream; errors (FileDecryptError) on any alteration. */
export function decryptStream(keyFor: (keyId: string) => Buffer | undefined, name: string): Transform {
  let buf = Buffer.alloc(0)
  let key: Buffer | undefined
  let prefix: Buffer | undefined
  let i = 0
  let sawLast = false
  const next = (t: Transform): void => {
    if (!prefix) {
      if (buf.length < MAGIC.length + 1) return
      const keyId = fileKeyId(buf)
      if (keyId === undefined) throw new FileDecryptError('not an encrypted Folio file')
      const start = MAGIC.length + 1 + keyId.length
      if (buf.length < start + 8) return
      key = keyFor(keyId)
      if (!key) throw new FileDecryptError(`no data key "${keyId}" is known`)
      prefix = Buffer.from(buf.subarray(start, start + 8))
      buf = buf.subarray(start + 8)
    }
    while (buf.length >= 4) {
      const word = buf.readUInt32BE(0)
      const last = (word & LAST) !== 0
      const len = word & ~LAST
      if (buf.length < 4 + len) break
      if (sawLast) throw new FileDecryptError('data after the last chunk')
      const body = buf.subarray(4, 4 + len)
      buf = buf.subarray(4 + len)
      if (len < TAG) throw new FileDecryptError('a chunk is truncated')
      try {
        const d = crypto.createDecipheriv('aes-256-gcm', key!, nonceOf(prefix, i))
        d.setAAD(aadOf(name, i++, last))
        d.setAuthTag(body.subarray(body.length - TAG))
        t.push(Buffer.concat([d.update(body.subarray(0, body.length - TAG)), d.final()]))
      } catch {
        throw new FileDecryptError('authentication failed (the file was altered or renamed)')
      }
      sawLast = last
    }
  }
  return new Transform({
    transform(data: Buffer, _enc, done: TransformCallback) {
      buf = Buffer.concat([buf, data])
      try {
        next(this)
        done()
      } catch (error) {
        done(error as Error)
      }
    },
    flush(done: TransformCallback) {
      try {
        next(this)
        if (!sawLast || buf.length > 0) throw new FileDecryptError('the file is truncated')
        done()
      } catch (error) {
        done(error as Error)
      }
    },
  })
}
