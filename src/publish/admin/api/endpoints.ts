/**
 * Publishing from the admin, over REST (custom endpoints of the `publications` collection):
 *
 *   POST /api/publications/check    { report, locales?, version?, allowIncomplete? } → readiness report (dry run, nothing written)
 *   POST /api/publications/publish  { report, locales?, version?, allowIncomplete? } → 202 { publication, job }
 *   GET  /api/publications/status/:id        → the publication with its progress and, when done, its downloads
 *   GET  /api/publications/latest?report=ID  → the same for the report's running or latest publication ({ publication: null } if none)
 *   GET  /api/publications/:id/download?file=<path in manifest.json>  → one file of the release
 *   GET  /api/publications/:id/archive       → the whole release as <slug>-<version>.tar.gz
 *
 * Who: check: admins, reviewers, editors; publish and status: admins and reviewers ("publish
 * incomplete": admins only); downloads: admins, editors, reviewers (src/access/publishing.ts).
 * Errors: { errors: [{ message }] } with 400, 401, 403, 404, 409.
 */
import type { Endpoint } from 'payload'

import { check } from './check'
import { archive, download } from './downloads'
import { withErrors } from './http'
import { enqueue } from './publish'
import { latest, status } from './status'

export const publishEndpoints: Endpoint[] = [
  { path: '/check', method: 'post', handler: withErrors(check) },
  { path: '/publish', method: 'post', handler: withErrors(enqueue) },
  { path: '/status/:id', method: 'get', handler: withErrors(status) },
  { path: '/latest', method: 'get', handler: withErrors(latest) },
  { path: '/:id/download', method: 'get', handler: withErrors(download) },
  { path: '/:id/archive', method: 'get', handler: withErrors(archive) },
]
