/**
 * The Local API as code that treats every content collection alike sees it (the workflow, the
 * publishing pipeline's collect, dashboards): plain documents (`Doc`), any collection slug, any
 * locale. Payload's generated types (payload-types.ts) describe each collection separately and type
 * the Local API everywhere else; this is the one place that trades them for `Doc`.
 */
import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import type { LocaleCode } from './locales'

export type Doc = Record<string, unknown> & { id: number | string }

interface Common {
  collection: string
  depth?: number
  draft?: boolean
  locale?: LocaleCode | 'all'
  fallbackLocale?: false | LocaleCode
  overrideAccess?: boolean
  req?: Partial<PayloadRequest>
  select?: Record<string, unknown>
  trash?: boolean
  context?: Record<string, unknown>
  user?: unknown
}

interface Many extends Common {
  where?: Where
  sort?: string
  limit?: number
  page?: number
  pagination?: boolean
}

export interface VersionDoc {
  id: number | string
  parent: unknown
  version: Doc
  createdAt: string
  updatedAt: string
}

export interface ContentApi {
  findByID(args: Common & { id: number | string; disableErrors?: boolean }): Promise<Doc>
  find(args: Many): Promise<{ docs: Doc[]; totalDocs: number }>
  count(args: Common & { where?: Where }): Promise<{ totalDocs: number }>
  findVersions(args: Many): Promise<{ docs: VersionDoc[]; totalDocs: number }>
  findVersionByID(args: Common & { id: number | string }): Promise<VersionDoc>
  update(args: Common & { id: number | string; data: Record<string, unknown> }): Promise<Doc>
  create(
    args: Common & {
      data: Record<string, unknown>
      file?: { data: Buffer; mimetype: string; name: string; size: number }
    },
  ): Promise<Doc>
}

export const contentApi = (payload: Payload): ContentApi => payload as unknown as ContentApi

/** The (sanitised) fields of a collection of this Payload instance. */
export const fieldsOf = (payload: Payload, collection: string): Field[] =>
  payload.collections[collection as CollectionSlug].config.fields
