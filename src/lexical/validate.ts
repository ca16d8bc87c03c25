/**
 * Rich text is checked when it is saved, not only when it is published: it must be a Lexical
 * document (`{ root: … }`), hold only the nodes and blocks the editor offers (the ones every edition
 * can show), and link only to http(s) and mailto addresses. A bad value is refused with a 400 that
 * names the field and the node (`body: root.children[2] (link): …`) — the same rules the bundle
 * applies (src/publish/bundle/richtext.ts is the one definition of what is representable).
 * Relative links are refused too: the bundle and its editions are read on other sites, where a
 * relative link would lead nowhere.
 */
import type { RichTextField, Validate } from 'payload'
import { richText } from 'payload/shared'

import { lexicalToPortable } from '../publish/bundle/richtext'

type RichTextValidate = NonNullable<RichTextField['validate']>

const MAX_LISTED = 5

export const portableRichText: RichTextValidate = async (value, options) => {
  const base = await (richText as Validate)(value, options)
  if (base !== true) return base
  if (value === null || value === undefined) return true
  if (typeof value !== 'object' || Array.isArray(value) || !('root' in value)) {
    return 'This field holds rich text: send a Lexical document ({ "root": { … } }), not plain text.'
  }
  const { problems } = lexicalToPortable(value)
  if (problems.length === 0) return true
  const listed = problems.slice(0, MAX_LISTED).map((p) => `${p.path} (${p.nodeType}): ${p.message}`)
  const more = problems.length > MAX_LISTED ? `; and ${problems.length - MAX_LISTED} more` : ''
  return `The rich text cannot be saved: ${listed.join('; ')}${more}.`
}
