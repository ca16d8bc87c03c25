import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

import { subRequest } from '../request'

/** Published content is never hard-deleted: it goes to the trash (and can be restored). */
export const preventHardDeleteOfPublished: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const versions = await req.payload.findVersions({
    collection: collection.slug as CollectionSlug,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    trash: true,
    req: subRequest(req),
  })
  if (versions.totalDocs > 0) {
    throw new APIError('This document has been published: it cannot be deleted, only moved to the trash.', 403)
  }
}
