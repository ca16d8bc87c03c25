import type { CollectionConfig } from 'payload'

import { adminOnly, nobody } from '../../access'

/**
 * Failed logins, aggregated: one row per subject (an account's e-mail or a client's address) and
 * window, with a count, so a flood of guesses adds a few rows, not one per guess. It is both the
 * login throttle's state (in the database, so every instance sees it) and the failed-login audit.
 * Written by the server only (through the database adapter); admins read it.
 */
export const LoginFailures: CollectionConfig = {
  slug: 'login-failures',
  labels: { singular: 'Failed login', plural: 'Failed logins' },
  admin: {
    group: 'Administration',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'windowStart', 'count', 'lastAt', 'blockedUntil'],
    description: 'Failed logins per account and per client, counted in 15-minute windows.',
  },
  defaultSort: '-lastAt',
  access: { read: adminOnly, create: nobody, update: nobody, delete: adminOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'subject', type: 'text', required: true, index: true },
    { name: 'windowStart', type: 'date', required: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'lastAt', type: 'date', required: true },
    { name: 'blockedUntil', type: 'date', index: true },
  ],
}
