/** The state of the publish panel: the choices, the last check, the publication being followed. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { CheckResponse } from '../api/check'
import type { StatusResponse } from '../api/status'
import { call } from './shared'

export type ReportOption = { id: number | string; title: string; year: number | null; slug: string }

export type PanelProps = {
  reports: ReportOption[]
  initialReport: string
  initialStatus: StatusResponse | null
  locales: Array<{ code: string; label: string }>
  mayPublish: boolean
  mayPublishIncomplete: boolean
  apiRoute: string
  adminRoute: string
}

const SEMVER = /^\d+\.\d+\.\d+$/

/** What to check or publish: report, languages, version, incomplete; and the request body. */
function useChoices(props: PanelProps) {
  const { locales, mayPublishIncomplete } = props
  const [report, setReport] = useState(props.initialReport)
  const [chosen, setChosen] = useState<string[]>(locales.map((l) => l.code))
  const [versionMode, setVersionMode] = useState<'auto' | 'explicit'>('auto')
  const [versionText, setVersionText] = useState('')
  const [incomplete, setIncomplete] = useState(false)
  const versionError =
    versionMode === 'explicit' && !SEMVER.test(versionText.trim())
      ? 'Give the version as MAJOR.MINOR.PATCH, e.g. 1.2.0.'
      : null
  const body = useMemo(
    () => ({
      report,
      locales: locales.map((l) => l.code).filter((c) => chosen.includes(c)),
      version: versionMode === 'auto' ? 'auto' : versionText.trim(),
      allowIncomplete: mayPublishIncomplete && incomplete,
    }),
    [report, chosen, versionMode, versionText, incomplete, locales, mayPublishIncomplete],
  )
  return {
    ...{ report, setReport, chosen, setChosen, versionMode, setVersionMode, versionText, setVersionText },
    ...{ incomplete, setIncomplete, versionError, key: JSON.stringify(body) },
    canSubmit: !versionError && body.locales.length > 0,
  }
}

/** Polls the publication while it runs (every second); stops when it is finished. */
function usePolling(
  running: boolean,
  publicationId: string | number | undefined,
  apiRoute: string,
  setStatus: (s: StatusResponse) => void,
  setError: (e: string) => void,
) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    if (!running || publicationId == null) return
    let stopped = false
    const tick = async () => {
      try {
        const next = await call<StatusResponse>(`${apiRoute}/publications/status/${publicationId}`)
        if (!stopped) setStatus(next)
      } catch (e) {
        if (!stopped) setError((e as Error).message)
      }
      if (!stopped) timer.current = setTimeout(tick, 1000)
    }
    timer.current = setTimeout(tick, 1000)
    return () => {
      stopped = true
      if (timer.current) clearTimeout(timer.current)
    }
  }, [running, publicationId, apiRoute, setStatus, setError])
}

export function usePublishPanel(props: PanelProps) {
  const { locales, mayPublish, mayPublishIncomplete, apiRoute } = props
  const choices = useChoices(props)
  const [check, setCheck] = useState<CheckResponse | null>(null)
  const [checkedFor, setCheckedFor] = useState<string | null>(null)
  const [busy, setBusy] = useState<'check' | 'publish' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<StatusResponse | null>(props.initialStatus)
  const localeLabel = useCallback((c: string) => `${locales.find((l) => l.code === c)?.label ?? c} (${c})`, [locales])
  const { key, canSubmit, incomplete } = choices
  const checkValid = Boolean(check && checkedFor === key)
  const running = Boolean(status?.running)
  const publishEnabled =
    mayPublish &&
    canSubmit &&
    !running &&
    busy === null &&
    ((checkValid && check!.ok) || (mayPublishIncomplete && incomplete))
  usePolling(running, status?.publication?.id, apiRoute, setStatus, setError)

  const attempt = async (what: 'check' | 'publish', work: () => Promise<void>, onError?: () => void) => {
    setBusy(what)
    setError(null)
    try {
      await work()
    } catch (e) {
      onError?.()
      setError((e as Error).message)
    } finally {
      setBusy(null)
    }
  }
  const runCheck = () =>
    attempt(
      'check',
      async () => {
        setCheck(await call<CheckResponse>(`${apiRoute}/publications/check`, { method: 'POST', body: key }))
        setCheckedFor(key)
      },
      () => setCheck(null),
    )
  const runPublish = () =>
    attempt('publish', async () => {
      const queued = await call<{ publication: number | string }>(`${apiRoute}/publications/publish`, {
        method: 'POST',
        body: key,
      })
      setStatus(await call<StatusResponse>(`${apiRoute}/publications/status/${queued.publication}`))
    })
  const chooseReport = async (id: string) => {
    choices.setReport(id)
    setCheck(null)
    setError(null)
    const url = new URL(window.location.href)
    url.searchParams.set('report', id)
    window.history.replaceState(null, '', url.toString())
    if (!mayPublish) return setStatus(null)
    try {
      const latest = await call<StatusResponse | { publication: null }>(
        `${apiRoute}/publications/latest?report=${encodeURIComponent(id)}`,
      )
      setStatus(latest.publication ? (latest as StatusResponse) : null)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return {
    ...choices,
    ...{ check, checkValid, busy, error, status, running, publishEnabled, localeLabel },
    ...{ runCheck, runPublish, chooseReport },
  }
}

export type Panel = ReturnType<typeof usePublishPanel>
