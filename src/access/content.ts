/**
 * Access rules of the content collections (reports, chapters, testimonies, defenders, statistics,
 * organisations). Deny by default:
 * - read: any signed-in user with a role (anonymous: nothing; the public reads published bundles);
 * - create: admins, editors, reviewers;
 * - update: admins, editors, reviewers; translators only when writing one of their own locales
 *   (`user.locales`), and then only localised fields (the workflow plugin makes shared fields
 *   staff-only and refuses a translator's change to them: src/workflow/hooks/writers.ts);
 * - delete: admins only (published content is trashed, never hard-deleted).
 */
import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { DEFAULT_LOCALE } from '../model/locales'
import { hasRole, isAdmin, isStaff, type FolioUser } from './roles'

/** A translator writing `locale`, which is one of their locales (never the default locale, never 'all'). */
export const translatorMayWriteLocale = (user: unknown, locale: unknown): boolean => {
  if (!hasRole(user, 'translator') || typeof locale !== 'string') return false
  if (locale === 'all' || locale === DEFAULT_LOCALE) return false
  return Boolean(((user as FolioUser).locales as string[] | null | undefined)?.includes(locale))
}

export const contentRead: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer', 'translator')
export const contentCreate: Access = ({ req }) => isStaff(req.user)
export const contentUpdate: Access = ({ req }) => isStaff(req.user) || translatorMayWriteLocale(req.user, req.locale)
export const contentDelete: Access = ({ req }) => isAdmin(req.user)

/** The access of every content collection, in one object. */
export const contentAccess = {
  read: contentRead,
  readVersions: contentRead,
  create: contentCreate,
  update: contentUpdate,
  delete: contentDelete,
} satisfies CollectionConfig['access']

/** Shared (non-localised) fields: written by staff only. */
export const staffWritesField: FieldAccess = ({ req }) => isStaff(req.user)
