/**
 * Where releases live and how the admin serves their files. A file is only ever found through a
 * publication record (its directory) and the release's own manifest.json: a name that is not in
 * the manifest is refused, so no request can read anything else on the disk.
 */
import fs from 'node:fs'
import path from 'node:path'

import { tarGz, type ArchiveEntry } from './archive'
import { MANIFEST, sha256, SIGNATURE } from './integrity'
import type { Manifest } from '../bundle/schema'

/** The releases folder: FOLIO_RELEASES_DIR, default `releases` (relative to the working directory). */
export function releasesDirSetting(env: NodeJS.ProcessEnv = process.env): string {
  return env.FOLIO_RELEASES_DIR?.trim() || 'releases'
}

/** The releases folder as an absolute path. */
export function releasesDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(releasesDirSetting(env))
}

export class ReleaseFileError extends Error {
  constructor(
    message: string,
    readonly status: 404 | 409 | 500,
  ) {
    super(message)
    this.name = 'ReleaseFileError'
  }
}

/** The parts of a `publications` record this module needs. */
export interface PublicationRef {
  id: number | string
  outcome?: string | null
  reportSlug?: string | null
  version?: string | null
  directory?: string | null
}

export interface ReleaseFiles {
  dir: string
  manifest: Manifest
  /** Every downloadable file: the manifest's files, manifest.json and manifest.sig when signed. */
  files: Array<{ path: string; size: number }>
}

const SEMVER = /^\d+\.\d+\.\d+$/

/** The release a publication points to, with its manifest; throws ReleaseFileError when there is none. */
export function releaseOf(publication: PublicationRef, env: NodeJS.ProcessEnv = process.env): ReleaseFiles {
  if (publication.outcome !== 'published' && publication.outcome !== 'unchanged') {
    throw new ReleaseFileError(
      `Publication ${publication.id} has no files (outcome: ${publication.outcome ?? 'unknown'}).`,
      409,
    )
  }
  let dir: string | null = publication.directory ? path.resolve(publication.directory) : null
  if (
    !dir &&
    publication.reportSlug &&
    publication.version &&
    SEMVER.test(publication.version) &&
    /^[a-z0-9-]+$/.test(publication.reportSlug)
  ) {
    dir = path.join(releasesDir(env), publication.reportSlug, publication.version)
  }
  const manifestPath = dir ? path.join(dir, MANIFEST) : null
  if (!dir || !manifestPath || !fs.existsSync(manifestPath)) {
    throw new ReleaseFileError(
      `The release of publication ${publication.id} is not on this server (${dir ?? 'no directory recorded'}).`,
      404,
    )
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest
  const files = manifest.files.map((f) => ({ path: f.path, size: f.size }))
  files.push({ path: MANIFEST, size: fs.statSync(manifestPath).size })
  if (manifest.signature && fs.existsSync(path.join(dir, SIGNATURE)))
    files.push({ path: SIGNATURE, size: fs.statSync(path.join(dir, SIGNATURE)).size })
  return { dir, manifest, files }
}

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.sig': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

/** Reads one file of a release by its manifest path, checking it still matches the manifest. */
export function readReleaseFile(
  publication: PublicationRef,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): { data: Buffer; name: string; contentType: string } {
  return readListedFile(releaseOf(publication, env), file)
}

function readListedFile(release: ReleaseFiles, file: string): { data: Buffer; name: string; contentType: string } {
  const listed = release.files.find((f) => f.path === file)
  if (!listed) throw new ReleaseFileError(`"${file}" is not a file of this release (see its manifest.json).`, 404)
  const abs = path.resolve(release.dir, listed.path)
  if (!abs.startsWith(release.dir + path.sep)) throw new ReleaseFileError(`"${file}" is outside the release.`, 404)
  const data = fs.readFileSync(abs)
  const entry = release.manifest.files.find((f) => f.path === file)
  if (entry && (entry.size !== data.length || entry.sha256 !== sha256(data))) {
    throw new ReleaseFileError(
      `${file} in ${release.dir} no longer matches its manifest (size or SHA-256): the release was changed on disk. Run npm run verify on it.`,
      500,
    )
  }
  return { data, name: path.basename(file), contentType: contentTypeOf(file) }
}

/** The file name of a release's archive: `<report-slug>-<version>.tar.gz`. */
export const archiveName = (manifest: Manifest): string => `${manifest.report.slug}-${manifest.bundleVersion}.tar.gz`

/**
 * The whole release as one reproducible .tar.gz: every file of the manifest, manifest.json and
 * manifest.sig, under `<report-slug>-<version>/`, all dated the bundle's generatedAt.
 */
export function releaseArchive(
  publication: PublicationRef,
  env: NodeJS.ProcessEnv = process.env,
): { data: Buffer; name: string } {
  const release = releaseOf(publication, env)
  const root = `${release.manifest.report.slug}-${release.manifest.bundleVersion}`
  const entries: ArchiveEntry[] = [...release.files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => ({ name: `${root}/${f.path}`, data: readListedFile(release, f.path).data }))
  const mtime = Date.parse(release.manifest.generatedAt)
  return { data: tarGz(entries, Number.isFinite(mtime) ? mtime : 0), name: archiveName(release.manifest) }
}
