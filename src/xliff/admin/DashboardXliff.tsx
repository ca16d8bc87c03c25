import type { PayloadRequest } from 'payload'

import { glossaryWarnings } from '../server/qa'
import { loadGlossary } from '../server/glossary'
import { mayTranslate } from '../server/import'
import { GlossaryWarnings } from './GlossaryWarnings'
import { XliffPanel } from './XliffPanel'

/**
 * What the translation dashboard shows per report and locale (server component): the XLIFF
 * download / upload panel for people who may translate into the locale, and the glossary QA of the
 * latest drafts. The QA reads every document of the report, so it runs when asked for (`check`),
 * not on every visit: otherwise a link asks for it.
 */
export async function DashboardXliff({
  req,
  report,
  locale,
  check,
  checkHref,
}: {
  req: PayloadRequest
  report: string | number
  locale: string
  /** Run the glossary QA now. */
  check: boolean
  /** The page that runs it. */
  checkHref: string
}) {
  const glossary = await loadGlossary(req.payload)
  const warnings =
    glossary.length && check
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
      {check && warnings.length ? (
        <GlossaryWarnings warnings={warnings} title={`Glossary check (${locale}, latest drafts)`} />
      ) : check ? (
        <p data-testid={`glossary-ok-${locale}`}>
          Glossary check ({locale}, latest drafts): {glossary.length ? 'no warnings.' : 'there is no glossary yet.'}
        </p>
      ) : glossary.length ? (
        <p>
          <a href={checkHref} data-testid={`glossary-check-${locale}`}>
            Check the glossary terms in the latest {locale} drafts
          </a>
        </p>
      ) : null}
    </>
  )
}

export default DashboardXliff
