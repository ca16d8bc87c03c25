import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { compat } from './src/compat/plugin'
import { encryption } from './src/crypto/plugin'
import { databaseAdapter } from './src/db'
import { resolveSecret } from './src/env'
import { depthLimit } from './src/graphql/depthLimit'
import { listComplexity } from './src/graphql/listComplexity'
import { textEditor } from './src/lexical/editor'
import { CONTENT_COLLECTIONS } from './src/model/content'
import { payloadLocalization } from './src/model/locales'
import { publishing } from './src/publish/plugin'
import { security } from './src/security/plugin'
import { onInit } from './src/startup'
import { workflow } from './src/workflow/plugin'
import { xliff } from './src/xliff/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const origins = (process.env.FOLIO_CORS_ORIGINS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)

export default buildConfig({
  secret: resolveSecret(),
  serverURL: process.env.FOLIO_SERVER_URL || undefined,
  db: databaseAdapter(),
  editor: textEditor,
  sharp,
  localization: payloadLocalization,
  collections,
  plugins: [
    workflow({ collections: CONTENT_COLLECTIONS }),
    publishing({ reports: 'reports', chapters: 'chapters', webPreview: ['chapters', 'testimonies', 'defenders'] }),
    xliff(),
    security(),
    encryption({ files: ['consent-documents'] }),
    compat(),
  ],
  // Chapters and testimonies point at each other: deeper population multiplies the response
  // (depth=10 was ~300 MB for one testimony). Requests asking for more get this depth.
  maxDepth: 4,
  admin: {
    user: 'users',
    // The built-in avatar: the default (Gravatar) would ask a third-party host about every user.
    avatar: 'default',
    meta: { titleSuffix: ' · Folio' },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
  },
  // CORS is closed unless origins are listed; CSRF checks the same list (plus the server's own URL).
  cors: origins,
  csrf: [process.env.FOLIO_SERVER_URL?.trim(), ...origins].filter((s): s is string => Boolean(s)),
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    disableIntrospectionInProduction: true,
    validationRules: (args) => [depthLimit(), listComplexity(args.variableValues ?? {})],
  },
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  onInit,
  telemetry: false,
})
