/**
 * Environment: the secret and the runtime mode. Every variable Folio reads is documented in the
 * README ("Environment variables").
 */

/** Values that must never be used as a production secret (template defaults and placeholders). */
export const DEFAULT_SECRETS = new Set([
  '',
  'secret',
  'changeme',
  'change-me',
  'YOUR_SECRET_HERE',
  'folio-development-secret',
  'folio-test-secret',
])

export const isProduction = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV === 'production'

/**
 * The secret Payload signs tokens with. Production refuses to start without a real one; development
 * and tests get a fixed, clearly non-production value when none is set (`npm run setup` writes a
 * random one to `.env` on the first start).
 */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (isProduction(env)) {
    if (DEFAULT_SECRETS.has(secret)) {
      throw new Error(
        secret === ''
          ? 'PAYLOAD_SECRET is not set. Production refuses to start without a secret: generate one with `openssl rand -hex 32` and set PAYLOAD_SECRET.'
          : `PAYLOAD_SECRET is a default placeholder ("${secret}"). Production refuses to start with it: generate one with \`openssl rand -hex 32\`.`,
      )
    }
    if (secret.length < 32) {
      throw new Error(
        `PAYLOAD_SECRET is too short (${secret.length} characters; at least 32 are required in production).`,
      )
    }
    return secret
  }
  return secret || 'folio-development-secret'
}
