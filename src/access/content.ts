/**
 * Access rules of the content collections (reports, chapters, testimonies, defenders, statistics,
 * organisations). Deny by default:
 * - read: any signed-in user with a role (anonymous: nothing; the public reads published bundles);
 * - create: admins, editors, reviewers;
 * - update: admins, editors, reviewers; translators only when writing one of their own locales
 *   (`user.locales`), and then only localised fields (see `restrictNonLocalisedFields`);
 * - delete: admins only (see ./delete.ts; published content is trashed, never hard-deleted).
 */
import type { Access, Field, FieldAccess } from 'payload'

import { DEFAULT_LOCALE } from '../locales'
import { hasRole, isStaff, type FolioUser } from './roles'

/** A translator writing `locale`, which is one of their locales (never the default locale, never 'all'). */
export const translatorMayWriteLocale = (user: unknown, locale: unknown): boolean => {
  if (!hasRole(user, 'translator') || typeof locale !== 'string') return false
  if (locale === 'all' || locale === DEFAULT_LOCALE) return false
  return Boolean((user as FolioUser).locales?.includes(locale as never))
}

export const contentRead: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer', 'translator')
export const contentCreate: Access = ({ req }) => isStaff(req.user)
export const contentUpdate: Access = ({ req }) => isStaff(req.user) || translatorMayWriteLocale(req.user, req.locale)

/** Non-localised fields: written by staff only (translators' values are ignored). */
export const staffWritesField: FieldAccess = ({ req }) => isStaff(req.user)

type AnyField = Field & {
  name?: string
  localized?: boolean
  fields?: Field[]
  tabs?: Array<{ fields: Field[]; localized?: boolean }>
  blocks?: Array<{ fields: Field[] }>
  access?: Record<string, unknown>
}

const CONTAINERS = new Set(['group', 'array', 'blocks', 'row', 'collapsible', 'tabs'])

/**
 * Returns the fields with `access.update` (and `create`) restricted to staff on every
 * non-localised data field, so a translator can only change localised text. Fields that already
 * have a stricter rule keep it. Containers (groups, arrays, tabs, rows) are walked, not locked,
 * so localised fields inside them stay writable.
 */
export function restrictNonLocalisedFields(fields: Field[], inLocalized = false): Field[] {
  return fields.map((f) => {
    const field = { ...(f as AnyField) } as AnyField
    const loc = inLocalized || Boolean(field.localized)
    if (field.type === 'tabs' && field.tabs) {
      ;(field as { tabs: unknown }).tabs = field.tabs.map((t) => ({
        ...t,
        fields: restrictNonLocalisedFields(t.fields, loc || Boolean(t.localized)),
      }))
      return field as Field
    }
    if (field.type === 'blocks' && field.blocks && !loc) {
      ;(field as { blocks: unknown }).blocks = field.blocks.map((b) => ({
        ...b,
        fields: restrictNonLocalisedFields(b.fields, loc),
      }))
    }
    if (CONTAINERS.has(field.type) && field.fields && !loc) {
      field.fields = restrictNonLocalisedFields(field.fields, loc)
      return field as Field
    }
    if (loc || CONTAINERS.has(field.type) || !field.name || field.type === 'ui' || field.type === 'join')
      return field as Field
    const access = { ...(field.access ?? {}) } as Record<string, unknown>
    access.update ??= staffWritesField
    access.create ??= staffWritesField
    field.access = access as never
    return field as Field
  })
}
