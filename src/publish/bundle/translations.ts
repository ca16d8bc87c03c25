/**
 * Translations, per published locale and per document: an approved, non-stale translation with
 * every localised field that has text in the default locale. Without one, the document is a
 * problem, or, with `allowIncomplete`, a fallback: published in the default locale and listed in
 * the bundle's `fallbacks`. (Alt text missing in the default locale is a content rule, checks.ts.)
 */
import { hasText, type BuildContext } from './context'
import type { Inclusion } from './include'
import { BUNDLE_COLLECTIONS, LOCALIZED_FIELDS, type BundleCollection } from './model'
import type { BundleLocale } from './schema'
import type { ApprovalMeta } from './types'

export interface Fallbacks {
  /** Per locale: the documents (`<collection>:<id>`) shown in the default locale. */
  docs: Map<BundleLocale, Set<string>>
  /** Per `<locale>:<collection>:<id>`: the fields shown in the default locale. */
  fields: Map<string, string[]>
  count: number
}

type TranslationMeta = NonNullable<ApprovalMeta['translations']>[BundleLocale]

/** Checks every translation; returns the fallbacks (only with allowIncomplete). */
export function checkTranslations(ctx: BuildContext, { included }: Inclusion): Fallbacks {
  const fallbacks: Fallbacks = { docs: new Map(), fields: new Map(), count: 0 }
  for (const l of ctx.locales) {
    if (l === ctx.def) continue
    const set = new Set<string>()
    fallbacks.docs.set(l, set)
    for (const c of BUNDLE_COLLECTIONS) {
      for (const id of included[c]) {
        const missing = missingFields(ctx, c, id, l)
        const status = ctx.input.meta?.[c]?.[id]?.translations?.[l]
        const stale = status && status.status !== 'approved' ? status : null
        if (!missing.length && !stale) continue
        if (ctx.input.allowIncomplete) {
          set.add(`${c}:${id}`)
          fallbacks.fields.set(`${l}:${c}:${id}`, fieldsWithText(ctx, c, id))
          fallbacks.count++
        } else if (stale) staleProblem(ctx, c, id, l, stale, missing)
        else missingProblems(ctx, c, id, l, missing)
      }
    }
  }
  return fallbacks
}

/** Localised fields with text in the default locale and none in `l` (per array row). */
function missingFields(ctx: BuildContext, c: BundleCollection, id: string, l: BundleLocale): string[] {
  const en = ctx.base(c, id)!
  const doc = ctx.docsIn(l, c)[id]
  const missing: string[] = []
  for (const f of LOCALIZED_FIELDS[c]) {
    const src = hasText(ctx.rt, en, f.path, Boolean(f.richText))
    const tr = hasText(ctx.rt, doc, f.path, Boolean(f.richText))
    if (src.some((has, i) => has && !tr[i])) missing.push(f.path)
  }
  return missing
}

/** The localised fields that have text in the default locale (what a fallback shows in it). */
function fieldsWithText(ctx: BuildContext, c: BundleCollection, id: string): string[] {
  const en = ctx.base(c, id)!
  return LOCALIZED_FIELDS[c]
    .map((f) => f.path)
    .filter((p) =>
      hasText(ctx.rt, en, p, LOCALIZED_FIELDS[c].find((x) => x.path === p)!.richText === true).some(Boolean),
    )
}

/** The translation is not approved (missing, in progress, stale): one problem for the document. */
function staleProblem(
  ctx: BuildContext,
  c: BundleCollection,
  id: string,
  l: BundleLocale,
  stale: NonNullable<TranslationMeta>,
  missing: string[],
): void {
  const fields = [...new Set([...missing, ...(stale.status === 'stale' ? (stale.staleFields ?? []) : [])])].sort()
  ctx.problem({
    code: stale.status === 'stale' ? 'stale-translation' : 'missing-translation',
    collection: c,
    id,
    field: fields.length ? fields.join(', ') : null,
    locale: l,
    message:
      stale.status === 'stale'
        ? `the ${l} translation is stale: the ${ctx.def} text changed since it was approved${stale.staleFields?.length ? ` (${stale.staleFields.join(', ')})` : ''}`
        : stale.status === 'missing'
          ? `there is no approved ${l} translation`
          : `the ${l} translation is not approved yet (status: ${stale.status})`,
  })
}

/** An approved translation lacks some fields: one problem per field (alt text has its own code). */
function missingProblems(ctx: BuildContext, c: BundleCollection, id: string, l: BundleLocale, missing: string[]) {
  for (const f of missing) {
    const alt = c === 'media' && f === 'alt'
    ctx.problem({
      code: alt ? 'alt-text' : 'missing-translation',
      collection: c,
      id,
      field: f,
      locale: l,
      message: alt ? `the image has no alt text in ${l}` : `no ${l} translation of ${f}`,
    })
  }
}
