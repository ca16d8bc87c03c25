import type { CollectionConfig } from 'payload'

import { adminOrEditorField, isStaff, staffField } from '../src/access'
import { contentAccess } from '../src/access/content'
import { contentCollectionDefaults } from '../src/fields/content'
import { countryField } from '../src/fields/country'
import { requiredInSource } from '../src/fields/localized'
import { textEditor } from '../src/lexical/editor'
import { portableRichText } from '../src/lexical/validate'
import { CONSENT_SCOPES, CONSENT_STATUSES, DISCLOSURES, options, THEMES } from '../src/model/enums'
import { confidential } from '../src/model/fields'

/** Only admins and editors hold the witness's identity and consent record. */
const holders = { read: adminOrEditorField, create: adminOrEditorField, update: adminOrEditorField }

/**
 * A witness's account. The public part may be published once approved; the confidential part
 * (legal identity, contact, internal notes, consent record) never leaves the CMS.
 */
export const Testimonies: CollectionConfig = {
  slug: 'testimonies',
  // What a document shows where another one refers to it (REST/GraphQL depth ≥ 1, rich-text embeds):
  // its public display fields, not its body, workflow bookkeeping or translation rows.
  defaultPopulate: {
    title: true,
    summary: true,
    publicName: true,
    disclosure: true,
    eventDate: true,
    place: true,
    country: true,
    themes: true,
    chapter: true,
    contentWarning: true,
  },
  ...contentCollectionDefaults,
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'disclosure', 'themes', 'chapter'],
  },
  access: contentAccess,
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Public',
          description: 'What readers of the report see once the testimony is approved.',
          fields: [
            { name: 'title', type: 'text', localized: true, validate: requiredInSource },
            { name: 'summary', type: 'textarea', localized: true, validate: requiredInSource },
            { name: 'body', type: 'richText', localized: true, editor: textEditor, validate: portableRichText },
            {
              type: 'row',
              fields: [
                {
                  name: 'eventDate',
                  label: 'Date of the events',
                  type: 'date',
                  admin: { date: { pickerAppearance: 'dayOnly' } },
                },
                { name: 'place', label: 'Place of the events', type: 'text', localized: true },
                countryField(),
              ],
            },
            { name: 'themes', type: 'select', hasMany: true, options: options(THEMES) },
            { name: 'chapter', type: 'relationship', relationTo: 'chapters' },
            { name: 'media', type: 'upload', relationTo: 'media', hasMany: true },
            {
              name: 'contentWarning',
              type: 'text',
              localized: true,
              admin: { description: 'Shown before the testimony, e.g. "Describes torture in detention".' },
            },
          ],
        },
        {
          label: 'Attribution',
          description: 'How the witness is named in public. Consent must cover the disclosure chosen here.',
          fields: [
            {
              name: 'disclosure',
              type: 'select',
              required: true,
              defaultValue: 'anonymous',
              options: options(DISCLOSURES),
            },
            {
              name: 'publicName',
              label: 'Public display name',
              type: 'text',
              localized: true,
              admin: { description: 'The name or pseudonym shown to readers, e.g. "A., 24, student from Minsk".' },
            },
          ],
        },
        {
          label: 'Confidential',
          description: 'Never published. Visible to admins and editors only; reviewers see the consent status.',
          // Translators do not even see that the tab exists (its fields are closed to them anyway).
          admin: { condition: (_data: unknown, _siblings: unknown, { user }: { user?: unknown }) => isStaff(user) },
          fields: [
            confidential({ name: 'legalName', type: 'text', access: holders }),
            confidential({ name: 'contact', type: 'textarea', access: holders }),
            confidential({ name: 'internalNotes', type: 'textarea', access: holders }),
            confidential({
              name: 'consent',
              type: 'group',
              fields: [
                {
                  name: 'status',
                  type: 'select',
                  required: true,
                  defaultValue: 'pending',
                  // Reviewers see whether consent is given (they approve); nothing else of the record.
                  access: { ...holders, read: staffField },
                  options: options(CONSENT_STATUSES),
                },
                { name: 'scope', type: 'select', hasMany: true, options: options(CONSENT_SCOPES), access: holders },
                { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, access: holders },
                { name: 'recordedBy', type: 'relationship', relationTo: 'users', access: holders },
                { name: 'document', type: 'upload', relationTo: 'consent-documents', access: holders },
              ],
            }),
          ],
        },
      ],
    },
  ],
}
