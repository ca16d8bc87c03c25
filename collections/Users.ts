import type { CollectionConfig } from 'payload'

import { adminFieldOnly, adminOnly, adminOrSelf, hasRole, isAdmin, ROLES } from '../src/access'
import { endOtherSessions, enforcePasswordPolicy, requireCurrentPassword } from '../src/access/password'
import { TRANSLATION_LOCALES } from '../src/model/locales'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'locales'],
    group: 'Administration',
  },
  auth: {
    // No lockout by Payload: it told who has an account and let anyone lock anyone out. Failed
    // logins are throttled per account and per client instead (src/security/login/).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.FOLIO_INSECURE_COOKIES !== 'true',
    },
  },
  // Failed logins and changes to users are audited by the workflow plugin (src/workflow/loginAudit.ts).
  // A password change needs the current password and ends the user's other sessions.
  hooks: {
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [requireCurrentPassword],
    afterChange: [endOtherSessions],
  },
  access: {
    admin: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer', 'translator'),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: ({ req }) => isAdmin(req.user),
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      // Never stored (virtual, and removed from the write by src/access/password.ts), so there is
      // nothing to read: it stays readable because the admin renders only readable fields, and
      // someone changing their own password must be able to type it.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      admin: {
        description: 'To change your own password, type your current one here.',
        condition: (data, _sibling, { user }) =>
          Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
        components: { Field: '/src/access/admin/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      options: ROLES.map((r) => ({ label: r[0].toUpperCase() + r.slice(1), value: r })),
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0
          ? true
          : 'Give the user at least one role (admin, editor, reviewer or translator).',
    },
    {
      name: 'locales',
      type: 'select',
      hasMany: true,
      // Its own table name: the default (users_locales) is the one SQL adapters use for localised fields.
      dbName: 'users_translator_locales',
      // PostgreSQL names the value's type after dbName unless told otherwise, and a type and a table
      // cannot share a name.
      enumName: 'enum_users_translator_locales',
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      options: [...TRANSLATION_LOCALES],
      admin: { description: 'The languages this person translates into (translators only edit these).' },
    },
  ],
}
