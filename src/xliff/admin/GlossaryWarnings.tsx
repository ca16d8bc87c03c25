import type { GlossaryWarning } from '../server/qa'

/**
 * The glossary QA's warnings, grouped by document (translation dashboard and publish readiness
 * report). Warnings: they never block a submission or a publish. Safe in server and client components.
 */
export function GlossaryWarnings({
  warnings,
  title = 'Glossary check',
}: {
  warnings: GlossaryWarning[]
  title?: string
}) {
  if (!warnings.length) return null
  const docs = new Map<string, GlossaryWarning[]>()
  for (const w of warnings) {
    const key = `${w.locale} ${w.collection} ${w.id}`
    docs.set(key, [...(docs.get(key) ?? []), w])
  }
  return (
    <details data-testid="glossary-warnings" style={{ marginTop: 8 }}>
      <summary>
        {title}: {warnings.length} warning{warnings.length === 1 ? '' : 's'} (not blocking)
      </summary>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {[...docs.values()].map((ws) => (
          <li key={`${ws[0].locale}-${ws[0].collection}-${ws[0].id}`}>
            <a href={ws[0].url}>{ws[0].title}</a>{' '}
            <small>
              ({ws[0].collection}, {ws[0].locale})
            </small>
            <ul>
              {ws.map((w) => (
                <li key={`${w.where}-${w.term}-${w.kind}`}>
                  <code>{w.where}</code>: {w.message}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  )
}

export default GlossaryWarnings
