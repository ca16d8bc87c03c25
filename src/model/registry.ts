/**
 * The declared collections, looked up by slug: their titles and field trees, for pure code that
 * has no Payload instance (the bundle builder, tests) and for code that has one alike. Derived
 * from collections/ — nothing here restates the model.
 */
import type { CollectionConfig } from 'payload'

import { collections } from '../../collections'
import { titleFieldOf } from './content'
import { allNodes, fieldNodes, type FieldNode } from './walk'

const bySlug = new Map<string, CollectionConfig>(collections.map((c) => [c.slug, c]))

/** A declared collection's config (collections/*.ts, before any plugin). */
export function declared(slug: string): CollectionConfig {
  const config = bySlug.get(slug)
  if (!config) throw new Error(`No collection "${slug}" is declared in collections/.`)
  return config
}

/** The field holding a document's human title: the collection's `admin.useAsTitle`. */
export const titleField = (slug: string): string => titleFieldOf(declared(slug))

/** The declared field tree of a collection. */
export const nodesOf = (slug: string): FieldNode[] => fieldNodes(declared(slug).fields)

/** Top-level names of a collection's confidential fields (legal name, contact, notes, consent...). */
export const confidentialFields = (slug: string): string[] =>
  nodesOf(slug)
    .filter((n) => n.role === 'confidential')
    .map((n) => n.name)

/** Every node of a collection, depth first. */
export const everyNode = (slug: string): FieldNode[] => allNodes(nodesOf(slug))
