'use client'
import { useAuth, useConfig, useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
import { useState } from 'react'

import type { WorkflowAction } from '../constants'
import { availableActions } from '../rules'

type Action = WorkflowAction

const LABELS: Record<Action, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  'request-changes': 'Request changes',
  reopen: 'Reopen',
}

/**
 * Replaces the admin's "Publish" button on workflow collections: approval is the only way to
 * publish. Posts to POST /api/<collection>/<id>/workflow for the locale being edited (the default
 * locale acts on the content, another locale on that translation). Shows only the actions the rules
 * (src/workflow/rules.ts) allow this user from the current state; the server decides again.
 */
export function WorkflowActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields?.['workflow.state']?.value) as string | undefined
  const translations = useFormFields(([fields]) => fields?.translations?.value) as
    | Array<{ locale?: string; status?: string }>
    | undefined
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  if (!id || !collectionSlug) return null
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const defaultLocale = config.localization ? config.localization.defaultLocale : 'en'
  const code = locale?.code
  const isTranslation = Boolean(code && code !== defaultLocale)
  const target = isTranslation ? `the ${code} translation` : 'the content'
  const current = isTranslation
    ? ((Array.isArray(translations) ? translations : []).find((r) => r?.locale === code)?.status ?? 'missing')
    : (state ?? 'draft')
  // Only what this user may do from here (the server decides again, with four-eyes and consent).
  const actions = availableActions(user, current, isTranslation ? (code ?? null) : null)

  const run = async (action: Action) => {
    let comment: string | undefined
    if (action === 'request-changes' || action === 'reopen') {
      const answer = window.prompt(action === 'request-changes' ? 'What needs to change?' : 'Why reopen? (optional)')
      if (answer === null) return
      comment = answer
    }
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${api}/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, locale: code, comment }),
      })
      const json = (await res.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
      if (!res.ok) {
        setMessage(json.errors?.[0]?.message ?? `Refused (${res.status}).`)
      } else {
        window.location.reload()
      }
    } catch (e) {
      setMessage(String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
      <span style={{ fontSize: 12, opacity: 0.8 }}>
        {target}: <strong>{current}</strong>
      </span>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={() => void run(action)}
          style={{ margin: 0 }}
        >
          {LABELS[action]}
        </button>
      ))}
      {message && (
        <span role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 12 }}>
          {message}
        </span>
      )}
    </div>
  )
}

/** Replaces the "Unpublish" button: use Reopen (admins and reviewers) to withdraw an approval. */
export function NoUnpublish() {
  return null
}

export default WorkflowActions
