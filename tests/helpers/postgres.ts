/**
 * PostgreSQL for tests: `npm run test:postgres` sets FOLIO_TEST_PG_URL (a server, e.g. the
 * throwaway cluster of scripts/pg-cluster.sh) and each suite gets its own new database there,
 * dropped at the end, the way the SQLite runs each get a new file.
 */
import crypto from 'node:crypto'

import pg from 'pg'

/** The server the suites run on, when they run on PostgreSQL. */
export const testPgUrl = (): string | undefined => process.env.FOLIO_TEST_PG_URL || undefined

async function onServer<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(serverUrl)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** A new, empty database on the server; returns its URL and how to drop it. */
export async function freshPgDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `folio_test_${crypto.randomBytes(6).toString('hex')}`
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  }
}
