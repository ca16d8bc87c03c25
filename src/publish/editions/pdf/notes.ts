/**
 * Footnotes: identical notes (same text and URL) within a section (the figures page, the
 * introduction, a chapter up to its first level-2 heading, each level-2 section) are one note:
 * the first reference prints it, the later ones point to it (tests/pdf/view-model.test.ts).
 * Sections rather than pages: which page a reference lands on depends on the notes before it,
 * and deciding by page did not converge in long chapters.
 */
import { urlPieces } from './text'
import type { VNote, VUrl } from './view-types'

/** A URL as printed: mailto: without its scheme, web addresses in pieces that break at path boundaries. */
export const vurl = (href: string): VUrl => ({
  href,
  pieces: /^mailto:/i.test(href) ? [href.replace(/^mailto:/i, '')] : urlPieces(href),
})

export class Notes {
  private seen = new Map<string, string>()
  private count = 0

  /** A new section begins: notes already printed are not referred to from it. */
  section(): void {
    this.seen.clear()
  }

  note(text: string, url: string | null): VNote {
    const id = JSON.stringify([text, url])
    const known = this.seen.get(id)
    const label = known ?? `note-${++this.count}`
    if (!known) this.seen.set(id, label)
    return { label, first: !known, text, url: url ? vurl(url) : null }
  }
}
