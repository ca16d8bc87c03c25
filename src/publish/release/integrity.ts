/**
 * Checksums, the manifest's file list and Ed25519 signatures (verifying a bundle: verify.ts).
 *
 * Keys (node:crypto, Ed25519):
 *   FOLIO_SIGNING_KEY  the PRIVATE key, either PEM ("-----BEGIN PRIVATE KEY-----", PKCS#8) or the
 *                      base64 of the PKCS#8 DER bytes (one line, fits an environment variable).
 *                      Make one with `npx tsx scripts/verify.ts --generate-key` or
 *                      `openssl genpkey -algorithm ed25519`.
 *   public key         SPKI, as PEM or base64 DER; written into manifest.json (signature.publicKey)
 *                      and given to `verify --public-key` (or FOLIO_VERIFY_KEY) to pin it.
 * Signature: `manifest.sig` holds base64(Ed25519(manifest.json bytes)) and a newline. Because the
 * manifest lists every other file with its SHA-256, the signature covers the whole bundle.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const MANIFEST = 'manifest.json'
export const SIGNATURE = 'manifest.sig'

export const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

export interface FileEntry {
  path: string
  size: number
  sha256: string
}

/** Every file under `dir` (bundle-relative POSIX paths, sorted), except manifest.json / manifest.sig. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(r)
      else out.push(r)
    }
  }
  walk('')
  return out.filter((p) => p !== MANIFEST && p !== SIGNATURE).sort()
}

export function fileEntries(dir: string): FileEntry[] {
  return listFiles(dir).map((p) => {
    const buf = fs.readFileSync(path.join(dir, p))
    return { path: p, size: buf.length, sha256: sha256(buf) }
  })
}

/** The editions (made from the data, after it): not part of the content checksum they print. */
export const EDITION_DIRS = ['pdf/', 'web/']

/** SHA-256 over "<sha256>  <path>\n" lines (sorted by path) of every file not under pdf/ or web/. */
export function contentChecksum(files: FileEntry[]): string {
  const lines = files
    .filter((f) => !EDITION_DIRS.some((d) => f.path.startsWith(d)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('')
  return sha256(lines)
}

// ---------------------------------------------------------------------------------------------
// Keys and signatures
// ---------------------------------------------------------------------------------------------

function keyText(value: string): { key: string | Buffer; format: 'pem' | 'der' } {
  const v = value.trim()
  if (v.startsWith('-----BEGIN')) return { key: v.replace(/\\n/g, '\n'), format: 'pem' }
  if (!/^[A-Za-z0-9+/=\s]+$/.test(v)) throw new Error('the key is neither PEM nor base64')
  return { key: Buffer.from(v.replace(/\s+/g, ''), 'base64'), format: 'der' }
}

/** FOLIO_SIGNING_KEY (PEM or base64 PKCS#8 DER) → Ed25519 private key; clear error otherwise. */
export function loadPrivateKey(value: string): KeyObject {
  let key: KeyObject
  try {
    const k = keyText(value)
    key =
      k.format === 'pem'
        ? createPrivateKey(k.key)
        : createPrivateKey({ key: k.key as Buffer, format: 'der', type: 'pkcs8' })
  } catch (e) {
    throw new Error(
      `FOLIO_SIGNING_KEY is not a usable private key (expected Ed25519 PKCS#8 as PEM or base64 DER): ${(e as Error).message}`,
    )
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`FOLIO_SIGNING_KEY is a ${key.asymmetricKeyType} key; Folio signs with Ed25519 only`)
  }
  return key
}

/** A public key as PEM or base64 SPKI DER. */
export function loadPublicKey(value: string): KeyObject {
  let key: KeyObject
  try {
    const k = keyText(value)
    key =
      k.format === 'pem'
        ? createPublicKey(k.key)
        : createPublicKey({ key: k.key as Buffer, format: 'der', type: 'spki' })
  } catch (e) {
    throw new Error(`not a usable public key (expected Ed25519 SPKI as PEM or base64 DER): ${(e as Error).message}`)
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the public key is ${key.asymmetricKeyType}, not Ed25519`)
  return key
}

export const publicKeyBase64 = (key: KeyObject): string =>
  (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' }).toString('base64')

/** Short fingerprint of a public key: first 16 hex digits of SHA-256 of its SPKI DER. */
export const keyFingerprint = (key: KeyObject): string =>
  sha256((key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' })).slice(0, 16)

export function generateSigningKey(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  }
}

export const signBytes = (data: Buffer, key: KeyObject): string => sign(null, data, key).toString('base64')
