/** DATABASE_URL: which database Folio uses (no adapter imported here, so light scripts can use it). */

/** The embedded default: a SQLite file next to the project, created on first run. */
export const DEFAULT_DATABASE_URL = 'file:./data/folio.db'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a database URL selects. Unknown schemes are refused with a clear message. */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
  throw new Error(
    `DATABASE_URL has an unsupported scheme "${scheme}". Use file:<path> for SQLite (e.g. ${DEFAULT_DATABASE_URL}) or mongodb:// / mongodb+srv:// for MongoDB.`,
  )
}
