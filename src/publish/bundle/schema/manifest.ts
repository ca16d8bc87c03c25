/** manifest.json and changes.json of a bundle. */
import { z } from 'zod'

import { BUNDLE_COLLECTIONS } from '../model'
import { Id, Instant, LocaleCode, SemVer, Sha256 } from './scalars'

export const SourceCollection = z.enum(BUNDLE_COLLECTIONS)

export const ManifestSchema = z
  .strictObject({
    schemaVersion: SemVer,
    bundleVersion: SemVer,
    generator: z.strictObject({ name: z.literal('folio'), version: z.string() }),
    generatedAt: Instant.describe('bundle date = the latest approval time'),
    report: z.strictObject({ id: Id, slug: z.string(), year: z.number().int() }),
    locales: z.array(LocaleCode).describe('published locales, en first then alphabetical'),
    previousVersion: SemVer.nullable().describe('the version this one was compared with'),
    sources: z
      .array(
        z.strictObject({
          collection: SourceCollection,
          id: Id,
          versionId: z
            .string()
            .nullable()
            .describe('the approved version id in the CMS (null: not versioned, e.g. media)'),
          approvedAt: Instant.nullable(),
        }),
      )
      .describe('every CMS document the bundle was built from, sorted by collection then id'),
    files: z
      .array(z.strictObject({ path: z.string(), size: z.number().int().nonnegative(), sha256: Sha256 }))
      .describe('every file of the bundle except manifest.json and manifest.sig, sorted by path'),
    contentChecksum: Sha256.describe(
      'SHA-256 of the lines "<sha256>  <path>\\n" (sorted by path) of every file NOT under pdf/ or web/ (the editions): identifies the data the PDF and the web pages were made from, so they can print it',
    ),
    signature: z
      .strictObject({
        algorithm: z.literal('ed25519'),
        publicKey: z.string().describe('SPKI DER, base64'),
        file: z.literal('manifest.sig'),
      })
      .nullable()
      .describe('where the detached signature of manifest.json is, and the key that made it'),
  })
  .describe('Folio bundle manifest')

export const ChangeKind = z.enum(['added', 'removed', 'changed'])
export const ChangesSchema = z.strictObject({
  from: SemVer.nullable(),
  to: SemVer,
  bump: z.enum(['major', 'minor', 'patch', 'initial']),
  locales: z.strictObject({ added: z.array(LocaleCode), removed: z.array(LocaleCode) }),
  items: z
    .array(
      z.strictObject({
        collection: SourceCollection,
        id: Id,
        title: z.string().describe('title/name/label in the locale'),
        locale: LocaleCode,
        change: ChangeKind,
        fields: z.array(z.string()).describe('changed fields (change = changed), else empty'),
      }),
    )
    .describe('sorted by locale, collection, id'),
})

export type Manifest = z.infer<typeof ManifestSchema>
export type Changes = z.infer<typeof ChangesSchema>
