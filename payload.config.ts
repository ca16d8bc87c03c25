import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { databaseAdapter } from './src/db'
import { depthLimit } from './src/graphql/depthLimit'
import { resolveSecret } from './src/env'
import { textEditor } from './src/lexical/editor'
import { DEFAULT_LOCALE, LOCALES } from './src/locales'
import { cancelJobAccess, publishJobAccess } from './src/access/publishing'
import { publishAdminComponents } from './src/publish/admin'
import { PUBLISH_QUEUE, publishReportTask } from './src/publish/job'
import { onInit } from './src/startup'
import { workflowAdminComponents } from './src/workflow/admin'
import { xliffEndpoints } from './src/xliff/server/endpoints'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: resolveSecret(),
  serverURL: process.env.FOLIO_SERVER_URL || undefined,
  db: databaseAdapter(),
  editor: textEditor,
  sharp,
  collections,
  // Chapters and testimonies point at each other: deeper population multiplies the response
  // (depth=10 was ~300 MB for one testimony). Requests asking for more get this depth.
  maxDepth: 4,
  localization: {
    locales: LOCALES.map((l) => ({ code: l.code, label: l.label, ...('rtl' in l && l.rtl ? { rtl: true } : {}) })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  admin: {
    user: 'users',
    // The built-in avatar: the default (Gravatar) would ask a third-party host about every user.
    avatar: 'default',
    meta: { titleSuffix: ' · Folio' },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    // The translation dashboard (/admin/translations) and its nav link: src/workflow/admin;
    // the publish view (/admin/publish), its nav link and dashboard panel: src/publish/admin.
    components: {
      views: { ...workflowAdminComponents.views, ...publishAdminComponents.views },
      afterNavLinks: [...workflowAdminComponents.afterNavLinks, ...publishAdminComponents.afterNavLinks],
      beforeDashboard: [...workflowAdminComponents.beforeDashboard, ...publishAdminComponents.beforeDashboard],
    },
  },
  // Publishing from the admin runs as a job (src/publish/job.ts): queued by
  // POST /api/publications/publish and started at once in the background of the server; autoRun
  // (every minute, in the Next.js server) runs a job left queued, e.g. by a restart.
  jobs: {
    tasks: [publishReportTask],
    access: { queue: publishJobAccess, run: publishJobAccess, cancel: cancelJobAccess },
    autoRun: [{ cron: '* * * * *', queue: PUBLISH_QUEUE, limit: 1 }],
  },
  // CORS is closed unless origins are listed; CSRF checks the same list (plus the server's own URL).
  cors: process.env.FOLIO_CORS_ORIGINS ? process.env.FOLIO_CORS_ORIGINS.split(',').map((s) => s.trim()) : [],
  csrf: [process.env.FOLIO_SERVER_URL, ...(process.env.FOLIO_CORS_ORIGINS?.split(',') ?? [])]
    .filter((s): s is string => Boolean(s && s.trim()))
    .map((s) => s.trim()),
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    disableIntrospectionInProduction: true,
    validationRules: () => [depthLimit()],
  },
  upload: {
    limits: { fileSize: 20 * 1024 * 1024 },
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  // XLIFF export/import for connectors and the translation dashboard (src/xliff/server/endpoints.ts).
  endpoints: xliffEndpoints,
  onInit,
  telemetry: false,
})
