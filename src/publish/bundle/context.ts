/**
 * The state one build shares between its steps (include, checks, mapping): the input, the locales,
 * the rich-text conversions made so far and the problems found so far.
 */
import { adminUrl, sortLocales, TITLE_FIELD, type BundleCollection } from './model'
import type { NewProblem, Problem } from './problems'
import { lexicalToPortable, type ConvertResult } from './richtext'
import type { BundleLocale } from './schema'
import type { BuildInput, SourceDoc } from './types'

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
/** The text when it has any non-blank character, else null. */
export const nonEmpty = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)

/** Values at a path like `a.b` or `a[].b` (for arrays: one value per row). */
export function valuesAt(doc: unknown, path: string): unknown[] {
  const parts = path.split('.')
  let cur: unknown[] = [doc]
  for (const part of parts) {
    const arr = part.endsWith('[]')
    const key = arr ? part.slice(0, -2) : part
    const next: unknown[] = []
    for (const c of cur) {
      const v = isObj(c) ? c[key] : undefined
      if (arr) {
        if (Array.isArray(v)) next.push(...v)
      } else next.push(v)
    }
    cur = next
  }
  return cur
}

/** Per-document cache of rich-text conversions (conversion is the costly part). */
export class RichTextCache {
  private cache = new WeakMap<object, Map<string, ConvertResult>>()
  get(doc: SourceDoc, field: string): ConvertResult {
    let m = this.cache.get(doc)
    if (!m) {
      m = new Map()
      this.cache.set(doc, m)
    }
    let r = m.get(field)
    if (!r) {
      r = lexicalToPortable(doc[field], field)
      m.set(field, r)
    }
    return r
  }
}

export interface BuildContext {
  input: BuildInput
  /** The default locale (the source language). */
  def: BundleLocale
  /** The locales to publish, in the bundle's order. */
  locales: BundleLocale[]
  /** The default locale and the locales to publish. */
  allLocales: BundleLocale[]
  rt: RichTextCache
  problems: Problem[]
  /** The approved documents of a collection in a locale, by id. */
  docsIn(l: BundleLocale, c: BundleCollection): Record<string, SourceDoc>
  /** A document in the default locale. */
  base(c: BundleCollection, id: string): SourceDoc | undefined
  titleOf(c: BundleCollection, id: string, l?: BundleLocale): string
  /** Records a problem, with the document's title and admin URL. */
  problem(p: NewProblem): void
}

export function buildContext(input: BuildInput): BuildContext {
  const def = input.defaultLocale ?? 'en'
  const problems: Problem[] = []
  const docsIn = (l: BundleLocale, c: BundleCollection): Record<string, SourceDoc> => input.docs[l]?.[c] ?? {}
  const base = (c: BundleCollection, id: string): SourceDoc | undefined => docsIn(def, c)[id]
  const titleOf = (c: BundleCollection, id: string, l: BundleLocale = def): string => {
    const d = docsIn(l, c)[id] ?? base(c, id)
    const t = d ? d[TITLE_FIELD[c]] : undefined
    return nonEmpty(t) ?? input.unavailable?.[c]?.[id]?.title ?? `${c} ${id}`
  }
  return {
    input,
    def,
    locales: sortLocales(input.locales),
    allLocales: sortLocales([def, ...input.locales]),
    rt: new RichTextCache(),
    problems,
    docsIn,
    base,
    titleOf,
    problem: (p) =>
      problems.push({
        ...p,
        title: p.title ?? titleOf(p.collection, p.id, p.locale ?? def),
        adminUrl: adminUrl(p.collection, p.id, p.locale ?? def),
      }),
  }
}

/** Whether a field has text, per value (one per array row; rich text: one, for the whole tree). */
export function hasText(rt: RichTextCache, doc: SourceDoc | undefined, path: string, richText: boolean): boolean[] {
  if (!doc) return []
  if (richText) return [rt.get(doc, path).tree !== null]
  return valuesAt(doc, path).map((v) => nonEmpty(v) !== null)
}
