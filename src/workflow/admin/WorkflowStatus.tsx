'use client'
import { Pill, useConfig, useFormFields, useLocale } from '@payloadcms/ui'

type Row = { locale?: string; status?: string }

const STYLE: Record<string, 'success' | 'warning' | 'error' | 'light' | 'dark'> = {
  approved: 'success',
  'ready-for-review': 'warning',
  'in-review': 'warning',
  'in-progress': 'light',
  draft: 'light',
  'changes-requested': 'error',
  stale: 'error',
  missing: 'light',
}

const label = (s: string) => s.replace(/-/g, ' ')

/**
 * The one status of a workflow document, in place of Payload's draft/published line (and its
 * "Revert to published", which would undo approved work): the editorial state of the content, then
 * each translation's state. The locale being edited is marked.
 */
export function WorkflowStatus() {
  const locale = useLocale()
  const { config } = useConfig()
  const state = (useFormFields(([fields]) => fields?.['workflow.state']?.value) as string | undefined) ?? 'draft'
  const value = useFormFields(([fields]) => fields?.translations?.value) as Row[] | undefined
  const rows = Array.isArray(value) ? value : []
  const defaultLocale = config.localization ? config.localization.defaultLocale : 'en'
  const entries: Array<{ locale: string; status: string }> = [
    { locale: defaultLocale, status: state },
    ...rows.filter((r) => r.locale).map((r) => ({ locale: r.locale!, status: r.status ?? 'missing' })),
  ]
  return (
    <ul
      data-testid="workflow-status"
      aria-label="Workflow status per language"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', margin: 0, padding: 0 }}
    >
      {entries.map((e) => (
        <li key={e.locale} aria-current={e.locale === locale?.code ? 'true' : undefined}>
          <Pill pillStyle={STYLE[e.status] ?? 'light'} size="small">
            <span style={{ fontWeight: e.locale === locale?.code ? 700 : 400 }}>
              {e.locale}: {label(e.status)}
            </span>
          </Pill>
        </li>
      ))}
    </ul>
  )
}

export default WorkflowStatus
