import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { BODY_BLOCKS } from './blocks'

/**
 * The features a report's text may use. Kept deliberately small: everything here has a portable
 * equivalent in the bundle and a typeset form in the PDF edition.
 */
const baseFeatures = () => [
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  BoldFeature(),
  ItalicFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  LinkFeature({ enabledCollections: [] }),
  FixedToolbarFeature(),
  InlineToolbarFeature(),
]

/** Plain editorial text: introductions, biographies, testimonies. */
export const textEditor = lexicalEditor({ features: baseFeatures })

/** A chapter's body: text plus embedded statistics, testimony quotes, defender cards, videos, calls to action. */
export const bodyEditor = lexicalEditor({
  features: () => [...baseFeatures(), BlocksFeature({ blocks: BODY_BLOCKS })],
})
