/**
 * Indexes Payload's SQL adapters do not create (see src/compat/index.ts, `locales-parent-index`).
 *
 * Every `*_locales` and `*_v_locales` table has only UNIQUE(_locale, _parent_id), and every read
 * selects a document's locales with `where _parent_id = ?`, which that index cannot answer
 * (`_locale` comes first): SQLite scans the whole table per document or version read, and so does
 * PostgreSQL once the table outgrows a few pages. An index on `_parent_id` alone makes those lookups
 * direct, so a transition costs the same however large the collection grows. Declared as a schema
 * hook for each adapter, so schema push and the committed migrations agree.
 */
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from 'drizzle-orm/sqlite-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The tables that hold a document's (or a version's) per-locale values. */
export const isLocalesTable = (name: string): boolean => name.endsWith('_locales')

export const localesParentIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!isLocalesTable(name) || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(t._parentID) }),
    })
  }
  return schema
}

/** The same indexes on PostgreSQL. */
export const pgLocalesParentIndexes: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!isLocalesTable(name) || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (t) => ({ [`${name}_parent_idx`]: pgIndex(`${name}_parent_idx`).on(t._parentID) }),
    })
  }
  return schema
}
