/** The readiness report of a check: every problem, for every language or one, with a link to fix it. */
import { GlossaryWarnings } from '../../../xliff/admin/GlossaryWarnings'
import type { CheckResponse, ProblemOut } from '../api/check'
import { bad, box, good, type LocaleLabel } from './shared'

export function ProblemList({ problems }: { problems: ProblemOut[] }) {
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {problems.map((p) => (
        <li key={`${p.code}-${p.collection}-${p.id}-${p.field ?? ''}-${p.locale ?? ''}-${p.message}`}>
          <strong>{p.title || `${p.collection} ${p.id}`}</strong>{' '}
          <small>
            ({p.collection}
            {p.field ? `, ${p.field}` : ''}
            {p.locale ? `, ${p.locale}` : ''})
          </small>
          : {p.message} <a href={p.url || p.adminUrl}>Fix</a>
        </li>
      ))}
    </ul>
  )
}

export function CheckReport({ check, localeLabel }: { check: CheckResponse; localeLabel: LocaleLabel }) {
  return (
    <section style={box} data-testid="publish-check-result" aria-labelledby="publish-check-heading">
      <h2 id="publish-check-heading" style={{ margin: '0 0 8px', fontSize: 20 }}>
        Readiness:{' '}
        {!check.ok ? (
          <span style={bad}>not ready</span>
        ) : check.status === 'unchanged' ? (
          <span style={good}>up to date (nothing changed since {check.version})</span>
        ) : (
          <span style={good}>ready to publish</span>
        )}
      </h2>
      <p style={{ margin: '0 0 8px' }}>{check.summary}</p>
      {check.general.length ? (
        <div data-testid="publish-check-general">
          <h3 style={{ margin: '8px 0 0', fontSize: 16 }}>Every language ({check.general.length})</h3>
          <ProblemList problems={check.general} />
        </div>
      ) : null}
      {check.locales.map((l) => {
        const r = check.byLocale[l]
        return (
          <div key={l} data-testid={`publish-check-locale-${l}`} style={{ marginTop: 8 }}>
            <h3 style={{ margin: 0, fontSize: 16 }}>
              {localeLabel(l)}:{' '}
              {r?.ready ? (
                <span style={good}>ready</span>
              ) : r?.problems.length ? (
                <span style={bad}>
                  {r.problems.length} problem{r.problems.length === 1 ? '' : 's'}
                </span>
              ) : (
                <span style={bad}>blocked by the problems above</span>
              )}
            </h3>
            {r?.problems.length ? <ProblemList problems={r.problems} /> : null}
          </div>
        )
      })}
      <GlossaryWarnings warnings={check.glossary ?? []} />
    </section>
  )
}
