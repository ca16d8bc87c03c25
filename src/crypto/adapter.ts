/**
 * Encryption at the database adapter: every write of a collection with confidential text fields
 * is sealed just before it reaches the adapter, every read opened just after. Everything above —
 * access rules, hooks, drafts, autosave, versions, REST, GraphQL, the Local API — sees the values
 * as before, and whatever Payload stores (main tables, `_v` version tables, drafts, autosaves)
 * holds only ciphertext. Access is unchanged: fields a user may not read are removed by Payload
 * after the read, as before; opening them first changes nothing of who sees what.
 *
 * The document id on create. The AAD binds each value to its document id, which the database only
 * assigns on insert. So a new document is inserted with its confidential values empty, then those
 * values are sealed with the new id and written by a second `updateOne` inside the same
 * transaction (the request's): no plaintext ever reaches the database, and nothing is committed
 * half-done. Versions are bound to their parent document's id, so a version restored onto its
 * document still opens.
 */
import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

import { isPlainObject } from '../model/walk'
import { type Keys, onlySealed, openDoc, type OnFailure, sealDoc, sealedValues, withoutSealed } from './fields'

// biome-ignore lint/suspicious/noExplicitAny: adapter arguments and results differ per adapter and method; this layer only reads their `collection`, `data`, `docs`, `version`, `id` and `parent`.
type Loose = any
type Fn = (args: Record<string, Loose>) => Promise<Loose>
type Adapter = BaseDatabaseAdapter & Record<string, unknown>

export interface RawAdapter {
  create: Fn
  updateOne: Fn
  find: Fn
  findVersions: Fn
  updateVersion: Fn
}

const idOf = (v: unknown): string | number | undefined =>
  isPlainObject(v) ? (v.id as string | number | undefined) : (v as string | number | undefined)

/** Wraps `adapter` in place; returns its original (raw) methods for the keyring and rotation. */
export function wrapAdapter(
  adapter: Adapter,
  sealed: Set<string>,
  keys: () => Promise<Keys>,
  onFailure: OnFailure,
): RawAdapter {
  const orig = (name: string): Fn => (adapter[name] as Fn).bind(adapter)
  const raw = Object.fromEntries(
    [
      'create',
      'updateOne',
      'updateMany',
      'find',
      'findOne',
      'findVersions',
      'queryDrafts',
      'createVersion',
      'updateVersion',
    ].map((n) => [n, orig(n)]),
  ) as Record<string, Fn>
  const has = (slug: unknown) => typeof slug === 'string' && sealed.has(slug)
  const openOne = async (slug: string, doc: Loose, id = idOf(doc)) =>
    doc && id !== undefined ? openDoc(slug, id, doc, await keys(), onFailure) : doc
  const openVersion = async (slug: string, v: Loose) =>
    v && isPlainObject(v.version) ? { ...v, version: await openOne(slug, v.version, idOf(v.parent)) } : v
  const openAll = async (slug: string, result: Loose, one: (slug: string, d: Loose) => Promise<Loose>) =>
    result && Array.isArray(result.docs)
      ? { ...result, docs: await Promise.all(result.docs.map((d: Loose) => one(slug, d))) }
      : result

  const wrap = (name: string, fn: Fn) => {
    ;(adapter as Record<string, unknown>)[name] = fn
  }

  wrap('create', async (args) => {
    const slug = args.collection
    if (!has(slug)) return raw.create(args)
    if (sealedValues(slug, args.data).length === 0) return openOne(slug, await raw.create(args))
    const created = await raw.create({ ...args, data: withoutSealed(slug, args.data), returning: true })
    const data = sealDoc(slug, created.id, onlySealed(slug, args.data), await keys())
    const doc = await raw.updateOne({ collection: slug, id: created.id, data, req: args.req, locale: args.locale })
    return args.returning === false ? null : openOne(slug, doc)
  })

  wrap('updateOne', async (args) => {
    const slug = args.collection
    if (!has(slug)) return raw.updateOne(args)
    let id = args.id
    if (id === undefined && sealedValues(slug, args.data).length > 0) {
      const found = await raw.findOne({ collection: slug, where: args.where, req: args.req })
      id = found?.id
    }
    const data = id === undefined ? args.data : sealDoc(slug, id, args.data, await keys())
    return openOne(slug, await raw.updateOne({ ...args, data }))
  })

  wrap('updateMany', async (args) => {
    const slug = args.collection
    if (!has(slug)) return raw.updateMany(args)
    if (sealedValues(slug, args.data).length === 0) {
      const docs = await raw.updateMany(args)
      return Array.isArray(docs) ? Promise.all(docs.map((d) => openOne(slug, d))) : docs
    }
    // Each document needs its own seal: update them one by one, inside the caller's transaction.
    const { docs } = await raw.find({ collection: slug, where: args.where, limit: 0, pagination: false, req: args.req })
    const out = []
    for (const d of docs)
      out.push(
        await (adapter.updateOne as Fn)({
          collection: slug,
          id: d.id,
          data: args.data,
          req: args.req,
          locale: args.locale,
        }),
      )
    return out
  })

  for (const name of ['find', 'queryDrafts']) {
    wrap(name, async (args) =>
      has(args.collection) ? openAll(args.collection, await raw[name](args), openOne) : raw[name](args),
    )
  }
  wrap('findOne', async (args) =>
    has(args.collection) ? openOne(args.collection, await raw.findOne(args)) : raw.findOne(args),
  )
  wrap('findVersions', async (args) => {
    if (!has(args.collection)) return raw.findVersions(args)
    // A seal is bound to its document's id: a `select` without `parent` still needs it to open the
    // values (it is taken out again, so the answer has only what was asked for).
    const added = isPlainObject(args.select) && !args.select.parent
    const select = added ? { ...args.select, parent: true } : args.select
    const result = await openAll(args.collection, await raw.findVersions({ ...args, select }), openVersion)
    if (added && Array.isArray(result?.docs)) for (const d of result.docs) delete d.parent
    return result
  })

  wrap('createVersion', async (args) => {
    const slug = args.collectionSlug
    if (!has(slug)) return raw.createVersion(args)
    const versionData = sealDoc(slug, args.parent, args.versionData, await keys())
    return openVersion(slug, await raw.createVersion({ ...args, versionData }))
  })
  wrap('updateVersion', async (args) => {
    const slug = args.collection
    if (!has(slug) || !isPlainObject(args.versionData?.version)) return raw.updateVersion(args)
    let parent = idOf(args.versionData.parent)
    if (parent === undefined) {
      const { docs } = await raw.findVersions({
        collection: slug,
        where: args.where ?? { id: { equals: args.id } },
        limit: 1,
        req: args.req,
      })
      parent = idOf(docs[0]?.parent)
    }
    if (parent === undefined) throw new Error(`Cannot seal a version of ${slug} without knowing its document.`)
    const version = sealDoc(slug, parent, args.versionData.version, await keys())
    return openVersion(slug, await raw.updateVersion({ ...args, versionData: { ...args.versionData, version } }))
  })

  return raw as unknown as RawAdapter
}

export type { PayloadRequest }
