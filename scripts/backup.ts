/** npm run backup [-- --out DIR]: one dated archive of the database (SQLite or PostgreSQL) and the uploads. */
import { parseCli } from '../src/cli/args'
import { loadDotEnv } from '../src/cli/env'
import { AgeError, parseRecipients } from '../src/ops/age'
import { backup, OpsError, opsPaths } from '../src/ops/backup'
import { PostgresToolError } from '../src/ops/postgres-dump'

const USAGE = `Usage: npm run backup [-- --out DIR] [--recipient age1…|FILE]...
Makes folio-backup-<date>.tar.gz (database snapshot: the SQLite file, or pg_dump's custom format
for PostgreSQL; media, consent documents, checksums) in DIR (default: backups). Safe while the
server runs. With age recipients (--recipient, repeatable, or FOLIO_BACKUP_RECIPIENTS,
comma-separated; a value may be a file of recipients) the archive is encrypted to them:
folio-backup-<date>.tar.gz.age.`
const { values } = parseCli(
  process.argv.slice(2),
  {
    out: { type: 'string' },
    recipient: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
  USAGE,
)
loadDotEnv()
try {
  const given = (values.recipient as unknown as string[] | undefined) ?? []
  const recipients = parseRecipients([...given, process.env.FOLIO_BACKUP_RECIPIENTS ?? ''])
  const { archive, manifest } = await backup(opsPaths(), String(values.out ?? 'backups'), new Date(), { recipients })
  console.log(
    `Backup written: ${archive} (database ${(manifest.database.size / 1024).toFixed(0)} kB, ${manifest.files.length} files${recipients.length ? `, encrypted to ${recipients.length} age recipients` : ', NOT encrypted: give --recipient'})`,
  )
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(error instanceof OpsError || error instanceof PostgresToolError || error instanceof AgeError ? 1 : 3)
}
