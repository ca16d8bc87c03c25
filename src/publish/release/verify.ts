/**
 * Verifying a published bundle (`npm run verify`): every file's size and SHA-256 against
 * manifest.json, no file missing or added, the content files' version and locale, and the Ed25519
 * signature of manifest.json.
 */
import { verify, type KeyObject } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ManifestSchema, type Manifest } from '../bundle/schema'
import {
  contentChecksum,
  keyFingerprint,
  listFiles,
  loadPublicKey,
  MANIFEST,
  publicKeyBase64,
  sha256,
  SIGNATURE,
} from './integrity'

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
  const manifest = parseManifest(manifestBytes, problems)
  // Signature first: it covers manifest.json itself.
  checkSignature(dir, manifestBytes, manifest, options, result)
  if (!manifest) {
    result.ok = false
    return result
  }
  result.version = manifest.bundleVersion
  checkFiles(dir, manifest, result)
  result.ok = problems.length === 0
  return result
}

function parseManifest(bytes: Buffer, problems: VerifyProblem[]): Manifest | null {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(bytes.toString('utf8')))
    if (parsed.success) return parsed.data
    problems.push({
      kind: 'manifest',
      path: MANIFEST,
      message: `manifest.json does not match the manifest schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    })
  } catch (e) {
    problems.push({
      kind: 'manifest',
      path: MANIFEST,
      message: `manifest.json is not valid JSON (${(e as Error).message})`,
    })
  }
  return null
}

/** The signature of manifest.json, with the pinned key or else the manifest's own. */
function checkSignature(
  dir: string,
  manifestBytes: Buffer,
  manifest: Manifest | null,
  options: VerifyOptions,
  result: VerifyResult,
): void {
  const { problems } = result
  const sigPath = path.join(dir, SIGNATURE)
  const hasSig = fs.existsSync(sigPath)
  const declared = manifest?.signature ?? null
  if (!hasSig && !declared) {
    if (options.requireSignature || options.publicKey)
      problems.push({ kind: 'signature', path: SIGNATURE, message: 'the bundle is not signed' })
    return
  }
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
}

/** Every listed file present with its size and SHA-256, nothing unlisted, the content checksum. */
function checkFiles(dir: string, manifest: Manifest, result: VerifyResult): void {
  const { problems } = result
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
  checkContentFiles(dir, manifest, listed, present, problems)
}

/** The content files must say they belong to this version and locale. */
function checkContentFiles(
  dir: string,
  manifest: Manifest,
  listed: Map<string, unknown>,
  present: Set<string>,
  problems: VerifyProblem[],
): void {
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
