import type { Access } from 'payload'

import { isAdmin } from './roles'

/**
 * Only admins delete, and only what was never published: a document that has an approved or
 * published version goes to the trash instead (soft delete), so it can be restored and the
 * published record stays intact. The "never hard-delete published content" half is enforced by
 * the workflow's beforeDelete hook (src/workflow/hooks.ts).
 */
export const adminOnlyDelete: Access = ({ req }) => isAdmin(req.user)
