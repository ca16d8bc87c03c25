/**
 * The view model the Typst template reads (/data/view.json), mirrored by template/*.typ.
 * Every string is final: labels, punctuation and fallbacks are resolved in view-model.ts.
 */
import type { PdfLabels } from './labels'

/** A URL printed for readers: `pieces` join to `href`; a line may break only between pieces. */
export interface VUrl {
  href: string
  pieces: string[]
}

/**
 * A footnote. Within a section, notes with the same text and URL share one `label`: the first
 * reference (`first`) prints the note, the others point to it.
 */
export interface VNote {
  label: string
  first: boolean
  text: string
  url: VUrl | null
}

export type VInline =
  | { k: 't'; s: string; m: string[] }
  | { k: 'br' }
  | { k: 'link'; url: string; ch: VInline[]; note: VNote }

/**
 * Justified blocks say whether they contain a cursive script (`cursive`): the template then
 * justifies them by word spaces only, never by spacing letters (Typst's justification would
 * space Arabic letters too).
 */
export type VBlock =
  | { k: 'p'; ch: VInline[]; cursive: boolean }
  | { k: 'h'; level: number; ch: VInline[] }
  | { k: 'list'; ordered: boolean; items: { ch: VInline[]; lists: VBlock[] }[]; cursive: boolean }
  | { k: 'quote'; ch: VInline[]; cursive: boolean }
  | ({ k: 'stat' } & VStat)
  | ({ k: 'testimony' } & VTestimony)
  | { k: 'defenders'; cards: VDefender[] }
  | { k: 'video'; title: string; url: VUrl; caption: string | null; poster: VImage | null }
  | { k: 'cta'; label: string; url: VUrl; kind: string }

export interface VImage {
  /** Path inside the Typst workspace ("/media/<file>"). */
  src: string
  alt: string
  credit: string | null
}

export interface VStat {
  id: string
  label: string
  before: string
  value: string
  after: string
  display: string
  number: number
  unit: string | null
  /** The period the figure covers, formatted ("9–11 August 2020"), or null. */
  period: string | null
  /** The source (organisation, title, as-of date): one note for every figure that shares it. */
  note: VNote
}

export interface VTestimony {
  id: string
  title: string
  /**
   * The witness's own words (the embed's excerpt): only these are set in quotation marks and
   * attributed with a dash. Null when the editors gave no excerpt: then `summary` is printed as
   * the editors' text, with the title, never as a quotation.
   */
  quote: string | null
  summary: string | null
  /** Public name or pseudonym, or the "anonymous witness" label. */
  witness: string
  detail: string | null
  /** "Content warning: …", joined with the locale's punctuation. */
  warning: string | null
  fallback: string | null
  /** Language of the text when shown as a fallback, else null. */
  lang: string | null
  /** Quotation marks of the text's language. */
  quoteOpen: string
  quoteClose: string
}

export interface VDefender {
  id: string
  name: string
  role: string | null
  /** Null when absent or when the role already names it. */
  organisation: string | null
  status: string
  statusKey: string
  since: string
  photo: VImage | null
  /** Placeholder monogram when there is no photo; null: no placeholder (cursive scripts). */
  initials: string | null
  charges: string | null
  fallback: string | null
  lang: string | null
}

export interface VPartner {
  id: string
  name: string
  description: string | null
  url: VUrl | null
}

export interface VChapter {
  id: string
  title: string
  kind: string
  /** The country's name in the locale (Intl), for country chapters: the PDF's keywords. */
  country: string | null
  lead: string | null
  /** Language of the text when shown as a fallback (en), else null. */
  fallbackLang: string | null
  fallbackNote: string | null
  blocks: VBlock[]
  /** Testimonies of the chapter not embedded in its body (shown after it, as summaries). */
  testimonies: VTestimony[]
  /** Defenders of the chapter when its body embeds none (else they join the body's first group). */
  defenders: VDefender[]
  partners: VPartner[]
  furtherReading: { title: string; url: VUrl; kind: string }[]
}

export interface VChart {
  title: string
  /** One panel per unit (small multiples): only figures of the same unit share a scale. */
  panels: { unit: string; bars: { id: string; label: string; value: number; display: string; share: number }[] }[]
  /** "Sources: …", the distinct sources of the charted figures. */
  sources: string
  /** Text alternative of the whole figure. */
  alt: string
}

export interface ViewModel {
  locale: string
  lang: string
  region: string | null
  dir: 'ltr' | 'rtl'
  draft: boolean
  labels: PdfLabels
  report: {
    title: string
    subtitle: string | null
    year: number
    /** The title does not say the year: the cover prints it on its own. */
    showYear: boolean
    organisation: string | null
    organisationUrl: VUrl | null
    licence: string | null
    cover: VImage | null
    /** YYYY, M, D of the bundle date (the PDF's document date: reproducible). */
    date: [number, number, number]
    /** The cover's date line, labelled ("Published 15 March 2021" or "Content approved on …"). */
    coverDate: string
    /** Colophon row: which date it is, the date, and a note when it is not the publication date. */
    dateRow: { label: string; value: string; note: string | null }
    keywords: string[]
    subject: string
    version: string
    checksum: string
    fallbackLang: string | null
  }
  introduction: VBlock[]
  headline: VStat[]
  chart: VChart | null
  chapters: VChapter[]
  credits: { alt: string; credit: string; licence: string | null }[]
  /** Every image to map into the workspace: workspace path → bundle path. */
  images: { src: string; path: string }[]
}
