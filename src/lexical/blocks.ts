import type { Block } from 'payload'

import { urlField } from '../fields/url'
import { CALL_TO_ACTION_KINDS, options } from '../model/enums'

/**
 * Blocks an editor can embed in a chapter's body. The publishing pipeline turns each into a
 * portable reference node (see src/publish/bundle/richtext.ts); the slugs are part of that contract.
 */
export const StatisticBlock: Block = {
  slug: 'statistic',
  labels: { singular: 'Statistic', plural: 'Statistics' },
  fields: [{ name: 'statistic', type: 'relationship', relationTo: 'statistics', required: true }],
}

export const TestimonyQuoteBlock: Block = {
  slug: 'testimonyQuote',
  labels: { singular: 'Testimony quote', plural: 'Testimony quotes' },
  fields: [
    { name: 'testimony', type: 'relationship', relationTo: 'testimonies', required: true },
    {
      name: 'excerpt',
      type: 'textarea',
      admin: { description: 'The words quoted from the testimony. Empty: the testimony summary is used.' },
    },
  ],
}

export const DefenderCardBlock: Block = {
  slug: 'defenderCard',
  labels: { singular: 'Defender card', plural: 'Defender cards' },
  fields: [{ name: 'defender', type: 'relationship', relationTo: 'defenders', required: true }],
}

export const VideoBlock: Block = {
  slug: 'video',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    urlField({ name: 'url', required: true }),
    { name: 'title', type: 'text', required: true },
    { name: 'caption', type: 'textarea' },
    { name: 'poster', type: 'upload', relationTo: 'media' },
    {
      name: 'duration',
      type: 'text',
      admin: { description: 'Its length, shown on the play button: minutes:seconds, e.g. 4:12 (or 1:02:30).' },
      validate: (v: unknown) =>
        v == null ||
        v === '' ||
        /^(\d+:)?[0-5]?\d:[0-5]\d$/.test(String(v).trim()) ||
        'Write the length as minutes:seconds, e.g. 4:12.',
    },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'label', type: 'text', required: true },
    urlField({ name: 'url', required: true }),
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'read',
      options: options(CALL_TO_ACTION_KINDS),
    },
  ],
}

export const BODY_BLOCKS: Block[] = [
  StatisticBlock,
  TestimonyQuoteBlock,
  DefenderCardBlock,
  VideoBlock,
  CallToActionBlock,
]
