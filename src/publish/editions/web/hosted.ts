/**
 * The web edition served by the app at /report/<year>/<path> (src/app/(report)/report/[year]/…):
 * the latest complete release of the report of that year in the releases folder
 * (FOLIO_RELEASES_DIR), and only the files its manifest lists under web/, each checked against the
 * manifest as it is read (src/publish/releases.ts). Anything else answers 404.
 */
import fs from 'node:fs'
import path from 'node:path'

import { MANIFEST } from '../../release/integrity'
import { readReleaseFile, releasesDir, ReleaseFileError } from '../../release/folder'
import type { Manifest } from '../../bundle/schema'
import { listVersions } from '../../release/writer'
import { resolveWebRequest, webHeaders, webSecurityHeaders } from './serve'

export interface HostedRelease {
  dir: string
  manifest: Manifest
}

/** The newest complete release (latest bundle date) of the report of `year`, or null. */
export function latestReleaseOfYear(year: number, env: NodeJS.ProcessEnv = process.env): HostedRelease | null {
  const root = releasesDir(env)
  if (!fs.existsSync(root)) return null
  let best: HostedRelease | null = null
  for (const e of fs.readdirSync(root, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue
    const versions = listVersions(path.join(root, e.name))
    const newest = versions[versions.length - 1]
    if (!newest) continue
    const dir = path.join(root, e.name, newest)
    let manifest: Manifest
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest
    } catch {
      continue
    }
    if (manifest.report?.year !== year) continue
    if (!best || manifest.generatedAt > best.manifest.generatedAt) best = { dir, manifest }
  }
  return best
}

export interface HostedResponse {
  status: number
  headers: Record<string, string>
  body: Buffer | string | null
}

const notFound = (message: string): HostedResponse => ({
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...webSecurityHeaders() },
  body: message,
})

/**
 * The answer to GET /report/<year>/<sub> ("" for the folder itself, "en/", "assets/x.css"…).
 * `ifNoneMatch`: the request's If-None-Match (304 when it names the file's SHA-256).
 */
export function hostedWebFile(
  year: string,
  sub: string,
  ifNoneMatch: string | null = null,
  env: NodeJS.ProcessEnv = process.env,
): HostedResponse {
  if (!/^\d{4}$/.test(year)) return notFound(`No report for "${year}".`)
  const rel = latestReleaseOfYear(Number(year), env)
  if (!rel) return notFound(`No published report for ${year}.`)
  const listed = new Map(rel.manifest.files.filter((f) => f.path.startsWith('web/')).map((f) => [f.path.slice(4), f]))
  if (!listed.size)
    return notFound(`The published report for ${year} (${rel.manifest.bundleVersion}) has no web edition.`)
  const r = resolveWebRequest(sub, (f) => listed.has(f))
  if (!r) return notFound('Not found.')
  if ('redirect' in r) return { status: 308, headers: { Location: r.redirect, ...webSecurityHeaders() }, body: null }
  const entry = listed.get(r.file)!
  const etag = `"${entry.sha256}"`
  const headers = { ...webHeaders(r.file), ETag: etag }
  if (ifNoneMatch?.split(',').some((t) => t.trim() === etag)) return { status: 304, headers, body: null }
  try {
    const { data } = readReleaseFile(
      { id: rel.manifest.bundleVersion, outcome: 'published', directory: rel.dir },
      `web/${r.file}`,
      env,
    )
    return { status: 200, headers: { ...headers, 'Content-Length': String(data.length) }, body: data }
  } catch (e) {
    // The message names the server's folders: logged by the caller, not shown to readers.
    if (e instanceof ReleaseFileError && e.status === 500)
      return { ...notFound('This file of the published report no longer matches its manifest.'), status: 500 }
    if (e instanceof ReleaseFileError) return notFound('Not found.')
    throw e
  }
}
