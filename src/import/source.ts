/**
 * Opening a bundle to import: a release folder, its .tar.gz (what the admin's download gives) or a
 * .zip of it. The files are verified against the manifest (src/publish/release/verify.ts) before
 * anything is read; a bundle that fails is refused with every problem listed. Each content file
 * is then parsed with the bundle's strict schema.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { type LocaleBundle, LocaleBundleSchema, type Manifest, ManifestSchema } from '../publish/bundle/schema'
import { formatVerifyResult, verifyBundle, type VerifyOptions } from '../publish/release/verify'
import { sha256 } from '../publish/release/integrity'

export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

export interface OpenedBundle {
  dir: string
  manifest: Manifest
  /** SHA-256 of manifest.json: names this exact bundle (resume finds its own events by it). */
  manifestSha256: string
  /** content/<locale>.json, parsed, in the manifest's locale order (en first). */
  locales: LocaleBundle[]
  /** Removes the folder an archive was unpacked into (nothing for a folder). */
  close: () => void
}

/** Unpacks a ustar archive (what release/archive.ts writes) into `dest`, refusing unsafe paths. */
export function untar(data: Buffer, dest: string): void {
  for (let at = 0; at + 512 <= data.length; ) {
    const h = data.subarray(at, at + 512)
    if (h.every((b) => b === 0)) break
    const field = (start: number, len: number) => h.toString('utf8', start, start + len).replace(/\0.*$/s, '')
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/')
    const size = Number.parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1) || '0'
    if (!name || name.startsWith('/') || name.split('/').includes('..'))
      throw new ImportError(`The archive holds an unsafe path ${JSON.stringify(name)}: refused.`)
    const body = data.subarray(at + 512, at + 512 + size)
    if (type === '0') {
      const file = path.join(dest, name)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, body)
    } else if (type !== '5') {
      throw new ImportError(`The archive holds ${name}, which is not a plain file (tar type ${type}): refused.`)
    }
    at += 512 + Math.ceil(size / 512) * 512
  }
}

/** The release folder inside an unpacked archive: the folder itself, or its one top-level folder. */
function releaseRoot(dir: string): string {
  if (fs.existsSync(path.join(dir, 'manifest.json'))) return dir
  const entries = fs.readdirSync(dir)
  if (entries.length === 1 && fs.existsSync(path.join(dir, entries[0], 'manifest.json')))
    return path.join(dir, entries[0])
  throw new ImportError('The archive holds no manifest.json (neither at its top nor in its one folder).')
}

function unpack(file: string): { dir: string; close: () => void } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-'))
  const close = () => fs.rmSync(tmp, { recursive: true, force: true })
  try {
    if (/\.(tar\.gz|tgz)$/i.test(file)) untar(zlib.gunzipSync(fs.readFileSync(file)), tmp)
    else if (/\.tar$/i.test(file)) untar(fs.readFileSync(file), tmp)
    else if (/\.zip$/i.test(file)) {
      const r = spawnSync('unzip', ['-q', file, '-d', tmp], { encoding: 'utf8' })
      if (r.error || r.status !== 0)
        throw new ImportError(
          `Could not unpack ${file} with unzip (${r.error?.message ?? r.stderr.trim()}); unpack it and import the folder.`,
        )
    } else throw new ImportError(`${file} is neither a folder nor a .tar.gz, .tar or .zip archive.`)
    return { dir: releaseRoot(tmp), close }
  } catch (error) {
    close()
    if (error instanceof ImportError) throw error
    throw new ImportError(`Could not unpack ${file}: ${(error as Error).message}`)
  }
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ImportError(`${what} is not valid JSON: ${(error as Error).message}`)
  }
}

/** Opens, verifies and parses a bundle; throws an ImportError saying what is wrong and where. */
export function openBundle(input: string, verifyOptions: VerifyOptions = {}): OpenedBundle {
  if (!fs.existsSync(input)) throw new ImportError(`${input} does not exist.`)
  const { dir, close } = fs.statSync(input).isDirectory() ? { dir: input, close: () => {} } : unpack(input)
  try {
    const verified = verifyBundle(dir, verifyOptions)
    if (!verified.ok)
      throw new ImportError(
        `Refusing to import ${input}: the bundle fails verification, so it is not what was published.\n${formatVerifyResult(verified)}`,
      )
    const manifestBytes = fs.readFileSync(path.join(dir, 'manifest.json'))
    const manifest = ManifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')))
    const locales = manifest.locales.map((l) => {
      const rel = `content/${l}.json`
      const parsed = LocaleBundleSchema.safeParse(readJson(path.join(dir, rel), rel))
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${rel} at ${i.path.join('.')}: ${i.message}`)
        throw new ImportError(`${rel} does not match the bundle schema:\n${issues.join('\n')}`)
      }
      if (parsed.data.locale !== l) throw new ImportError(`${rel} says it is locale "${parsed.data.locale}".`)
      return parsed.data
    })
    if (locales[0]?.locale !== locales[0]?.defaultLocale)
      throw new ImportError(`The bundle does not start with its default locale (${manifest.locales.join(', ')}).`)
    return { dir, manifest, manifestSha256: sha256(manifestBytes), locales, close }
  } catch (error) {
    close()
    throw error
  }
}
