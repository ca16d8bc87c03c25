import type { PayloadRequest } from 'payload'
import React from 'react'

import { DEFAULT_LOCALE } from '../../locales'
import { GlossaryHints } from '../../xliff/admin/GlossaryHints'

type Props = {
  id?: number | string
  collectionSlug?: string
  path?: string
  req?: PayloadRequest
  field?: { type?: string }
}

const cacheKey = Symbol.for('folio.sourceTextCache')

/** The default-locale version of a document, read once per request (with the user's access). */
async function sourceDoc(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<Record<string, unknown> | null> {
  const holder = req as unknown as { [cacheKey]?: Map<string, Promise<Record<string, unknown> | null>> }
  holder[cacheKey] ??= new Map()
  const key = `${collection}:${id}`
  if (!holder[cacheKey].has(key)) {
    holder[cacheKey].set(
      key,
      req.payload
        .findByID({
          collection: collection as never,
          id,
          locale: DEFAULT_LOCALE as never,
          fallbackLocale: false as never,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user: req.user,
        })
        .then((d) => d as unknown as Record<string, unknown>)
        .catch(() => null),
    )
  }
  return holder[cacheKey].get(key)!
}

const at = (doc: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc)

function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { text?: string; children?: unknown[]; root?: unknown; type?: string }
  if (n.root) return plainText(n.root)
  if (typeof n.text === 'string') return n.text
  const inner = (n.children ?? []).map(plainText).join(n.type === 'root' ? '\n' : '')
  return inner
}

/**
 * Shown under a localised field while editing another locale: the default-locale (source) text of
 * that field, so a translator sees what to translate. Server component (afterInput).
 */
export async function SourceText({ id, collectionSlug, path, req, field }: Props) {
  if (!req || !id || !collectionSlug || !path) return null
  const locale = req.locale
  if (!locale || locale === DEFAULT_LOCALE || locale === 'all') return null
  const doc = await sourceDoc(req, collectionSlug, id)
  const value = at(doc, path)
  const text = field?.type === 'richText' ? plainText(value) : typeof value === 'string' ? value : ''
  if (!text.trim()) return null
  return (
    <div
      className="folio-source-text"
      dir="ltr"
      lang={DEFAULT_LOCALE}
      style={{
        marginTop: 6,
        padding: '6px 10px',
        borderLeft: '3px solid var(--theme-elevation-250)',
        background: 'var(--theme-elevation-50)',
        fontSize: 13,
        whiteSpace: 'pre-wrap',
      }}
    >
      <div style={{ fontSize: 11, textTransform: 'uppercase', opacity: 0.7, marginBottom: 2 }}>
        Source ({DEFAULT_LOCALE})
      </div>
      {text.length > 4000 ? `${text.slice(0, 4000)}…` : text}
      <GlossaryHints req={req} text={text} locale={locale} />
    </div>
  )
}

export default SourceText
