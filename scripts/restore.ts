/** npm run restore -- <archive> [--force]: restores a backup into the configured database and folders. */
import { EXIT_USAGE, parseCli } from '../src/cli/args'
import { loadDotEnv } from '../src/cli/env'
import { AgeError, readIdentities } from '../src/ops/age'
import { OpsError, opsPaths, restore } from '../src/ops/backup'
import { PostgresToolError } from '../src/ops/postgres-dump'

const USAGE = `Usage: npm run restore -- <archive.tar.gz[.age]> [--identity FILE]... [--force]
Restores the database and the uploads from a backup into DATABASE_URL, FOLIO_MEDIA_DIR and
FOLIO_CONSENT_DIR. Refuses to replace a database that has content unless --force. Stop the server first.
An encrypted archive (.age) needs the identity file of one of its recipients (--identity). The restored
database opens only with its master key (FOLIO_MASTER_KEY_FILE), kept apart from the backups.`
const { values, positionals } = parseCli(
  process.argv.slice(2),
  {
    force: { type: 'boolean' },
    identity: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
  USAGE,
  true,
)
if (positionals.length !== 1) {
  console.error(`Expected one backup archive, got ${positionals.length}.\n${USAGE.split('\n')[0]}`)
  process.exit(EXIT_USAGE)
}
loadDotEnv()
try {
  const identities = readIdentities((values.identity as unknown as string[] | undefined) ?? [])
  const manifest = await restore(positionals[0], opsPaths(), { force: Boolean(values.force), identities })
  console.log(`Restored the backup of ${manifest.createdAt}: database and ${manifest.files.length} files.`)
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`)
  process.exit(error instanceof OpsError || error instanceof PostgresToolError || error instanceof AgeError ? 1 : 3)
}
