/**
 * The content rules a bundle must pass, on the documents it includes (include.ts): consent covers
 * each testimony's disclosure, no confidential defender profile, statistics with a source and an
 * as-of date, links readers may follow, alt text, rich text the portable tree can hold. The
 * translation checks are in translations.ts. Each rule reports problems; none throws.
 *
 * The confidential part of testimonies (consent) is READ here to check that consent covers the
 * disclosure, and never written.
 */
import { linkProblem } from '../../fields/url'
import { relationId, relationIds } from '../../model/ids'
import { isObj, nonEmpty, type BuildContext } from './context'
import type { Inclusion } from './include'
import { BUNDLE_COLLECTIONS, LOCALIZED_FIELDS, type BundleCollection } from './model'
import type { BundleLocale } from './schema'
import type { SourceDoc } from './types'

/** Every rule on the default-locale documents and non-localised fields, then every locale's rich text. */
export function checkContent(ctx: BuildContext, { included }: Inclusion): void {
  for (const id of included.testimonies) checkConsent(ctx, ctx.base('testimonies', id)!, id)
  for (const id of included.defenders) checkDefender(ctx, ctx.base('defenders', id)!, id)
  for (const id of included.statistics) checkStatistic(ctx, ctx.base('statistics', id)!, id)
  for (const id of included.organisations) {
    const o = ctx.base('organisations', id)!
    if (o.website != null && o.website !== '') checkLink(ctx, 'organisations', id, 'website', o.website, null)
  }
  for (const id of included.chapters) {
    const ch = ctx.base('chapters', id)!
    const rows = Array.isArray(ch.furtherReading) ? ch.furtherReading : []
    for (const [i, r] of rows.entries())
      checkLink(ctx, 'chapters', id, `furtherReading[${i}].url`, isObj(r) ? r.url : null, null)
  }
  for (const id of included.media) {
    const m = ctx.base('media', id)!
    if (!nonEmpty(m.alt))
      ctx.problem({
        code: 'alt-text',
        collection: 'media',
        id,
        field: 'alt',
        locale: ctx.def,
        message: `the image has no alt text in ${ctx.def}`,
        title: nonEmpty(m.filename) ?? `media ${id}`,
      })
  }
  checkRichText(ctx, included)
}

function checkLink(
  ctx: BuildContext,
  c: BundleCollection,
  id: string,
  field: string,
  url: unknown,
  locale: BundleLocale | null,
): void {
  const bad = linkProblem(url)
  if (bad) ctx.problem({ code: 'link', collection: c, id, field, locale, message: `the link ${bad}` })
}

/**
 * Consent covers the disclosure: text always, the name when `named`, images when media are
 * attached. The workflow's verdict (input.consentProblems) when there is one, else the document's
 * own consent record.
 */
function checkConsent(ctx: BuildContext, t: SourceDoc, id: string): void {
  const known = ctx.input.consentProblems?.[id]
  const { problems, given } = known ? { problems: known, given: true } : consentRecordProblems(t)
  for (const message of problems)
    ctx.problem({ code: 'consent', collection: 'testimonies', id, field: 'consent', locale: null, message })
  if (given && t.disclosure === 'named' && !nonEmpty(t.publicName)) {
    ctx.problem({
      code: 'invalid',
      collection: 'testimonies',
      id,
      field: 'publicName',
      locale: null,
      message: 'a named testimony needs its public name',
    })
  }
}

/** A testimony's own consent record, checked: its problems, and whether consent was given at all. */
function consentRecordProblems(t: SourceDoc): { problems: string[]; given: boolean } {
  const consent = isObj(t.consent) ? t.consent : null
  const status = consent?.status
  if (!consent || status === undefined)
    return { problems: ['the consent record could not be read (publishing needs to read it)'], given: false }
  if (status !== 'given') return { problems: [`consent is ${String(status)}, not given`], given: false }
  const scope = Array.isArray(consent.scope) ? (consent.scope as unknown[]) : []
  const media = relationIds(t.media).length > 0
  const need: string[] = ['text']
  if (t.disclosure === 'named') need.push('name')
  if (media) need.push('image')
  const lacking = need.filter((s) => !scope.includes(s))
  if (!lacking.length) return { problems: [], given: true }
  const withImages = media ? ', with images' : ''
  return {
    problems: [
      `consent does not cover ${lacking.join(', ')} (disclosure ${String(t.disclosure)}${withImages}; consent scope: ${scope.join(', ') || 'none'})`,
    ],
    given: true,
  }
}

function checkDefender(ctx: BuildContext, d: SourceDoc, id: string): void {
  if (d.visibility === 'public') return
  ctx.problem({
    code: 'confidential',
    collection: 'defenders',
    id,
    field: 'visibility',
    locale: null,
    message:
      'a confidential defender profile is referenced; confidential profiles are never published (make it public or remove the reference)',
  })
}

function checkStatistic(ctx: BuildContext, s: SourceDoc, id: string): void {
  const at = (field: string, code: 'statistic-source' | 'statistic-as-of' | 'invalid', message: string) =>
    ctx.problem({ code, collection: 'statistics', id, field, locale: null, message })
  const src = isObj(s.source) ? s.source : {}
  if (!relationId(src.organisation) && !nonEmpty(src.title))
    at('source', 'statistic-source', 'the statistic has no source (organisation or document title)')
  if (!s.asOf) at('asOf', 'statistic-as-of', 'the statistic has no as-of date')
  if (typeof s.value !== 'number' || !Number.isFinite(s.value))
    at('value', 'invalid', `the value ${JSON.stringify(s.value)} is not a number`)
  if (src.url != null && src.url !== '') checkLink(ctx, 'statistics', id, 'source.url', src.url, null)
}

/** Rich text the portable tree cannot hold, in every locale's text. */
function checkRichText(ctx: BuildContext, included: Inclusion['included']): void {
  for (const c of BUNDLE_COLLECTIONS) {
    for (const field of LOCALIZED_FIELDS[c].filter((f) => f.richText)) {
      for (const id of included[c]) {
        for (const l of ctx.allLocales) {
          const doc = ctx.docsIn(l, c)[id]
          if (!doc) continue
          for (const p of ctx.rt.get(doc, field.path).problems) {
            ctx.problem({
              code: p.code === 'bad-link' ? 'link' : 'rich-text',
              collection: c,
              id,
              field: field.path,
              locale: l,
              message: `${p.path} (${p.nodeType}): ${p.message}`,
            })
          }
        }
      }
    }
  }
}
