/**
 * Small named access functions. Deny by default: every collection lists its operations with one of
 * these, and nothing is readable without a signed-in user (the public reads published bundles).
 */
import type { Access, FieldAccess } from 'payload'

import { hasRole, isAdmin, isStaff } from './roles'

export * from './roles'

export const nobody: Access = () => false

/** Any signed-in user with at least one role. */
export const authenticated: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer', 'translator')

export const adminOnly: Access = ({ req }) => isAdmin(req.user)

export const staffOnly: Access = ({ req }) => isStaff(req.user)

/** Admins and editors: the people who hold testimony confidential data. */
export const adminOrEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Admins see every user; everybody else only themselves. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (req.user && hasRole(req.user, 'editor', 'reviewer', 'translator')) {
    return { id: { equals: req.user.id } }
  }
  return false
}

export const adminFieldOnly: FieldAccess = ({ req }) => isAdmin(req.user)
export const adminOrEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
export * from './content'
export * from './publishing'
