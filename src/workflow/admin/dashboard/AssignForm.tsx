'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * Assign one translation (a document in one locale) to a translator of that locale, with a due
 * date: POST /api/translation-assignments/assign. The server checks everything again.
 */
export function AssignForm(props: {
  collection: string
  docId: string
  locale: string
  translators: Array<{ id: string | number; name: string }>
  assignee: string | number | null
  due: string | null
  label: string
}) {
  const { config } = useConfig()
  const [assignee, setAssignee] = useState(props.assignee === null ? '' : String(props.assignee))
  const [due, setDue] = useState(props.due ?? '')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const id = `assign-${props.collection}-${props.docId}-${props.locale}`
  const save = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(
        `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}/translation-assignments/assign`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            collection: props.collection,
            docId: props.docId,
            locale: props.locale,
            assignee,
            due,
          }),
        },
      )
      const json = (await res.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
      if (!res.ok) setMessage(json.errors?.[0]?.message ?? `Refused (${res.status}).`)
      else window.location.reload()
    } catch (e) {
      setMessage(String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }} data-testid={id}>
      <label htmlFor={`${id}-who`} className="sr-only" style={srOnly}>
        Translator for {props.label}
      </label>
      <select id={`${id}-who`} value={assignee} onChange={(e) => setAssignee(e.target.value)} disabled={busy}>
        <option value="">Not assigned</option>
        {props.translators.map((t) => (
          <option key={String(t.id)} value={String(t.id)}>
            {t.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-due`} style={srOnly}>
        Due date for {props.label}
      </label>
      <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} disabled={busy} />
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void save()}>
        Assign
      </Button>
      {message ? (
        <span role="alert" style={{ color: 'var(--theme-error-800)' }}>
          {message}
        </span>
      ) : null}
    </div>
  )
}

const srOnly: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}

export default AssignForm
