/**
 * The drafts source, for the DRAFT preview of the PDF edition only (`npm run preview:pdf`, the
 * chapter's "PDF preview"): the latest draft of every document, each locale falling back to the
 * default locale; never used to publish. The confidential part of testimonies is removed as it is
 * read; their consent verdict is read from the CMS (never written), as for publishing.
 */
import type { Payload } from 'payload'

import { consentProblems } from '../../model/consent'
import { nodesOf } from '../../model/registry'
import { withoutRole } from '../../model/walk'
import type { BundleCollection } from '../bundle/model'
import type { ApprovalMeta, SourceDoc } from '../bundle/types'
import { asSource, byId, markUnavailable, put, type Store } from './store'

/** Drafts read for a preview, without the fields that never leave the CMS (src/model). */
const withoutConfidential = (c: BundleCollection, doc: SourceDoc): SourceDoc => ({
  ...withoutRole(nodesOf(c), doc, 'confidential'),
  id: doc.id,
})

/** Fetches the latest draft of a document in every locale into the store; null when there is none. */
export async function fetchDrafts(
  payload: Payload,
  store: Store,
  c: BundleCollection,
  id: string,
): Promise<SourceDoc[] | null> {
  const { def } = store
  const out: SourceDoc[] = []
  const m: ApprovalMeta = { versionId: null, approvedAt: null, translations: {} }
  for (const l of store.all) {
    let d: SourceDoc
    try {
      d = asSource(
        await payload.findByID({
          collection: c,
          id,
          draft: true,
          depth: 0,
          overrideAccess: true,
          locale: l,
          fallbackLocale: def,
        }),
      )
    } catch {
      await markUnavailable(payload, store, c, id)
      return null
    }
    if (d.deletedAt) {
      await markUnavailable(payload, store, c, id)
      return null
    }
    if (l === def && c === 'testimonies') store.consentProblems[id] = consentProblems(d)
    put(store, l, c, id, withoutConfidential(c, d))
    out.push(withoutConfidential(c, d))
    if (l !== def)
      m.translations![l] = { status: 'approved', approvedAt: typeof d.updatedAt === 'string' ? d.updatedAt : null }
  }
  m.approvedAt = typeof out[0]?.updatedAt === 'string' ? (out[0].updatedAt as string) : null
  byId(store.meta, c)[id] = m
  return out
}
