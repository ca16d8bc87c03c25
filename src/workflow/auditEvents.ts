import { APIError, type CollectionConfig } from 'payload'

import { hasRole } from '../access/roles'
import { AUDIT_ACTIONS } from './audit'

/**
 * The audit trail: append-only. Events are created only by the server (recordAuditEvent, called
 * from the workflow hooks and transitions, the login-failure hook and the publishing pipeline);
 * nobody can create, change or delete one through REST, GraphQL or the Local API. Events name the
 * fields that changed, never their values.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: 'Audit event', plural: 'Audit events' },
  admin: {
    group: 'Administration',
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'collection', 'docId', 'user', 'locale', 'fields'],
    description: 'Append-only record of who did what and when. Values never appear, only field names.',
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => hasRole(req.user, 'admin', 'reviewer'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeChange: [
      // Even the Local API with overrideAccess cannot write events: recordAuditEvent writes them
      // through the database adapter, which runs no hooks.
      ({ operation }) => {
        throw new APIError(
          operation === 'create' ? 'Audit events are written by the server only.' : 'Audit events cannot be changed.',
          403,
        )
      },
    ],
    beforeDelete: [
      () => {
        throw new APIError('Audit events cannot be deleted.', 403)
      },
    ],
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((a) => ({ label: a, value: a })),
    },
    { name: 'collection', type: 'text', index: true },
    { name: 'docId', type: 'text', index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'email', type: 'text' },
    { name: 'locale', type: 'text' },
    { name: 'fields', type: 'json', admin: { description: 'Names of the changed fields (never their values).' } },
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text' },
    { name: 'comment', type: 'textarea' },
    { name: 'details', type: 'json' },
  ],
  timestamps: true,
}
