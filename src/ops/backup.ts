/**
 * Backup and restore of the embedded deployment: the SQLite database and the upload folders
 * (media and consent documents) in one dated .tar.gz archive with a manifest of checksums.
 *
 * The database copy is made with `VACUUM INTO`, which SQLite runs as one read transaction: it is a
 * consistent snapshot even while the server is writing. PostgreSQL is dumped with pg_dump's custom
 * format instead (./postgres-dump.ts), with the same folders and manifest. With age recipients the
 * archive is encrypted (`.tar.gz.age`, ./age.ts) and restoring it needs an identity. MongoDB
 * deployments use mongodump and mongorestore (see the README's Operations section).
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { DEFAULT_DATABASE_URL, databaseKind } from '../db-url'
import { dumpPostgres, PG_DUMP_FILE, postgresHasContent, restorePostgres } from './postgres-dump'
import { AgeError, decryptFile, encryptFile } from './age'

export interface OpsPaths {
  databaseUrl: string
  mediaDir: string
  consentDir: string
}

/** Where the environment says the database and the uploads live (same defaults as the config). */
export function opsPaths(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): OpsPaths {
  return {
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    mediaDir: path.resolve(root, env.FOLIO_MEDIA_DIR || 'media'),
    consentDir: path.resolve(root, env.FOLIO_CONSENT_DIR || 'consent-documents'),
  }
}

export class OpsError extends Error {}

function sqliteFile(url: string): string {
  if (databaseKind(url) !== 'sqlite') {
    throw new OpsError(
      'DATABASE_URL points at MongoDB: back it up with mongodump and restore it with mongorestore (see the README, "Operations").',
    )
  }
  const file = url.slice('file:'.length).split('?')[0]
  if (!file || file.startsWith(':memory:'))
    throw new OpsError('DATABASE_URL is an in-memory database: there is nothing on disk to back up.')
  return path.resolve(file)
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name), base)
        : e.isFile()
          ? [path.relative(base, path.join(dir, e.name))]
          : [],
    )
    .sort()
}

export interface BackupManifest {
  format: 'folio-backup/1'
  createdAt: string
  /** `kind` is absent in SQLite backups made before PostgreSQL was supported. */
  database: {
    file: 'database/folio.db' | typeof PG_DUMP_FILE
    kind?: 'sqlite' | 'postgres'
    sha256: string
    size: number
  }
  files: { path: string; sha256: string; size: number }[]
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')

/** Makes `folio-backup-YYYYMMDD-HHMMSS.tar.gz` in `outDir` and returns its path. */
export async function backup(
  paths: OpsPaths,
  outDir: string,
  now = new Date(),
  options: { recipients?: string[] } = {},
): Promise<{ archive: string; manifest: BackupManifest }> {
  const postgres = databaseKind(paths.databaseUrl) === 'postgres'
  const dbFile = postgres ? null : sqliteFile(paths.databaseUrl)
  if (dbFile && !fs.existsSync(dbFile)) throw new OpsError(`There is no database at ${dbFile} to back up.`)
  fs.mkdirSync(outDir, { recursive: true })
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-backup-'))
  try {
    fs.mkdirSync(path.join(work, 'database'))
    const snapshot = path.join(work, postgres ? PG_DUMP_FILE : 'database/folio.db')
    if (dbFile) await sqliteSnapshot(dbFile, snapshot)
    else dumpPostgres(paths.databaseUrl, snapshot)
    const files: BackupManifest['files'] = []
    for (const [folder, dir] of [
      ['media', paths.mediaDir],
      ['consent-documents', paths.consentDir],
    ] as const) {
      for (const rel of listFiles(dir)) {
        const to = path.join(work, folder, rel)
        fs.mkdirSync(path.dirname(to), { recursive: true })
        fs.copyFileSync(path.join(dir, rel), to)
        files.push({ path: `${folder}/${rel}`, sha256: sha256(to), size: fs.statSync(to).size })
      }
    }
    const manifest: BackupManifest = {
      format: 'folio-backup/1',
      createdAt: now.toISOString(),
      database: {
        file: postgres ? PG_DUMP_FILE : 'database/folio.db',
        kind: postgres ? 'postgres' : 'sqlite',
        sha256: sha256(snapshot),
        size: fs.statSync(snapshot).size,
      },
      files,
    }
    fs.writeFileSync(path.join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const encrypted = Boolean(options.recipients?.length)
    const archive = path.resolve(outDir, `folio-backup-${stamp(now)}.tar.gz${encrypted ? '.age' : ''}`)
    if (fs.existsSync(archive)) throw new OpsError(`${archive} already exists.`)
    const partial = `${archive}.partial`
    // Encrypted: the clear archive is only ever written in the temporary folder.
    const tarball = encrypted ? path.join(os.tmpdir(), `${path.basename(work)}.tar.gz`) : partial
    try {
      execFileSync('tar', ['-czf', tarball, '-C', work, '.'], { stdio: 'pipe' })
      if (encrypted)
        await encryptFile(tarball, partial, options.recipients!).catch((e: unknown) => {
          throw e instanceof AgeError ? new OpsError(e.message) : e
        })
    } finally {
      if (encrypted) fs.rmSync(tarball, { force: true })
    }
    fs.renameSync(partial, archive)
    return { archive, manifest }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

async function sqliteSnapshot(dbFile: string, snapshot: string): Promise<void> {
  const client = createClient({ url: `file:${dbFile}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
  } finally {
    client.close()
  }
}

async function hasContent(dbFile: string): Promise<boolean> {
  if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0) return false
  const client = createClient({ url: `file:${dbFile}` })
  try {
    // Any table with rows but the migrations log: a migrated, empty database may be overwritten.
    const tables = await client.execute(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'payload_migrations'",
    )
    for (const row of tables.rows) {
      const { rows } = await client.execute(`select count(*) as n from "${String(row.name)}"`)
      if (Number(rows[0].n) > 0) return true
    }
    return false
  } finally {
    client.close()
  }
}

/**
 * Restores an archive made by `backup` into the database and upload folders of `paths`. Refuses to
 * overwrite a database that holds users or reports unless `force`. Every file is checked against
 * the manifest before anything is replaced. Stop the server before restoring.
 */
export async function restore(
  archive: string,
  paths: OpsPaths,
  options: { force?: boolean; identities?: string[] } = {},
): Promise<BackupManifest> {
  const postgres = databaseKind(paths.databaseUrl) === 'postgres'
  const dbFile = postgres ? null : sqliteFile(paths.databaseUrl)
  if (!fs.existsSync(archive)) throw new OpsError(`No backup archive at ${archive}.`)
  const where = dbFile ? `at ${dbFile}` : `${new URL(paths.databaseUrl).pathname.slice(1)} (PostgreSQL)`
  if (!options.force && (dbFile ? await hasContent(dbFile) : await postgresHasContent(paths.databaseUrl))) {
    throw new OpsError(
      `The database ${where} is not empty: restoring would replace it. Run again with --force to overwrite it.`,
    )
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-restore-'))
  try {
    let tarball = archive
    if (archive.endsWith('.age')) {
      tarball = path.join(work, '.archive.tar.gz')
      await decryptFile(archive, tarball, options.identities ?? []).catch((e: unknown) => {
        throw e instanceof AgeError ? new OpsError(e.message) : e
      })
    }
    execFileSync('tar', ['-xzf', tarball, '-C', work, '--no-same-owner'], { stdio: 'pipe' })
    const manifestFile = path.join(work, 'manifest.json')
    if (!fs.existsSync(manifestFile)) throw new OpsError(`${archive} is not a Folio backup (no manifest.json).`)
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
    if (manifest.format !== 'folio-backup/1')
      throw new OpsError(`${archive} has an unknown backup format "${manifest.format}".`)
    const check = (rel: string, expected: string) => {
      const file = path.join(work, rel)
      if (!path.resolve(file).startsWith(work + path.sep))
        throw new OpsError(`The backup lists a path outside itself: ${rel}`)
      if (!fs.existsSync(file)) throw new OpsError(`The backup is incomplete: ${rel} is missing.`)
      if (sha256(file) !== expected) throw new OpsError(`The backup is damaged: ${rel} does not match its checksum.`)
    }
    const kind = manifest.database.kind ?? 'sqlite'
    if (kind !== (postgres ? 'postgres' : 'sqlite'))
      throw new OpsError(
        `${archive} holds a ${kind} database, but DATABASE_URL is ${postgres ? 'PostgreSQL' : 'SQLite'}: restore it into a database of the same kind.`,
      )
    check(manifest.database.file, manifest.database.sha256)
    for (const f of manifest.files) check(f.path, f.sha256)

    if (dbFile) restoreSqlite(path.join(work, manifest.database.file), dbFile)
    else restorePostgres(paths.databaseUrl, path.join(work, manifest.database.file))
    for (const [folder, dir] of [
      ['media', paths.mediaDir],
      ['consent-documents', paths.consentDir],
    ] as const) {
      fs.rmSync(dir, { recursive: true, force: true })
      fs.mkdirSync(dir, { recursive: true })
      for (const f of manifest.files.filter((x) => x.path.startsWith(`${folder}/`))) {
        const to = path.join(dir, f.path.slice(folder.length + 1))
        fs.mkdirSync(path.dirname(to), { recursive: true })
        fs.copyFileSync(path.join(work, f.path), to)
      }
    }
    return manifest
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

function restoreSqlite(snapshot: string, dbFile: string): void {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true })
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true })
  const staged = `${dbFile}.restoring`
  fs.copyFileSync(snapshot, staged)
  fs.renameSync(staged, dbFile)
}
