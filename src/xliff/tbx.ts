/**
 * The glossary as TBX-Basic (ISO 30042:2019, TBX v3, DCA style), for CAT tools' term bases. Pure.
 *
 * One <conceptEntry> per glossary entry: the English term (preferred), and per target language the
 * approved term (preferred), or the English term itself for a do-not-translate entry, and each
 * forbidden variant (deprecated). The entry's note is a <note>.
 */
import type { GlossaryEntry } from './glossary'
import { attrs, text, XML_DECL } from './xml'

export const TBX_NS = 'urn:iso:std:iso:30042:ed-2'

const termSec = (term: string, status: 'preferredTerm-admn-sts' | 'deprecatedTerm-admn-sts', note?: string) =>
  [
    '          <termSec>',
    `            <term>${text(term)}</term>`,
    `            <termNote type="administrativeStatus">${status}</termNote>`,
    ...(note ? [`            <note>${text(note)}</note>`] : []),
    '          </termSec>',
  ].join('\n')

function entry(e: GlossaryEntry, i: number, source: string, locales: string[]): string {
  const lines = [`      <conceptEntry${attrs({ id: `c${e.id ?? i + 1}` })}>`]
  if (e.note) lines.push(`        <note>${text(e.note)}</note>`)
  lines.push(`        <langSec xml:lang="${source}">`, termSec(e.term, 'preferredTerm-admn-sts'), '        </langSec>')
  for (const l of locales) {
    const approved = e.doNotTranslate ? e.term : e.translations[l]
    const forbidden = e.forbidden.filter((f) => f.locale === l)
    if (!approved && !forbidden.length) continue
    lines.push(`        <langSec xml:lang="${l}">`)
    if (approved)
      lines.push(termSec(approved, 'preferredTerm-admn-sts', e.doNotTranslate ? 'Do not translate.' : undefined))
    for (const f of forbidden) lines.push(termSec(f.variant, 'deprecatedTerm-admn-sts', 'Forbidden: do not use.'))
    lines.push('        </langSec>')
  }
  lines.push('      </conceptEntry>')
  return lines.join('\n')
}

/** A TBX-Basic file of the glossary for `source` and the `locales` it is exported for. */
export function writeTbx(entries: GlossaryEntry[], opts: { source: string; locales: string[]; title: string }): string {
  return `${XML_DECL}<tbx${attrs({ type: 'TBX-Basic', style: 'dca', 'xml:lang': opts.source, xmlns: TBX_NS })}>
  <tbxHeader>
    <fileDesc>
      <sourceDesc>
        <p>${text(opts.title)}</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
${entries.map((e, i) => entry(e, i, opts.source, opts.locales)).join('\n')}
    </body>
  </text>
</tbx>
`
}
