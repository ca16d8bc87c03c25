/** POST /api/publications/check: the readiness of a report, per locale (a dry run: nothing written). */
import type { Payload, PayloadHandler } from 'payload'

import { canCheckPublish, canPublishIncomplete } from '../../../access/publishing'
import type { Problem } from '../../bundle/problems'
import type { BundleLocale } from '../../bundle/schema'
import { reportById } from '../../collect/report'
import { PublishArgumentError } from '../../errors'
import { publish } from '../../index'
import type { PublishResult } from '../../release/release'
import { releasesDir } from '../../release/folder'
import { type PublishRequestBody, parsePublishBody } from './body'
import { fail, readBody, requireUser } from './http'
import { glossaryReadiness, type GlossaryWarning } from '../../../xliff/server/qa'

export interface ProblemOut extends Problem {
  /** The document's edit view, in the problem's locale: where to fix it. */
  url: string
}

export interface CheckResponse {
  ok: boolean
  status: 'dry-run' | 'unchanged' | 'invalid'
  report: { id: string | number; slug: string; year: number | null; title: string }
  locales: BundleLocale[]
  version: string | null
  previousVersion: string | null
  summary: string
  fallbacks: number
  /** Per requested locale: ready, or what blocks it. */
  byLocale: Record<string, { ready: boolean; problems: ProblemOut[] }>
  /** Problems that concern every locale (locale null). */
  general: ProblemOut[]
  problems: ProblemOut[]
  /** Glossary QA of the approved translations: warnings, never blocking (src/xliff/server/qa.ts). */
  glossary?: GlossaryWarning[]
}

/** The dry run behind POST /check (and the tests): validation only, nothing written, nothing recorded. */
export async function checkReadiness(
  payload: Payload,
  body: PublishRequestBody,
  serverURL = '',
): Promise<CheckResponse> {
  const report = await reportById(payload, body.report)
  if (!report) throw fail(`No report with id ${String(body.report)}.`, 404)
  let result: PublishResult
  try {
    result = await publish(payload, {
      report: String(report.slug ?? report.year),
      locales: body.locales,
      version: body.version,
      allowIncomplete: body.allowIncomplete,
      out: releasesDir(),
      dryRun: true,
      record: false,
    })
  } catch (e) {
    if (e instanceof PublishArgumentError) throw fail(e.message.replace(/--version/g, 'The version'), 400)
    throw e
  }
  const problems: ProblemOut[] = result.problems.map((p) => ({ ...p, url: `${serverURL}${p.adminUrl}` }))
  const general = problems.filter((p) => !p.locale)
  const byLocale: CheckResponse['byLocale'] = {}
  for (const l of body.locales) {
    const own = problems.filter((p) => p.locale === l)
    byLocale[l] = { ready: own.length === 0 && general.length === 0, problems: own }
  }
  return {
    ok: result.status !== 'invalid',
    status: result.status as CheckResponse['status'],
    report: {
      id: report.id,
      slug: String(report.slug ?? ''),
      year: report.year ?? null,
      title: String(report.title ?? report.slug ?? ''),
    },
    locales: body.locales,
    version: result.version,
    previousVersion: result.previousVersion,
    summary: result.summary.split('\n')[0],
    fallbacks: result.fallbacks,
    byLocale,
    glossary: await glossaryReadiness(payload, report.id, body.locales, serverURL),
    general,
    problems,
  }
}

export const check: PayloadHandler = async (req) => {
  requireUser(req, canCheckPublish, 'check a report for publishing (admins, reviewers and editors may)')
  const body = parsePublishBody(await readBody(req))
  if (body.allowIncomplete && !canPublishIncomplete(req.user))
    throw fail('Only admins may check or publish with incomplete translations.', 403)
  return Response.json(await checkReadiness(req.payload, body, req.payload.config.serverURL ?? ''))
}
