/**
 * Upstream workarounds: every place Folio works around a behaviour of a pinned dependency, in one
 * list. Each names the upstream report (or the text to file, in docs/upstream.md), the package and
 * version it was written against, and where the code is. tests/unit/compat.test.ts fails as soon as
 * an installed version differs from the one recorded here: on an upgrade, re-check each entry of
 * that package (its test says how), then remove the workaround or record the new version.
 */
export interface Workaround {
  id: string
  /** What upstream does that Folio works around. */
  problem: string
  /** The upstream issue, or where in docs/upstream.md the report to file is written. */
  upstream: string
  package: string
  /** The version the workaround was written and checked against (exact). */
  version: string
  /** Where the workaround lives. */
  where: string
  /** How to know it can go. */
  check: string
}

export const WORKAROUNDS: readonly Workaround[] = [
  {
    id: 'where-two-relationships',
    problem:
      'A where clause that hops two relationships into a field the user may not read is refused (400), but the refusal also escapes as an unhandled promise rejection (validateSearchParams pushes a promise after Promise.all took its snapshot), which ends a payload run or jest process.',
    upstream: 'not reported yet: docs/upstream.md#where-two-relationships',
    package: 'payload',
    version: '3.90.2',
    where: 'src/compat/whereGuard.ts (installed by the workflow plugin on every collection)',
    check: 'tests/integration/where-guard.test.ts without the guard installed ends on the unhandled rejection.',
  },
  {
    id: 'server-minification-error-names',
    problem:
      "Payload shows an error's message only when the error has a name, taken from its class name; Next's server minification erases class names, so every refusal reached editors as 'An unknown error occurred.'.",
    upstream: 'not reported yet: docs/upstream.md#server-minification-error-names',
    package: 'next',
    version: '16.4.6',
    where:
      'next.config.mjs (experimental.serverMinification: false); src/workflow/loginAudit.ts (errors recognised by class)',
    check: 'tests/http/server.test.ts asserts refusal messages over HTTP against next build + next start.',
  },
  {
    id: 'turbopack-fork-path',
    problem: "Turbopack resolves child_process.fork()'s path as a module and fails the build.",
    upstream: 'vercel/next.js#97952',
    package: 'next',
    version: '16.4.6',
    where: 'src/publish/editions/pdf/render.ts (spawn + IPC instead of fork)',
    check: 'next build with fork() in render.ts.',
  },
  {
    id: 'bundled-require-resolve',
    problem: 'Inside the Next server bundle, require.resolve answers a module id, not a file path.',
    upstream: 'Next.js bundling behaviour (documented, not a bug)',
    package: 'next',
    version: '16.4.6',
    where: 'src/publish/editions/pdf/fonts.ts (fonts found by walking node_modules)',
    check: 'tests/http/publish.test.ts renders PDFs inside the built server.',
  },
  {
    id: 'local-restore-version-draft',
    problem:
      "The Local API's restoreVersion does not pass `draft` to the operation (REST does), so a Local API restore is never a draft.",
    upstream: 'not reported yet: docs/upstream.md#local-restore-version-draft',
    package: 'payload',
    version: '3.90.2',
    where:
      'src/workflow/hooks/publishing.ts refuses non-draft restores; restores go through REST (tests/workflow/write-rules.test.ts)',
    check: 'payload.restoreVersion({ draft: true }) as an editor restores as a draft.',
  },
  {
    id: 'malformed-id-500',
    problem: 'A malformed id (/api/chapters/abc with numeric ids) reaches the SQL query and ends as a 500.',
    upstream: 'not reported yet: docs/upstream.md#malformed-id-500',
    package: 'payload',
    version: '3.90.2',
    where: 'src/compat/idGuard.ts (every collection, by src/compat/plugin.ts)',
    check: 'tests/integration/not-found.test.ts with the guard removed answers 500.',
  },
  {
    id: 'missing-file-500',
    problem:
      'A requested upload file that is not on disk answers 500 "Something went wrong." (uploads/endpoints/getFile.js).',
    upstream: 'deliberate upstream (to hide details); Folio prefers an honest 404: docs/upstream.md#missing-file-500',
    package: 'payload',
    version: '3.90.2',
    where: 'src/compat/uploads.ts (every upload collection, by src/compat/plugin.ts)',
    check: 'tests/integration/not-found.test.ts with the handler removed answers 500.',
  },
  {
    id: 'locales-parent-index',
    problem:
      'The SQL adapters index *_locales tables only by UNIQUE(_locale, _parent_id), which cannot answer `where _parent_id = ?`: SQLite scans the whole table per document or version read.',
    upstream: 'not reported yet: docs/upstream.md#locales-parent-index',
    package: '@payloadcms/db-sqlite',
    version: '3.90.2',
    where: 'src/db-indexes.ts (afterSchemaInit) and migration 20261202_134923_locales_parent_index',
    check:
      'tests/integration/migrations.test.ts: the query plan uses _chapters_v_locales_parent_idx; drop the hook when Payload creates an equivalent index.',
  },
  {
    id: 'typst-open-bidi-embedding-link',
    problem:
      'Typst PDF/UA-1 export fails with "internal error: expected link ancestor in logical tree" when a link\'s text opens a bidi embedding or override (U+202A-U+202E) without closing it and a footnote follows the link.',
    upstream: 'not reported yet: docs/upstream.md#typst-open-bidi-embedding-link',
    package: '@myriaddreamin/typst-ts-node-compiler',
    version: '0.7.0',
    where: 'src/publish/editions/pdf/text.ts (typesettable: embeddings and isolates closed at the end of each string)',
    check:
      'tests/pdf/fuzz.test.ts "fuzz-992388494.json: links the PDF/UA export once failed on…" fails with the internal error when typesettable only drops U+FEFF.',
  },
  {
    id: 'typst-rtl-soft-hyphen-link',
    problem:
      'The same PDF/UA-1 export error when, in a right-to-left paragraph with a link, a line breaks at a soft hyphen (U+00AD) inside a word that mixes scripts (Latin and Arabic letters).',
    upstream: 'not reported yet: docs/upstream.md#typst-rtl-soft-hyphen-link',
    package: '@myriaddreamin/typst-ts-node-compiler',
    version: '0.7.0',
    where: "src/publish/editions/pdf/text.ts (typesettable's rtl: soft hyphens dropped in right-to-left editions)",
    check:
      'tests/pdf/fuzz.test.ts "fuzz-971437126.json: links the PDF/UA export once failed on…" fails with the internal error when render.ts passes rtl: false.',
  },
  {
    id: 'locales-parent-index-postgres',
    problem: 'The same UNIQUE(_locale, _parent_id)-only *_locales tables on PostgreSQL.',
    upstream: 'not reported yet: docs/upstream.md#locales-parent-index',
    package: '@payloadcms/db-postgres',
    version: '3.90.2',
    where: 'src/db-indexes.ts (pgLocalesParentIndexes) and src/migrations-postgres/ (the initial migration)',
    check: 'src/migrations-postgres/*_initial.ts creates *_locales_parent_idx; drop the hook with the SQLite one.',
  },
  {
    id: 'postgres-enum-names',
    problem:
      "On PostgreSQL a select field's type is named enum_<table>_<field>, or after the field's dbName: a select named `status` in a collection with drafts gets the type of the drafts' `_status` (inserts then fail: invalid input value for enum), and a hasMany select with a dbName gets a type named like its table (the table is not created).",
    upstream: 'not reported yet: docs/upstream.md#postgres-enum-names',
    package: '@payloadcms/db-postgres',
    version: '3.90.2',
    where: 'collections/Defenders.ts (status: enumName) and collections/Users.ts (locales: enumName)',
    check:
      'npm run test:postgres (tests/integration/model.test.ts creates a detained defender; every suite logs in a user with translator locales).',
  },
  {
    id: 'sqlite-transactions',
    problem:
      "The SQLite adapter's transactions are off by default (every 'same transaction' is a no-op); turned on, a second write in the process fails with SQLITE_BUSY (libsql opens a new connection without the busy timeout, and its waits are synchronous).",
    upstream: 'not reported yet: docs/upstream.md#sqlite-transactions',
    package: '@payloadcms/db-sqlite',
    version: '3.90.2',
    where: 'src/db.ts (transactionOptions: {}) and src/compat/sqliteWrites.ts (installed by src/compat/plugin.ts)',
    check:
      'tests/unit/sqlite-writes.test.ts with serialiseSqliteWrites not installed fails with SQLITE_BUSY; drop it when the adapter serialises its transactions.',
  },
]
