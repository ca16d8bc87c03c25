/**
 * Translation interchange (XLIFF), as a Payload plugin: the export, import and glossary (TBX)
 * endpoints for connectors and the translation dashboard (src/xliff/server/endpoints.ts). The
 * glossary collection itself is part of the model (collections/Glossary.ts).
 */
import type { Config } from 'payload'

import { xliffEndpoints } from './server/endpoints'

export const xliff =
  () =>
  (config: Config): Config => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), ...xliffEndpoints],
  })
