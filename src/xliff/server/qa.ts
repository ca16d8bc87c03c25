/**
 * The glossary QA of a report's translations: per locale, every unit whose source contains a
 * glossary term and whose translation lacks the approved term (or does not keep a
 * do-not-translate term), or uses a forbidden variant. Warnings only: nothing is blocked.
 *
 * `source: 'drafts'` checks the latest drafts (the translation dashboard); `'approved'` the
 * approved content and translations, i.e. what a publish would hold (the readiness report).
 */
import type { Payload } from 'payload'

import { DEFAULT_LOCALE } from '../../model/locales'
import { getApprovedDocumentLocales } from '../../workflow/approved'
import { checkTerms } from '../glossary'
import { segText } from '../inline'
import { currentTargets } from '../units'
import { reportDocuments, type LoadedDocument } from './documents'
import { loadGlossary } from './glossary'

export interface GlossaryWarning {
  locale: string
  collection: string
  id: string
  title: string
  /** The field and position (`body/3`). */
  where: string
  term: string
  kind: 'missing-approved' | 'forbidden-variant'
  message: string
  url: string
}

async function approvedPair(payload: Payload, d: LoadedDocument, locale: string): Promise<LoadedDocument | null> {
  const got = await getApprovedDocumentLocales(payload, d.collection, d.id, [DEFAULT_LOCALE, locale] as never)
  const en = got[DEFAULT_LOCALE]
  const tr = got[locale]
  if (en?.status !== 'approved' || tr?.status !== 'approved') return null
  return { ...d, source: en.doc as LoadedDocument['source'], target: tr.doc as LoadedDocument['target'] }
}

/** Glossary warnings of one report, for each of `locales`. Empty when the glossary is. */
export async function glossaryWarnings(
  payload: Payload,
  opts: { report: string; locales: string[]; source: 'drafts' | 'approved'; adminUrl?: string },
): Promise<GlossaryWarning[]> {
  const entries = await loadGlossary(payload)
  if (!entries.length) return []
  const adminUrl = opts.adminUrl ?? payload.config.routes?.admin ?? '/admin'
  const out: GlossaryWarning[] = []
  for (const locale of opts.locales) {
    if (locale === DEFAULT_LOCALE) continue
    const found = await reportDocuments(payload, opts.report, locale)
    for (const loaded of found?.documents ?? []) {
      const d = opts.source === 'approved' ? await approvedPair(payload, loaded, locale) : loaded
      if (!d) continue
      const { units, targets } = currentTargets({ collection: d.collection, id: d.id }, d.fields, d.source, d.target)
      for (const u of units) {
        const t = targets.get(u.id)
        if (!t) continue
        for (const issue of checkTerms(segText(u.source), segText(t.seg), entries, locale))
          out.push({
            locale,
            collection: d.collection,
            id: d.id,
            title: d.title,
            where: u.resname,
            term: issue.term,
            kind: issue.kind,
            message: issue.message,
            url: `${adminUrl}/collections/${d.collection}/${d.id}?locale=${locale}`,
          })
      }
    }
  }
  return out
}

/** For the publish readiness report (src/publish/endpoints.ts checkReadiness): approved content, warnings only. */
export const glossaryReadiness = (payload: Payload, report: string | number, locales: string[], serverURL = '') =>
  glossaryWarnings(payload, {
    report: String(report),
    locales,
    source: 'approved',
    adminUrl: `${serverURL}${payload.config.routes?.admin ?? '/admin'}`,
  })
