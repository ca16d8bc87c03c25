/**
 * Server-level limits as a plugin (the list and numbers: src/security/limits.ts, SECURITY.md):
 *
 *   plugins: [..., security(), compat()]
 *
 * Every text and textarea field of every collection gets a maximum length (its own, or the default
 * for its type; 400 naming the field), every list a page size and depth cap for non-admins. Logins
 * are throttled per account and per client with backoff, in the database (`login-failures`:
 * src/security/login/).
 * Request bodies are limited before Payload (src/security/body.ts, in the API routes), headers are
 * set by the Next proxy (src/proxy.ts). Put it after the plugins that add collections or fields.
 */
import type { CollectionConfig, Config } from 'payload'

import { mapFieldConfigs } from '../model/walk'
import { MAX_BODY_LIMIT, TEXTAREA_MAX_LENGTH } from './limits'
import { capLists } from './lists'
import { LoginFailures } from './login/collection'
import { forgiveLogin, throttleLogin } from './login/hooks'
import { withMaxLength } from './textLimits'

const limitCollection = (c: CollectionConfig): CollectionConfig => ({
  ...c,
  fields: mapFieldConfigs(c.fields, withMaxLength),
  hooks: {
    ...c.hooks,
    beforeOperation: [...(c.auth ? [throttleLogin] : []), ...(c.hooks?.beforeOperation ?? []), capLists],
    ...(c.auth ? { afterLogin: [...(c.hooks?.afterLogin ?? []), forgiveLogin] } : {}),
  },
})

export const security =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), LoginFailures].map(limitCollection),
    // Fields Payload adds itself (e.g. upload filenames) get Payload's own default.
    defaultMaxTextLength: TEXTAREA_MAX_LENGTH,
    upload: { ...config.upload, limits: { fileSize: MAX_BODY_LIMIT, ...config.upload?.limits } },
  })
