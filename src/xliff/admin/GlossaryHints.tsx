import type { PayloadRequest } from 'payload'

import { termsIn } from '../glossary'
import { loadGlossary } from '../server/glossary'

const cacheKey = Symbol.for('folio.glossaryCache')

/** The glossary, read once per request (every localised field of a form shows hints). */
function glossaryOnce(req: PayloadRequest) {
  const holder = req as unknown as { [cacheKey]?: ReturnType<typeof loadGlossary> }
  holder[cacheKey] ??= loadGlossary(req.payload).catch(() => [])
  return holder[cacheKey]
}

/**
 * Beside the source text while translating (SourceText): the glossary terms the source contains,
 * with the approved term in the locale being edited, "do not translate", and forbidden variants.
 */
export async function GlossaryHints({ req, text, locale }: { req: PayloadRequest; text: string; locale: string }) {
  const found = termsIn(text, await glossaryOnce(req))
  if (!found.length) return null
  return (
    <ul className="folio-glossary-hints" style={{ margin: '4px 0 0', paddingInlineStart: 16, fontSize: 12 }}>
      {found.map((e) => {
        const forbidden = e.forbidden.filter((f) => f.locale === locale).map((f) => f.variant)
        return (
          <li key={String(e.id ?? e.term)}>
            <strong>{e.term}</strong> →{' '}
            {e.doNotTranslate ? (
              <em>do not translate</em>
            ) : e.translations[locale] ? (
              <strong lang={locale}>{e.translations[locale]}</strong>
            ) : (
              <em>no approved {locale} term yet</em>
            )}
            {forbidden.length ? <span> (not: {forbidden.join(', ')})</span> : null}
            {e.note ? <span style={{ opacity: 0.7 }}> — {e.note}</span> : null}
          </li>
        )
      })}
    </ul>
  )
}

export default GlossaryHints
