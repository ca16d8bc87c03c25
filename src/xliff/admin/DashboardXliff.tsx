import type { PayloadRequest } from 'payload'

import { glossaryWarnings } from '../server/qa'
import { loadGlossary } from '../server/glossary'
import { mayTranslate } from '../server/import'
import { GlossaryWarnings } from './GlossaryWarnings'
import { XliffPanel } from './XliffPanel'

/**
 * What the translation dashboard shows per report and locale (server component): the XLIFF
 * download / upload panel for people who may translate into the locale, and the glossary QA of the
 * latest drafts.
 */
export async function DashboardXliff({
  req,
  report,
  locale,
}: {
  req: PayloadRequest
  report: string | number
  locale: string
}) {
  const glossary = await loadGlossary(req.payload)
  const warnings = glossary.length
    ? await glossaryWarnings(req.payload, {
        report: String(report),
        locales: [locale],
        source: 'drafts',
        adminUrl: req.payload.config.routes.admin,
      })
    : []
  return (
    <>
      {mayTranslate(req.user, locale) ? (
        <XliffPanel
          apiRoute={req.payload.config.routes.api}
          report={String(report)}
          locale={locale}
          hasGlossary={glossary.length > 0}
        />
      ) : null}
      <GlossaryWarnings warnings={warnings} title={`Glossary check (${locale}, latest drafts)`} />
    </>
  )
}

export default DashboardXliff
