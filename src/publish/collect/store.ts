/**
 * What collecting gathers, document by document: the source documents per locale, their approval
 * facts, the references that cannot be used, the consent verdicts and the media files.
 */
import type { Payload } from 'payload'

import type { BundleCollection } from '../bundle/model'
import type { BundleLocale } from '../bundle/schema'
import type { BuildInput, SourceDoc, Unavailable } from '../bundle/types'

export interface Store {
  def: BundleLocale
  /** The default locale first, then the others asked for. */
  all: BundleLocale[]
  docs: BuildInput['docs']
  meta: NonNullable<BuildInput['meta']>
  unavailable: NonNullable<BuildInput['unavailable']>
  consentProblems: Record<string, string[]>
  /** Media id → path of the original file. */
  mediaSources: Record<string, string>
  /** Where the media collection keeps its files. */
  staticDir: string
}

export function newStore(payload: Payload, def: BundleLocale, locales: BundleLocale[]): Store {
  const all = [...new Set<BundleLocale>([def, ...locales])]
  const docs: BuildInput['docs'] = {}
  for (const l of all) docs[l] = {}
  return {
    def,
    all,
    docs,
    meta: {},
    unavailable: {},
    consentProblems: {},
    mediaSources: {},
    staticDir: payload.collections.media?.config.upload?.staticDir ?? 'media',
  }
}

/** A document as the builder reads it: its plain data (a shallow copy). */
export const asSource = (doc: { id: string | number }): SourceDoc => ({ ...doc })

/** The entries of a collection in a per-collection record, created when missing. */
export function byId<T>(record: Partial<Record<BundleCollection, Record<string, T>>>, c: BundleCollection) {
  const found = record[c]
  if (found) return found
  const made: Record<string, T> = {}
  record[c] = made
  return made
}

export function put(store: Store, l: BundleLocale, c: BundleCollection, id: string, doc: SourceDoc): void {
  byId(store.docs[l]!, c)[id] = doc
}

/** Records why a document cannot be used: trashed, without an approved version, or missing. */
export async function markUnavailable(payload: Payload, store: Store, c: BundleCollection, id: string) {
  let reason: Unavailable = 'missing'
  let title: string | undefined
  try {
    const d = asSource(
      await payload.findByID({
        collection: c,
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        locale: store.def,
        trash: true,
      }),
    )
    reason = d.deletedAt ? 'trashed' : 'unapproved'
    const t = d.title ?? d.name ?? d.label ?? d.alt
    title = typeof t === 'string' ? t : undefined
  } catch {
    reason = 'missing'
  }
  byId(store.unavailable, c)[id] = { reason, title }
}
