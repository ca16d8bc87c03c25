/**
 * The upstream workarounds wired into the config, in one plugin (the list, with versions and how
 * to re-check each: src/compat/index.ts). Put it last in `plugins`, so it sees every collection the
 * other plugins add; Payload's own collections get the where-clause guard at init.
 */
import type { CollectionConfig, Config } from 'payload'

import { malformedIdIsNotFound } from './idGuard'
import { missingFileIsNotFound } from './uploads'
import { serialiseSqliteWrites } from './sqliteWrites'
import { installWhereGuard } from './whereGuard'

const withGuards = (c: CollectionConfig): CollectionConfig => ({
  ...c,
  hooks: { ...c.hooks, beforeOperation: [malformedIdIsNotFound, ...(c.hooks?.beforeOperation ?? [])] },
  ...(c.upload
    ? {
        upload: {
          ...(typeof c.upload === 'object' ? c.upload : {}),
          handlers: [
            ...((typeof c.upload === 'object' && c.upload.handlers) || []),
            missingFileIsNotFound((typeof c.upload === 'object' && c.upload.staticDir) || c.slug),
          ],
        },
      }
    : {}),
})

export const compat =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withGuards),
    onInit: async (payload) => {
      installWhereGuard(payload)
      serialiseSqliteWrites(payload)
      await config.onInit?.(payload)
    },
  })
