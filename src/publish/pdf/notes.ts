/**
 * Footnotes: identical notes (same text and URL) share a key, so the template prints one note
 * per page for all the references to it (tests/pdf/view-model.test.ts, "grouped footnotes").
 */
import { urlPieces } from './text'
import type { VNote, VUrl } from './view-types'

/** A URL as printed: mailto: without its scheme, web addresses in pieces that break at path boundaries. */
export const vurl = (href: string): VUrl => ({
  href,
  pieces: /^mailto:/i.test(href) ? [href.replace(/^mailto:/i, '')] : urlPieces(href),
})

export class Notes {
  private seen = new Map<string, { key: string; count: number }>()

  note(text: string, url: string | null): VNote {
    const id = JSON.stringify([text, url])
    let entry = this.seen.get(id)
    if (!entry) {
      entry = { key: `n${this.seen.size + 1}`, count: 0 }
      this.seen.set(id, entry)
    }
    return { key: entry.key, n: entry.count++, text, url: url ? vurl(url) : null }
  }
}
