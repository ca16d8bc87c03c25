'use client'
import { useField } from '@payloadcms/ui'

type Row = {
  locale?: string
  status?: string
  staleFields?: string[] | null
  approvedAt?: string | null
  comment?: string | null
}

/** Sidebar display of the `translations` JSON: one line per locale with its status. Read-only. */
export function TranslationsField({ path }: { path?: string }) {
  const { value } = useField<Row[] | null>({ path: path ?? 'translations' })
  const rows = Array.isArray(value) ? value : []
  return (
    <div className="field-type" style={{ marginBottom: 16 }}>
      <div className="field-label" style={{ marginBottom: 4 }}>
        Translations
      </div>
      {rows.length === 0 ? (
        <div style={{ fontSize: 12, opacity: 0.7 }}>Not saved yet.</div>
      ) : (
        <table style={{ fontSize: 12, borderCollapse: 'collapse' }}>
          <tbody>
            {rows.map((r) => (
              <tr key={r.locale}>
                <td style={{ paddingRight: 8, fontWeight: 600 }}>{r.locale}</td>
                <td style={{ paddingRight: 8 }}>{r.status}</td>
                <td style={{ opacity: 0.75 }}>
                  {r.staleFields?.length
                    ? `source changed: ${r.staleFields.join(', ')}`
                    : r.approvedAt
                      ? `approved ${r.approvedAt.slice(0, 10)}`
                      : ''}
                  {r.comment ? ` — ${r.comment}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

export default TranslationsField
