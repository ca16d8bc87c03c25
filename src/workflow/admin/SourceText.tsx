import type { PayloadRequest } from 'payload'

import { contentApi } from '../../model/local'
import { DEFAULT_LOCALE } from '../../model/locales'
import { GlossaryHints } from '../../xliff/admin/GlossaryHints'

type Props = {
  id?: number | string
  collectionSlug?: string
  path?: string
  req?: PayloadRequest
  field?: { type?: string }
}

/** Per request: the documents already read (every field of the form asks for the same one). */
const cache = new WeakMap<PayloadRequest, Map<string, Promise<Record<string, unknown> | null>>>()

/** The default-locale version of a document, read once per request (with the user's access). */
async function sourceDoc(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<Record<string, unknown> | null> {
  const docs = cache.get(req) ?? new Map()
  cache.set(req, docs)
  const key = `${collection}:${id}`
  if (!docs.has(key)) {
    const read = contentApi(req.payload).findByID({
      collection,
      id,
      locale: DEFAULT_LOCALE,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    docs.set(
      key,
      read.catch(() => null),
    )
  }
  return docs.get(key)!
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
