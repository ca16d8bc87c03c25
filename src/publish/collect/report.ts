/** Finding the report to publish: the one lookup the CLI, the admin's job and its endpoints share. */
import type { Payload, Where } from 'payload'

import type { Report } from '../../../payload-types'
import { dbId } from '../../model/ids'

/** A report by year or slug, drafts included (so a message can say "not approved"), or null. */
export async function findReport(payload: Payload, yearOrSlug: string): Promise<Report | null> {
  const or: Where[] = [{ slug: { equals: yearOrSlug } }]
  if (/^\d{4}$/.test(yearOrSlug)) or.push({ year: { equals: Number(yearOrSlug) } })
  const found = await payload.find({
    collection: 'reports',
    where: { or },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    locale: 'en',
  })
  return found.docs[0] ?? null
}

/** A report by id (as text or number), drafts included, or null when there is none. */
export async function reportById(payload: Payload, id: string | number): Promise<Report | null> {
  return payload
    .findByID({ collection: 'reports', id: dbId(id), depth: 0, draft: true, overrideAccess: true, locale: 'en' })
    .catch(() => null)
}
