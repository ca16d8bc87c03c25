/** DATABASE_URL: which database Folio uses (no adapter imported here, so light scripts can use it). */

/** The embedded default: a SQLite file next to the project, created on first run. */
export const DEFAULT_DATABASE_URL = 'file:./data/folio.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which adapter a database URL selects. Unknown schemes are refused with a clear message. */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:') || url.startsWith('sqlite:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
  throw new Error(
    `DATABASE_URL has an unsupported scheme "${scheme}". Use one of three kinds: file:<path> (or sqlite:<path>) for SQLite (e.g. ${DEFAULT_DATABASE_URL}), postgres:// or postgresql:// for PostgreSQL, mongodb:// or mongodb+srv:// for MongoDB.`,
  )
}

/** libsql reads `file:` URLs; `sqlite:<path>` is the same file. */
export const sqliteFileUrl = (url: string): string => (url.startsWith('sqlite:') ? `file:${url.slice(7)}` : url)
