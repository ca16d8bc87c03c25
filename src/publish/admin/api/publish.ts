/** POST /api/publications/publish: queues the publishReport job (202 { publication, job, status }). */
import type { PayloadHandler } from 'payload'

import { canPublish, canPublishIncomplete } from '../../../access/publishing'
import { reportById } from '../../collect/report'
import { PublishArgumentError } from '../../errors'
import { enqueuePublish, PublishBusyError } from '../../job/enqueue'
import { parsePublishBody } from './body'
import { apiUrl, fail, readBody, requireUser } from './http'

export const enqueue: PayloadHandler = async (req) => {
  requireUser(req, canPublish, 'publish (admins and reviewers may)')
  const body = parsePublishBody(await readBody(req))
  if (body.allowIncomplete && !canPublishIncomplete(req.user))
    throw fail('Only admins may publish with incomplete translations.', 403)
  const report = await reportById(req.payload, body.report)
  if (!report) throw fail(`No report with id ${String(body.report)}.`, 404)
  try {
    const queued = await enqueuePublish(
      req.payload,
      {
        report: report.id,
        locales: body.locales,
        version: body.version,
        allowIncomplete: body.allowIncomplete,
        user: req.user as { id: number },
      },
      { req },
    )
    return Response.json(
      { ...queued, status: `${apiUrl(req.payload)}/publications/status/${String(queued.publication)}` },
      { status: 202 },
    )
  } catch (e) {
    if (e instanceof PublishBusyError) {
      return Response.json({ errors: [{ message: e.message }], publication: e.publicationId }, { status: 409 })
    }
    if (e instanceof PublishArgumentError) throw fail(e.message, 400)
    throw e
  }
}
