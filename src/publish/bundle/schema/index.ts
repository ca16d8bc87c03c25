/**
 * The public bundle's shape: the single source of truth for everything a published Folio bundle
 * may contain. It is an ALLOW-LIST: every object is strict (unknown keys are an error), so a field
 * that is not declared here can never be written, whatever the CMS documents contain.
 *
 * Stability contract (consumers: the website, partners, the PDF edition in src/publish/editions/pdf/):
 * fields are only ever ADDED; nothing is renamed or removed without a major `SCHEMA_VERSION` bump.
 *
 * Conventions used throughout
 * - Ids are strings (the CMS id as text: "12"), so the bundle does not depend on the database.
 * - Calendar dates ("as of", "status since", period bounds, event dates) are ISO 8601 `YYYY-MM-DD`.
 * - Instants (the bundle date) are ISO 8601 UTC `YYYY-MM-DDTHH:mm:ss.sssZ`.
 * - Absent optional values are `null`, never missing keys: every key is always present.
 * - Localised text is already in the bundle's locale (one file per locale: `content/<locale>.json`).
 *   When an item had no approved translation and the bundle was published with
 *   `--allow-incomplete`, the default-locale (en) text is used and the item is listed in `fallbacks`.
 * - Rich text uses the portable tree (`RichText`, portable-text.ts), never Lexical's internal JSON.
 * - Media are referenced by id; `media[]` describes each file (content-hashed paths under `media/`).
 *
 * Files of a bundle (releases/<report-slug>/<version>/):
 *   manifest.json          ManifestSchema (manifest.ts): versions, sources, every file with size + sha256
 *   manifest.sig           optional Ed25519 signature of manifest.json's exact bytes (base64)
 *   content/<locale>.json  LocaleBundleSchema, one per published locale
 *   media/<sha256>.<size>.<ext>  re-encoded images, all metadata stripped (size: web | print)
 *   schema/bundle.schema.json    JSON Schema of content/<locale>.json (generated from these files)
 *   schema/manifest.schema.json  JSON Schema of manifest.json
 *   changes.json           ChangesSchema: what changed since the previous version
 *   CHANGELOG.md           the same, readable
 *   README.md              how to read and verify the bundle
 *
 * This folder: scalars.ts (ids, dates, links, locales), portable-text.ts (rich text), content.ts
 * (the documents, content/<locale>.json), manifest.ts (manifest.json, changes.json); this file
 * exports them all and makes the JSON Schemas.
 */
import { z } from 'zod'

import { LocaleBundleSchema } from './content'
import { ChangesSchema, ManifestSchema } from './manifest'

export * from './content'
export * from './manifest'
export * from './portable-text'
export * from './scalars'

/** Version of THIS schema (the shape), not of the content. Bumped major on incompatible change. */
export const SCHEMA_VERSION = '1.1.0'

/** JSON Schemas written to `schema/` in every bundle (draft 2020-12). */
export function bundleJsonSchemas(): {
  'bundle.schema.json': object
  'manifest.schema.json': object
  'changes.schema.json': object
} {
  const opts = { target: 'draft-2020-12', unrepresentable: 'throw', cycles: 'ref', reused: 'inline' } as const
  return {
    'bundle.schema.json': {
      $id: 'https://folio.invalid/schema/bundle.schema.json',
      ...z.toJSONSchema(LocaleBundleSchema, opts),
    },
    'manifest.schema.json': {
      $id: 'https://folio.invalid/schema/manifest.schema.json',
      ...z.toJSONSchema(ManifestSchema, opts),
    },
    'changes.schema.json': {
      $id: 'https://folio.invalid/schema/changes.schema.json',
      ...z.toJSONSchema(ChangesSchema, opts),
    },
  }
}
