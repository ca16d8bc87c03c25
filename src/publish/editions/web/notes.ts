/**
 * Notes of one page: numbered in reading order, identical notes grouped (one note, several
 * references), each reference a link to its note and each note linking back to every reference.
 * The accessible pattern: the reference is a link whose text is the number, described by the
 * "Notes" heading; each back-link is named "Back to the text (Note 1)" and its number.
 */
import { html, join, type Html } from './html'
import type { Ctx } from './model'

interface Note {
  n: number
  body: Html
  refs: string[]
}

export class Notes {
  private byKey = new Map<string, Note>()
  private order: Note[] = []

  constructor(private readonly ctx: Ctx) {}

  /** A reference to the note with this body (grouped by its markup); returns the <sup> link. */
  ref(body: Html): Html {
    const key = body.value
    let note = this.byKey.get(key)
    if (!note) {
      note = { n: this.order.length + 1, body, refs: [] }
      this.byKey.set(key, note)
      this.order.push(note)
    }
    const refId = `ref-${note.n}-${note.refs.length + 1}`
    note.refs.push(refId)
    const label = `${this.ctx.labels.noteRef} ${note.n}`
    return html`<sup class="note-ref"><a id="${refId}" href="#note-${note.n}" aria-describedby="notes-title" title="${label}">${note.n}</a></sup>`
  }

  get size(): number {
    return this.order.length
  }

  /** The notes section (nothing when the page has no notes). */
  section(): Html {
    if (!this.order.length) return html``
    const l = this.ctx.labels
    const items = this.order.map((note) => {
      const backs = note.refs.map((id, i) => {
        const suffix = note.refs.length > 1 ? String(i + 1) : ''
        // The accessible name holds the visible suffix (WCAG 2.5.3, label in name).
        return html`<a class="note-back" href="#${id}"><span class="sr-only">${l.backToRef} (${l.noteRef} ${note.n}) </span><span class="arrow" aria-hidden="true">↩</span>${suffix ? html`<sup>${suffix}</sup>` : ''}</a>`
      })
      return html`<li id="note-${note.n}">${note.body} ${join(backs, ' ')}</li>`
    })
    return html`<section class="notes" aria-labelledby="notes-title">
<h2 id="notes-title">${l.notes}</h2>
<ol>${items}</ol>
</section>`
  }
}
