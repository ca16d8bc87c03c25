/**
 * sitemap.xml: every page of every locale, each with its language alternates (xhtml:link
 * hreflang), as search engines read them. Written only when the public address is known.
 */
import { escapeHtml } from './html'
import { pages, type Ctx, type PageRef } from './model'

export function sitemap(ctxs: Ctx[], baseUrl: string): string {
  const abs = (ref: PageRef) => new URL(ref.dir, baseUrl).href
  const groups: { refs: [string, PageRef][] }[] = []
  const per = (make: (c: Ctx) => PageRef | null) =>
    groups.push({
      refs: ctxs
        .map((c) => [c.lang, make(c)] as [string, PageRef | null])
        .filter((x: [string, PageRef | null]): x is [string, PageRef] => !!x[1]),
    })
  per((c) => pages.front(c.locale))
  for (const ch of ctxs[0]!.bundle.chapters)
    per((c) => (c.bundle.chapters.some((x) => x.id === ch.id) ? pages.chapter(c.locale, ch) : null))
  per((c) => (c.bundle.testimonies.length ? pages.testimonies(c.locale) : null))
  per((c) => (c.bundle.defenders.length ? pages.defenders(c.locale) : null))
  const lastmod = ctxs[0]!.bundle.generatedAt.slice(0, 10)
  const urls = groups.flatMap((g) =>
    g.refs.map(
      ([, ref]) =>
        `<url><loc>${escapeHtml(abs(ref))}</loc><lastmod>${lastmod}</lastmod>${g.refs
          .map(([lang, alt]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(abs(alt))}"/>`)
          .join('')}</url>`,
    ),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
}
