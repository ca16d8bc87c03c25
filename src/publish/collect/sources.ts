/**
 * Reading one document in every locale. Approved content comes from ONE place,
 * `getApprovedDocumentLocales` (src/workflow): the approved version in the default locale, the
 * approved, non-stale translation in another, never a draft, never a fallback, never the
 * confidential part of a testimony (its consent verdict comes alongside). Media are not part of
 * the workflow: they are read directly (no locale fallback). Drafts (previews only): drafts.ts.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { type ApprovedDocument, getApprovedDocumentLocales, getApprovedDocumentsLocales } from '../../workflow/approved'
import type { BundleCollection } from '../bundle/model'
import type { ApprovalMeta, SourceDoc } from '../bundle/types'
import { fetchDrafts } from './drafts'
import { asSource, byId, markUnavailable, put, type Store } from './store'

/** Which documents are read: the approved ones (publishing) or the latest drafts (previews). */
export type Source = 'approved' | 'drafts'

/** Fetches one document in every locale into the store; returns the docs (default locale first) or null. */
export async function fetchDocument(
  payload: Payload,
  store: Store,
  c: BundleCollection,
  id: string,
  source: Source,
): Promise<SourceDoc[] | null> {
  if (c === 'media') return fetchMedia(payload, store, id)
  if (source === 'drafts') return fetchDrafts(payload, store, c, id)
  return fetchApproved(payload, store, c, id)
}

async function fetchMedia(payload: Payload, store: Store, id: string): Promise<SourceDoc[] | null> {
  const out: SourceDoc[] = []
  for (const l of store.all) {
    try {
      const d = asSource(
        await payload.findByID({
          collection: 'media',
          id,
          locale: l,
          fallbackLocale: false,
          depth: 0,
          overrideAccess: true,
        }),
      )
      put(store, l, 'media', id, d)
      out.push(d)
      if (l === store.def && typeof d.filename === 'string')
        store.mediaSources[id] = path.join(store.staticDir, d.filename)
    } catch {
      if (l === store.def) {
        await markUnavailable(payload, store, 'media', id)
        return null
      }
    }
  }
  return out
}

/** Puts one document's approved locales into the store; returns them (default locale first) or null. */
async function storeApproved(
  payload: Payload,
  store: Store,
  c: BundleCollection,
  id: string,
  approved: Record<string, ApprovedDocument>,
): Promise<SourceDoc[] | null> {
  const { def } = store
  const en = approved[def]
  if (en?.status !== 'approved') {
    await markUnavailable(payload, store, c, id)
    return null
  }
  const out: SourceDoc[] = []
  const m: ApprovalMeta = { versionId: en.versionId, approvedAt: en.approvedAt, translations: {} }
  put(store, def, c, id, en.doc as SourceDoc)
  out.push(en.doc as SourceDoc)
  if (en.consentProblems) store.consentProblems[id] = en.consentProblems
  for (const l of store.all.filter((x) => x !== def)) {
    const r = approved[l]
    if (r?.status === 'approved') {
      put(store, l, c, id, r.doc as SourceDoc)
      out.push(r.doc as SourceDoc)
      m.translations![l] = { status: 'approved', approvedAt: r.approvedAt }
    } else {
      m.translations![l] = { status: r?.status === 'stale' ? 'stale' : 'missing', staleFields: r?.staleFields ?? [] }
    }
  }
  byId(store.meta, c)[id] = m
  return out
}

async function fetchApproved(payload: Payload, store: Store, c: BundleCollection, id: string) {
  // Every locale in one call (the workflow reads the approved version once): the default locale
  // first, since without an approved version there is nothing to translate.
  return storeApproved(payload, store, c, id, await getApprovedDocumentLocales(payload, c, id, store.all))
}

/**
 * Approved documents of one collection, many at once (three reads for all of them): the same
 * result as fetchDocument for each. Returns each id's docs, or null.
 */
export async function fetchApprovedMany(
  payload: Payload,
  store: Store,
  c: Exclude<BundleCollection, 'media'>,
  ids: string[],
): Promise<Map<string, SourceDoc[] | null>> {
  const approved = await getApprovedDocumentsLocales(payload, c, ids, store.all)
  const out = new Map<string, SourceDoc[] | null>()
  for (const id of ids) out.set(id, await storeApproved(payload, store, c, id, approved.get(id)!))
  return out
}
