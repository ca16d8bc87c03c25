import fs from 'node:fs'
import path from 'node:path'

/** Loads `.env` from the project folder (if present) into process.env, without overriding what is set. */
export function loadDotEnv(dir = process.cwd()): void {
  const file = path.join(dir, '.env')
  if (fs.existsSync(file)) process.loadEnvFile(file)
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
}
