import type { LocaleCode } from '../model/locales'
import { ROLES, type Role } from '../model/roles'

export { ROLES, type Role }

/** The shape of an authenticated user as access functions see it. */
export interface FolioUser {
  id: number | string
  collection?: string
  roles?: Role[] | null
  locales?: LocaleCode[] | null
}

export const hasRole = (user: unknown, ...roles: Role[]): boolean => {
  const u = user as FolioUser | null | undefined
  return Boolean(u && u.collection !== 'api-keys' && u.roles?.some((r) => roles.includes(r)))
}

export const isAdmin = (user: unknown) => hasRole(user, 'admin')
/** Admins, editors and reviewers write content in the source language. */
export const isStaff = (user: unknown) => hasRole(user, 'admin', 'editor', 'reviewer')
/** Roles that may approve content and translations. */
export const canApprove = (user: unknown) => hasRole(user, 'admin', 'reviewer')
