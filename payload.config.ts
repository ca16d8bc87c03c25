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
import { onInit } from './src/startup'
import { workflowAdminComponents } from './src/workflow/admin'

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
    // The translation dashboard (/admin/translations) and its nav link: src/workflow/admin.
    components: workflowAdminComponents,
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
  onInit,
  telemetry: false,
})
