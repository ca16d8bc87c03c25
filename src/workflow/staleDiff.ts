/**
 * What changed in the source of a stale translation: per stale field, a word diff of the source
 * text the translation was made from (found in the document's versions: the newest whose source
 * field has the hash the translation row recorded) against the source text now. One read of
 * versions per collection for all the items asked about, never one per document.
 */
import type { Payload } from 'payload'

import { contentApi, type Doc, fieldsOf } from '../model/local'
import { DEFAULT_LOCALE } from '../model/locales'
import { fieldHashes } from './fingerprint'
import { type DiffOp, translatableTexts, wordDiff } from './words'

export interface StaleRequest {
  collection: string
  id: string | number
  /** The source hashes the translation was made from, per field. */
  sourceFields: Record<string, string>
  /** The stale fields' source text now. */
  now: Record<string, string>
}

export interface FieldDiff {
  field: string
  /** null: no version holds the earlier source (the whole field is shown as new). */
  ops: DiffOp[]
  earlierFound: boolean
}

/** How many versions per document are searched for the earlier source. */
const VERSIONS_PER_DOC = 50

export async function staleDiffs(payload: Payload, items: StaleRequest[]): Promise<Map<string, FieldDiff[]>> {
  const out = new Map<string, FieldDiff[]>()
  const byCollection = new Map<string, StaleRequest[]>()
  for (const item of items) byCollection.set(item.collection, [...(byCollection.get(item.collection) ?? []), item])
  for (const [collection, list] of byCollection) {
    const fields = fieldsOf(payload, collection)
    const versions = await contentApi(payload).findVersions({
      collection,
      where: { parent: { in: list.map((i) => i.id) } },
      locale: DEFAULT_LOCALE,
      fallbackLocale: false,
      sort: '-updatedAt',
      limit: list.length * VERSIONS_PER_DOC,
      depth: 0,
      overrideAccess: true,
    })
    for (const item of list) {
      const own = versions.docs.filter((v) => String(v.parent) === String(item.id)).map((v) => v.version as Doc)
      const diffs: FieldDiff[] = []
      for (const [field, text] of Object.entries(item.now)) {
        const want = item.sourceFields[field]
        const earlier = want
          ? own.find((v) => fieldHashes(fields, v, { locale: DEFAULT_LOCALE })[field] === want)
          : undefined
        const before = earlier ? (translatableTexts(fields, earlier, { locale: DEFAULT_LOCALE })[field] ?? '') : ''
        diffs.push({ field, ops: wordDiff(before, text), earlierFound: Boolean(earlier) })
      }
      out.set(`${collection}:${item.id}`, diffs)
    }
  }
  return out
}
