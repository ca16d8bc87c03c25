/**
 * The bundle builder: PURE. Given the approved documents of a report (plain objects as Payload
 * returns them at depth 0, one set per locale, relations as ids) it validates everything, reports
 * ALL problems together, and produces one LocaleBundle per locale plus the list of source
 * documents and media the bundle needs.
 *
 *   include.ts       what is in the bundle: the walk from the report, and unusable references
 *   checks.ts        content rules: consent, confidential profiles, statistics, links, alt text, rich text
 *   translations.ts  every published locale's translations, or fallbacks (--allow-incomplete)
 *   mapping.ts       source documents → the public shape, per collection and locale
 *   schema/          the public shape: one strict parse of each locale's bundle (the allow-list)
 *   problems.ts      the problems, sorted and formatted
 */
import { compareIds } from '../../model/ids'
import { checkContent } from './checks'
import { buildContext, type BuildContext } from './context'
import { toInstant } from './format'
import { include, type Inclusion } from './include'
import { mapLocale } from './mapping'
import { BUNDLE_COLLECTIONS } from './model'
import { schemaProblems, sortProblems } from './problems'
import { LocaleBundleSchema, type BundleLocale, type LocaleBundle } from './schema'
import { checkTranslations } from './translations'
import type { BuildInput, BuildResult, SourceRecord } from './types'

const EPOCH = '1970-01-01T00:00:00.000Z'

/** Builds and validates the bundle. Never throws on content problems: they are in `problems`. */
export function buildBundle(input: BuildInput): BuildResult {
  const ctx = buildContext(input)
  const failed = (extra: Partial<BuildResult> = {}): BuildResult => ({
    ok: false,
    problems: sortProblems(ctx.problems),
    bundles: {},
    sources: [],
    mediaIds: [],
    generatedAt: EPOCH,
    fallbackCount: 0,
    ...extra,
  })
  if (!ctx.base('reports', input.reportId)) {
    reportMissing(ctx)
    return failed()
  }
  const inclusion = include(ctx)
  checkContent(ctx, inclusion)
  const fallbacks = checkTranslations(ctx, inclusion)
  const { sources, generatedAt } = sourcesOf(ctx, inclusion)
  const mediaIds = [...inclusion.included.media].sort(compareIds)
  const fallbackCount = fallbacks.count
  if (ctx.problems.length) return failed({ sources, mediaIds, generatedAt, fallbackCount })

  const bundles: Partial<Record<BundleLocale, LocaleBundle>> = {}
  for (const l of ctx.locales) {
    const bundle = mapLocale(ctx, inclusion, fallbacks, l, generatedAt)
    if (ctx.problems.length) continue
    // The allow-list: one strict parse of the whole bundle. Issues are attributed to the item.
    const parsed = LocaleBundleSchema.safeParse(bundle)
    if (parsed.success) bundles[l] = parsed.data
    else schemaProblems(parsed.error.issues, bundle, input.reportId, l, ctx.problem)
  }
  if (ctx.problems.length) return failed({ sources, mediaIds, generatedAt, fallbackCount })
  return { ok: true, problems: [], bundles, sources, mediaIds, generatedAt, fallbackCount }
}

function reportMissing(ctx: BuildContext): void {
  const unapproved = ctx.input.unavailable?.reports?.[ctx.input.reportId]?.reason === 'unapproved'
  ctx.problem({
    code: unapproved ? 'unapproved-reference' : 'missing-reference',
    collection: 'reports',
    id: ctx.input.reportId,
    field: null,
    locale: null,
    message: unapproved ? 'the report has no approved version' : 'the report does not exist',
  })
}

/** The documents the bundle is made from, and its date: the latest approval among them. */
function sourcesOf(ctx: BuildContext, { included }: Inclusion): { sources: SourceRecord[]; generatedAt: string } {
  const sources: SourceRecord[] = []
  let generatedAt = EPOCH
  for (const c of BUNDLE_COLLECTIONS) {
    for (const id of [...included[c]].sort(compareIds)) {
      const m = ctx.input.meta?.[c]?.[id]
      const approvedAt = toInstant(m?.approvedAt ?? null)
      const times = [approvedAt, ...ctx.locales.map((l) => toInstant(m?.translations?.[l]?.approvedAt ?? null))]
      for (const t of times) if (t && t > generatedAt) generatedAt = t
      sources.push({ collection: c, id, versionId: m?.versionId ?? null, approvedAt })
    }
  }
  return { sources, generatedAt }
}
