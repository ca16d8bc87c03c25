/** npm run backup [-- --out DIR]: one dated archive of the database (SQLite or PostgreSQL) and the uploads. */
import { parseCli } from '../src/cli/args'
import { loadDotEnv } from '../src/cli/env'
import { backup, OpsError, opsPaths } from '../src/ops/backup'
import { PostgresToolError } from '../src/ops/postgres-dump'

const USAGE = `Usage: npm run backup [-- --out DIR]
Makes folio-backup-<date>.tar.gz (database snapshot: the SQLite file, or pg_dump's custom format
for PostgreSQL; media, consent documents, checksums) in DIR (default: backups). Safe while the
server runs.`
const { values } = parseCli(
  process.argv.slice(2),
  { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  USAGE,
)
loadDotEnv()
try {
  const { archive, manifest } = await backup(opsPaths(), String(values.out ?? 'backups'))
  console.log(
    `Backup written: ${archive} (database ${(manifest.database.size / 1024).toFixed(0)} kB, ${manifest.files.length} files)`,
  )
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(error instanceof OpsError || error instanceof PostgresToolError ? 1 : 3)
}
