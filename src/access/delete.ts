import type { Access } from 'payload'

import { isAdmin } from './roles'

/**
 * Only admins delete, and only what was never published: a document that has an approved or
 * published version goes to the trash instead (soft delete), so it can be restored and the
 * published record stays intact.
 */
export const adminOnlyDelete: Access = ({ req }) => isAdmin(req.user)
