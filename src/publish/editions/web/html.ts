/**
 * Safe HTML building: every interpolated value is escaped unless it is already `Html` (made by
 * `html`, `raw` or `join`). CMS text can never become markup: a title like `<script>` is printed.
 *
 *   html`<p class="lead">${chapter.lead}</p>`     // lead escaped
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[]

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Escapes text for element content and double-quoted attribute values (the only kind written here). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!)
}

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return ''
  if (p instanceof Html) return p.value
  if (Array.isArray(p)) return p.map(part).join('')
  return escapeHtml(String(p))
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!
  return new Html(out)
}

/** Trusted markup made by this edition's own code (never CMS text). */
export const raw = (s: string): Html => new Html(s)

export const join = (parts: Part[], sep = ''): Html => new Html(parts.map(part).join(sep))

/** ` name="value"` pairs; null/false values are left out, `true` gives a bare attribute. */
export function attrs(a: Record<string, string | number | boolean | null | undefined>): Html {
  let out = ''
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue
    out += v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`
  }
  return new Html(out)
}

/** Visible text of an HTML string (tags and scripts dropped, entities decoded): for font subsetting. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!)
}
