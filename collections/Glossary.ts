import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '../src/access'
import { LOCALES, TRANSLATION_LOCALES } from '../src/model/locales'

const labelOf = (code: string) => LOCALES.find((l) => l.code === code)?.label ?? code

/**
 * The terminology glossary (issue 15): a source term, its approved translation per locale, a
 * do-not-translate flag, forbidden variants and a note. Staff edit it; every signed-in user
 * (translators too) reads it. Shown beside the source text while translating, exported as TBX with
 * the XLIFF (`npm run xliff -- export --glossary`), and checked by the glossary QA (warnings on the
 * translation dashboard and in the publish readiness report). Not localised: one entry holds every
 * language, so a translator sees them side by side.
 */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: {
    useAsTitle: 'term',
    group: 'Translation',
    defaultColumns: ['term', 'doNotTranslate', ...TRANSLATION_LOCALES.map((l) => `translations.${l}`)],
    description: 'Approved terminology: what each term must be in each language, and what it must not be.',
  },
  defaultSort: 'term',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    {
      name: 'term',
      label: 'Source term (English)',
      type: 'text',
      required: true,
      index: true,
      admin: {
        description: 'As it appears in English text, e.g. "human rights defender". Matching ignores case and plurals.',
      },
    },
    {
      name: 'doNotTranslate',
      label: 'Do not translate',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Names and acronyms kept as they are in every language (e.g. "Viasna", "OMCT").' },
    },
    {
      name: 'translations',
      label: 'Approved translation',
      type: 'group',
      admin: { condition: (data) => !data?.doNotTranslate },
      fields: TRANSLATION_LOCALES.map((code) => ({ name: code, label: labelOf(code), type: 'text' as const })),
    },
    {
      name: 'forbidden',
      label: 'Forbidden variants',
      type: 'array',
      labels: { singular: 'Forbidden variant', plural: 'Forbidden variants' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'locale',
              type: 'select',
              required: true,
              options: TRANSLATION_LOCALES.map((code) => ({ label: labelOf(code), value: code })),
            },
            { name: 'variant', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      admin: { description: 'Why, and where the term comes from (shown to translators).' },
    },
  ],
  timestamps: true,
}
