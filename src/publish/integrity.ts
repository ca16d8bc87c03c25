/**
 * Checksums, the manifest's file list, Ed25519 signatures and bundle verification.
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
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ManifestSchema, type Manifest } from './schema'

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

// ---------------------------------------------------------------------------------------------
// Verification
// ---------------------------------------------------------------------------------------------

export interface VerifyProblem {
  kind: 'manifest' | 'missing' | 'extra' | 'size' | 'checksum' | 'content-checksum' | 'signature' | 'inconsistent'
  path: string
  message: string
}

export interface VerifyResult {
  ok: boolean
  dir: string
  version: string | null
  filesChecked: number
  signed: boolean
  /** Fingerprint of the key the signature was checked with (when signed). */
  keyFingerprint: string | null
  /** true when the signing key matched the pinned public key given to verify. */
  keyPinned: boolean
  problems: VerifyProblem[]
}

export interface VerifyOptions {
  /** Trusted public key (PEM or base64 SPKI). Without it, the key in the manifest is used. */
  publicKey?: string
  /** Fail when the bundle is not signed. */
  requireSignature?: boolean
}

/** Checks a bundle directory against its manifest: every file, nothing extra, the signature. */
export function verifyBundle(dir: string, options: VerifyOptions = {}): VerifyResult {
  const problems: VerifyProblem[] = []
  const result: VerifyResult = {
    ok: false,
    dir,
    version: null,
    filesChecked: 0,
    signed: false,
    keyFingerprint: null,
    keyPinned: false,
    problems,
  }
  const manifestPath = path.join(dir, MANIFEST)
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    problems.push({ kind: 'missing', path: dir, message: 'not a directory' })
    return result
  }
  if (!fs.existsSync(manifestPath)) {
    problems.push({ kind: 'missing', path: MANIFEST, message: 'manifest.json is missing' })
    return result
  }
  const manifestBytes = fs.readFileSync(manifestPath)
  let manifest: Manifest | null = null
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(manifestBytes.toString('utf8')))
    if (parsed.success) manifest = parsed.data
    else {
      problems.push({
        kind: 'manifest',
        path: MANIFEST,
        message: `manifest.json does not match the manifest schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      })
    }
  } catch (e) {
    problems.push({
      kind: 'manifest',
      path: MANIFEST,
      message: `manifest.json is not valid JSON (${(e as Error).message})`,
    })
  }

  // Signature first: it covers manifest.json itself.
  const sigPath = path.join(dir, SIGNATURE)
  const hasSig = fs.existsSync(sigPath)
  const declared = manifest?.signature ?? null
  if (hasSig || declared) {
    result.signed = true
    let key: KeyObject | null = null
    try {
      if (options.publicKey) key = loadPublicKey(options.publicKey)
      else if (declared) key = loadPublicKey(declared.publicKey)
    } catch (e) {
      problems.push({ kind: 'signature', path: SIGNATURE, message: (e as Error).message })
    }
    if (options.publicKey && declared && key && publicKeyBase64(key) !== declared.publicKey) {
      problems.push({
        kind: 'signature',
        path: MANIFEST,
        message: `signed with another key (${keyFingerprint(loadPublicKey(declared.publicKey))}) than the trusted one (${keyFingerprint(key)})`,
      })
    }
    if (!hasSig) {
      problems.push({
        kind: 'missing',
        path: SIGNATURE,
        message: 'the manifest declares a signature but manifest.sig is missing',
      })
    } else if (!declared && !options.publicKey) {
      problems.push({
        kind: 'signature',
        path: SIGNATURE,
        message: 'manifest.sig exists but the manifest declares no signing key (pass --public-key)',
      })
    } else if (key) {
      result.keyFingerprint = keyFingerprint(key)
      result.keyPinned = Boolean(options.publicKey)
      const sig = Buffer.from(fs.readFileSync(sigPath, 'utf8').trim(), 'base64')
      let valid = false
      try {
        valid = verify(null, manifestBytes, key, sig)
      } catch {
        valid = false
      }
      if (!valid)
        problems.push({
          kind: 'signature',
          path: MANIFEST,
          message: 'the signature does not match manifest.json (the manifest or its signature was altered)',
        })
    }
  } else if (options.requireSignature || options.publicKey) {
    problems.push({ kind: 'signature', path: SIGNATURE, message: 'the bundle is not signed' })
  }

  if (!manifest) {
    result.ok = false
    return result
  }
  result.version = manifest.bundleVersion

  const listed = new Map(manifest.files.map((f) => [f.path, f]))
  const present = new Set(listFiles(dir))
  for (const f of manifest.files) {
    if (f.path.includes('..') || path.isAbsolute(f.path)) {
      problems.push({ kind: 'manifest', path: f.path, message: 'path escapes the bundle' })
      continue
    }
    if (!present.has(f.path)) {
      problems.push({ kind: 'missing', path: f.path, message: 'listed in the manifest but missing' })
      continue
    }
    const buf = fs.readFileSync(path.join(dir, f.path))
    result.filesChecked++
    if (buf.length !== f.size) {
      problems.push({ kind: 'size', path: f.path, message: `size ${buf.length} bytes, manifest says ${f.size}` })
    }
    const actual = sha256(buf)
    if (actual !== f.sha256) {
      problems.push({ kind: 'checksum', path: f.path, message: `SHA-256 ${actual}, manifest says ${f.sha256}` })
    }
  }
  for (const p of present) {
    if (!listed.has(p))
      problems.push({ kind: 'extra', path: p, message: 'not listed in the manifest (added after publishing)' })
  }
  const cc = contentChecksum(manifest.files)
  if (cc !== manifest.contentChecksum) {
    problems.push({
      kind: 'content-checksum',
      path: MANIFEST,
      message: `contentChecksum ${manifest.contentChecksum} does not match the file list (${cc})`,
    })
  }
  // The content files must say they belong to this version and locale.
  for (const locale of manifest.locales) {
    const p = `content/${locale}.json`
    if (!listed.has(p)) {
      problems.push({
        kind: 'inconsistent',
        path: p,
        message: `locale ${locale} is listed but its content file is not`,
      })
      continue
    }
    if (!present.has(p)) continue
    try {
      const c = JSON.parse(fs.readFileSync(path.join(dir, p), 'utf8')) as { bundleVersion?: unknown; locale?: unknown }
      if (c.bundleVersion !== manifest.bundleVersion || c.locale !== locale) {
        problems.push({
          kind: 'inconsistent',
          path: p,
          message: `says version ${String(c.bundleVersion)} / locale ${String(c.locale)}, manifest says ${manifest.bundleVersion} / ${locale}`,
        })
      }
    } catch {
      // a checksum problem is already reported for a damaged file
    }
  }
  result.ok = problems.length === 0
  return result
}

export function formatVerifyResult(r: VerifyResult): string {
  const lines: string[] = []
  if (r.ok) {
    lines.push(
      `OK ${r.dir}: version ${r.version}, ${r.filesChecked} files verified` +
        (r.signed
          ? `, signature valid (key ${r.keyFingerprint}${r.keyPinned ? ', pinned' : ', from the manifest: pass --public-key to pin it'})`
          : ', NOT signed'),
    )
  } else {
    lines.push(`FAILED ${r.dir}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`)
    for (const p of r.problems) lines.push(`  ${p.kind.padEnd(16)} ${p.path}: ${p.message}`)
  }
  return lines.join('\n')
}
