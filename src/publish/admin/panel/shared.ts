/** What the parts of the publish panel share: styles, step names, the API call. */
import type React from 'react'

import type { StepName } from '../../job/progress'

export const STEP_LABELS: Record<string, string> = {
  queued: 'Queued',
  collect: 'Collecting the approved content',
  validate: 'Validating',
  media: 'Preparing the images',
  compare: 'Comparing with the previous version',
  write: 'Writing the bundle',
  pdf: 'Typesetting the PDF edition',
  web: 'Building the web edition',
  done: 'Finished',
}
export const STEP_ORDER: StepName[] = [
  'queued',
  'collect',
  'validate',
  'media',
  'compare',
  'write',
  'pdf',
  'web',
  'done',
]

export const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px 16px',
  marginTop: 16,
}
export const muted: React.CSSProperties = { color: 'var(--theme-elevation-600)' }
export const good: React.CSSProperties = { color: '#1a7f37' }
export const bad: React.CSSProperties = { color: 'var(--theme-error-500, #b42318)' }
export const buttonClass = (style: 'primary' | 'secondary', disabled: boolean) =>
  `btn btn--style-${style} btn--size-medium${disabled ? ' btn--disabled' : ''}`

/** A JSON request to the API; a refusal becomes an Error with the server's message. */
export async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, {
    credentials: 'include',
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) },
  })
  const body = (await res.json().catch(() => ({}))) as T & { errors?: Array<{ message?: string }> }
  if (!res.ok) throw new Error(body.errors?.[0]?.message ?? `The server answered ${res.status}.`)
  return body
}

/** "Français (fr)" */
export type LocaleLabel = (code: string) => string
