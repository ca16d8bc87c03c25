/**
 * The format-neutral model of a translation unit: its content is a flat list of events (text,
 * opening and closing of paired codes, placeholders), the codes' meaning is kept apart (in the
 * skeleton, never in the file's translatable text). XLIFF 1.2 writes paired codes as <g>, 2.1 as
 * <pc>; placeholders as <x/> and <ph/>.
 */

export type SegEvent =
  | { type: 'text'; text: string }
  | { type: 'open'; id: string }
  | { type: 'close'; id: string }
  | { type: 'ph'; id: string }

export type Seg = SegEvent[]

/** What an inline code stands for (kept out of the translatable text). */
export type CodeDef =
  /** A text format bit (Lexical's bitmask): 1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code, 32 sub, 64 sup, 128 highlight. */
  | { kind: 'fmt'; bit: number }
  /** Other text-node attributes that differ from the defaults (style, mode, detail). */
  | { kind: 'attrs'; attrs: Record<string, unknown> }
  /** A link (or autolink): the node without its children (its URL stays here). */
  | { kind: 'link'; node: Record<string, unknown> }
  /** A placeholder: a line break, a tab, an inline decorator node (the whole node). */
  | { kind: 'ph'; node: Record<string, unknown> }

export type Codes = Record<string, CodeDef>

export type UnitKind = 'paragraph' | 'heading' | 'quote' | 'listitem' | 'block-field' | 'text' | 'element'

/** One translatable segment of a document. */
export interface Unit {
  /** Stable id: `<collection>:<document id>:<field path>[:<block path>]`, e.g. `chapters:12:body:3.1`. */
  id: string
  /** The field-relative name (resname): `body/3.1`, `title`, `furtherReading.0.title`. */
  resname: string
  collection: string
  docId: string
  /** Data path of the field (the workflow's name for it): `body`, `furtherReading.0.title`. */
  field: string
  /** Position inside a rich-text value (child indexes from the root, `.`-joined; a block field adds `.name`), or null. */
  path: string | null
  kind: UnitKind
  source: Seg
  codes: Codes
  /** Hash of the normalised source content and its codes' meaning. */
  hash: string
  /** For notes. */
  label: string
  maxLength?: number
}

/** A unit's target as the current translation holds it, expressed with the source's code ids. */
export interface TargetState {
  seg: Seg
  /** true when the target's codes could not all be matched to the source's (formatting differs). */
  codesDiffer: boolean
  /** The meaning of target codes without a counterpart in the source (ids t1, t2, ...). */
  extraCodes?: Codes
}

export type Format = '1.2' | '2.1'

/** Translation status of a document in a locale (the workflow's row status). */
export type RowStatus = 'missing' | 'in-progress' | 'ready-for-review' | 'approved' | 'stale'
export const ROW_STATUSES: RowStatus[] = ['missing', 'stale', 'in-progress', 'ready-for-review', 'approved']
export const DEFAULT_STATUS_FILTER: RowStatus[] = ['missing', 'stale', 'in-progress']
