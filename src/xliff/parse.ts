/**
 * Reading an XLIFF 1.2 or 2.x file back. Pure; never regexes: saxes (a strict, conformant XML 1.0
 * parser) does the XML, this file only follows XLIFF's structure.
 *
 * Refused, each with one message (XliffFileError, nothing else is read): files over the size
 * limit, bytes that are not UTF-8, anything with a DOCTYPE (so no DTD, no external entity, no
 * entity expansion: XXE and "billion laughs" never reach a parser that would expand them), an
 * entity other than XML's five, not XML, truncated XML, a root that is not XLIFF 1.2 or 2.x (wrong
 * namespace or version), nesting deeper than any XLIFF needs.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'

import type { Seg } from './types'
import { NS_12, NS_20 } from './write'

/** The largest file import reads: 50 MiB (a 250-document report's export is about 3 MiB). */
export const MAX_XLIFF_BYTES = 50 * 1024 * 1024
const MAX_DEPTH = 64

export class XliffFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
    this.name = 'XliffFileError'
  }
}

export interface ParsedUnit {
  id: string
  /** Line of the unit's start tag (1-based). */
  line: number
  resname: string | null
  /** Folio's source hash (folio:hash), when the tool kept it. */
  hash: string | null
  source: Seg
  /** null: no target (untranslated). */
  target: Seg | null
  /** 1.2 target state, or 2.x segment state (the lowest of the unit's segments). */
  state: string | null
  /** Problems found while reading the unit's inline content (unsupported elements). */
  problems: string[]
}

export interface ParsedXliff {
  version: '1.2' | '2.0' | '2.1' | '2.2'
  sourceLang: string | null
  targetLang: string | null
  /** Folio's report key (folio:report on the root), when present. */
  report: string | null
  units: ParsedUnit[]
}

const FOLIO_NS = 'urn:folio:xliff:1'
const STATE_RANK_21: Record<string, number> = { initial: 0, translated: 1, reviewed: 2, final: 3 }

type Part = 'source' | 'target' | null
interface UnitState {
  unit: ParsedUnit
  /** 2.x: segments' targets, null where a segment has none. */
  targets: Array<Seg | null>
  segStates: string[]
  part: Part
  /** An element (alt-trans, mtc:matches, notes) whose content is not the unit's own. */
  skipDepth: number
  /** 1.2 <bx rid> → the id its <ex> closes; 2.x <sc id>. */
  rids: Map<string, string>
  isIgnorable: boolean
  /** The text of the current <ignorable>'s source (its target when it has none). */
  ignorableText: string
}

const attr = (tag: SaxesTagNS, name: string, ns = ''): string | null => {
  for (const a of Object.values(tag.attributes)) if (a.local === name && (a.uri ?? '') === ns) return a.value
  return null
}

function decode(input: Buffer | string): string {
  if (typeof input === 'string') return input.replace(/^\ufeff/, '')
  if (input.length >= 2 && ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)))
    throw new XliffFileError('The file is UTF-16: save it as UTF-8 (every CAT tool can) and upload it again.')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input).replace(/^\ufeff/, '')
  } catch {
    throw new XliffFileError('The file is not UTF-8 text (it may be a binary or another encoding): not an XLIFF file.')
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

/** Follows XLIFF's structure over saxes' events; one instance per file. */
class Reader {
  readonly parser = new SaxesParser({ xmlns: true, position: true })
  readonly out: ParsedXliff = { version: '1.2', sourceLang: null, targetLang: null, report: null, units: [] }
  ns = ''
  depth = 0
  rootSeen = false
  current: UnitState | null = null

  constructor() {
    const p = this.parser
    p.on('doctype', () =>
      this.fail(
        'The file has a DOCTYPE declaration: refused. XLIFF needs no DTD, and Folio reads no DTD, external entity or entity definition',
      ),
    )
    p.on('xmldecl', (d) => {
      if (d.encoding && d.encoding.toLowerCase().replace(/[^a-z0-9]/g, '') !== 'utf8')
        this.fail(`The file declares the encoding "${d.encoding}": only UTF-8 is read`)
    })
    p.on('error', (e) => {
      const msg = e.message.replace(/^undefined:\d+:\d+: /, '')
      if (/undefined entity|unknown entity/i.test(msg))
        this.fail(`The file uses an entity XML does not define (${msg}): refused, entities are never expanded`)
      this.fail(`Not a well-formed XML file: ${msg}`)
    })
    p.on('opentag', (tag) => this.open(tag))
    p.on('closetag', (tag) => this.close(tag))
    p.on('text', (t) => this.text(t))
    p.on('cdata', (t) => this.text(t))
  }

  fail(message: string): never {
    throw new XliffFileError(`${message} (line ${this.parser.line})`, this.parser.line)
  }

  push(seg: Seg, text: string) {
    const last = seg[seg.length - 1]
    if (last?.type === 'text') last.text += text
    else seg.push({ type: 'text', text })
  }

  segFor(u: UnitState): Seg | null {
    if (u.part === 'source') return u.unit.source
    if (u.part !== 'target') return null
    if (this.ns === NS_12) {
      if (!u.unit.target) u.unit.target = []
      return u.unit.target
    }
    return u.targets[u.targets.length - 1] ?? null
  }

  root(tag: SaxesTagNS) {
    this.rootSeen = true
    if (tag.local !== 'xliff') this.fail(`The root element is <${tag.name}>, not <xliff>: not an XLIFF file`)
    this.ns = tag.uri
    const ns = tag.uri
    const version = attr(tag, 'version')
    if (ns === NS_12) {
      if (version !== '1.2')
        this.fail(`XLIFF 1.2's namespace with version="${version ?? ''}": only version 1.2 goes with ${NS_12}`)
    } else if (ns === NS_20) {
      if (!version || !/^2\.[0-2]$/.test(version))
        this.fail(`XLIFF 2's namespace with version="${version ?? ''}": expected 2.0, 2.1 or 2.2`)
      this.out.sourceLang = attr(tag, 'srcLang')
      this.out.targetLang = attr(tag, 'trgLang')
    } else {
      this.fail(`<xliff> in the namespace "${ns || '(none)'}": expected ${NS_12} (XLIFF 1.2) or ${NS_20} (XLIFF 2.x)`)
    }
    this.out.version = version as ParsedXliff['version']
    this.out.report = attr(tag, 'report', FOLIO_NS)
  }

  /** Outside units: <file> (1.2 languages) and the start of a unit. */
  outside(tag: SaxesTagNS) {
    if (tag.uri !== this.ns) return
    const out = this.out
    if (tag.local === 'file' && this.ns === NS_12) {
      out.sourceLang ??= attr(tag, 'source-language')
      const t = attr(tag, 'target-language')
      if (t && out.targetLang && t !== out.targetLang)
        this.fail(`The files of this XLIFF have two target languages (${out.targetLang} and ${t})`)
      out.targetLang ??= t
    }
    if (tag.local !== 'trans-unit' && tag.local !== 'unit') return
    const id = attr(tag, 'id')
    if (!id) this.fail(`A <${tag.local}> without an id`)
    this.current = {
      unit: {
        id: id!,
        line: this.parser.line,
        resname: attr(tag, this.ns === NS_12 ? 'resname' : 'name'),
        hash: attr(tag, 'hash', FOLIO_NS),
        source: [],
        target: null,
        state: null,
        problems: [],
      },
      targets: [],
      segStates: [],
      part: null,
      skipDepth: 0,
      rids: new Map(),
      isIgnorable: false,
      ignorableText: '',
    }
  }

  /** Inside a unit, outside its source and target: what is the unit's text, what is context. */
  structure(u: UnitState, tag: SaxesTagNS) {
    const v2 = this.ns === NS_20
    if (tag.local === 'source' || tag.local === 'target') {
      if (!v2 || u.targets.length) {
        u.part = tag.local
        if (tag.local === 'target' && !v2) {
          u.unit.target = []
          u.unit.state = attr(tag, 'state')
        }
        if (tag.local === 'target' && v2) u.targets[u.targets.length - 1] = []
        return
      }
    }
    if (v2 && (tag.local === 'segment' || tag.local === 'ignorable')) {
      u.isIgnorable = tag.local === 'ignorable'
      u.ignorableText = ''
      if (!u.isIgnorable) u.segStates.push(attr(tag, 'state') ?? 'initial')
      u.targets.push(null)
      return
    }
    // alt-trans, note, notes, context-group, seg-source, originalData...: not the unit's text.
    u.skipDepth = 1
  }

  open(tag: SaxesTagNS) {
    this.depth++
    if (this.depth > MAX_DEPTH)
      this.fail(`Elements are nested more than ${MAX_DEPTH} deep: not an XLIFF file Folio wrote`)
    if (!this.rootSeen) return this.root(tag)
    const u = this.current
    if (!u) return this.outside(tag)
    if (u.skipDepth > 0) {
      u.skipDepth++
      return
    }
    if (tag.uri !== this.ns) {
      // Other namespaces inside a unit (mtc:matches, modules) are context, not content.
      if (u.part === null) u.skipDepth = 1
      else u.unit.problems.push(`unsupported element <${tag.name}> in the ${u.part}`)
      return
    }
    if (u.part === null) this.structure(u, tag)
    else this.inline(u, tag)
  }

  inline(u: UnitState, tag: SaxesTagNS) {
    const seg = this.segFor(u)
    if (!seg) return
    const id = attr(tag, 'id')
    const where = `<${tag.local}${id ? ` id="${id}"` : ''}> in the ${u.part}`
    switch (this.ns === NS_12 ? `1:${tag.local}` : `2:${tag.local}`) {
      case '1:g':
      case '2:pc':
        if (!id) u.unit.problems.push(`${where} has no id`)
        seg.push({ type: 'open', id: id ?? '?' })
        break
      case '1:x':
      case '2:ph':
        if (!id) u.unit.problems.push(`${where} has no id`)
        seg.push({ type: 'ph', id: id ?? '?' })
        break
      case '1:bx':
        seg.push({ type: 'open', id: id ?? '?' })
        u.rids.set(attr(tag, 'rid') ?? id ?? '?', id ?? '?')
        break
      case '1:ex': {
        const rid = attr(tag, 'rid') ?? id ?? '?'
        seg.push({ type: 'close', id: u.rids.get(rid) ?? rid })
        break
      }
      case '2:sc':
        seg.push({ type: 'open', id: id ?? '?' })
        break
      case '2:ec':
        seg.push({ type: 'close', id: attr(tag, 'startRef') ?? id ?? '?' })
        break
      case '2:cp': {
        const hex = attr(tag, 'hex') ?? ''
        const cp = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN
        if (Number.isNaN(cp) || cp > 0x10ffff) u.unit.problems.push(`<cp hex="${hex}"> is not a character`)
        else this.push(seg, String.fromCodePoint(cp))
        break
      }
      case '1:mrk':
      case '2:mrk':
      case '2:sm':
      case '2:em':
        break // annotations: their content is the unit's text, the marker itself is dropped
      default:
        u.unit.problems.push(`unsupported inline element ${where}`)
    }
  }

  close(tag: SaxesTagNS) {
    this.depth--
    const u = this.current
    if (!u) return
    if (u.skipDepth > 0) {
      u.skipDepth--
      return
    }
    if (tag.uri !== this.ns) return
    if (u.part && (tag.local === 'source' || tag.local === 'target')) {
      u.part = null
      return
    }
    if (u.part) {
      const seg = this.segFor(u)
      if (seg && (tag.local === 'g' || tag.local === 'pc')) seg.push({ type: 'close', id: attr(tag, 'id') ?? '?' })
      return
    }
    if (this.ns === NS_20 && tag.local === 'ignorable') {
      // An ignorable without a target keeps its source text in the target.
      const i = u.targets.length - 1
      if (u.targets[i] === null) u.targets[i] = u.ignorableText ? [{ type: 'text', text: u.ignorableText }] : []
      u.isIgnorable = false
      return
    }
    if (tag.local === 'trans-unit' || tag.local === 'unit') this.endUnit(u)
  }

  endUnit(u: UnitState) {
    if (this.ns === NS_20) {
      u.unit.target = u.targets.some((t) => t === null) || u.targets.length === 0 ? null : (u.targets as Seg[]).flat()
      u.unit.state = u.segStates.reduce<string | null>(
        (low, s) => (low === null || (STATE_RANK_21[s] ?? 0) < (STATE_RANK_21[low] ?? 0) ? s : low),
        null,
      )
    }
    this.out.units.push(u.unit)
    this.current = null
  }

  text(t: string) {
    const u = this.current
    if (!u || u.skipDepth > 0 || !u.part) return
    const seg = this.segFor(u)
    if (seg) this.push(seg, t)
    if (u.isIgnorable && u.part === 'source') u.ignorableText += t
  }

  read(xml: string): ParsedXliff {
    try {
      this.parser.write(xml)
      this.parser.close()
    } catch (e) {
      if (e instanceof XliffFileError) {
        if (/unclosed|unexpected end|document must contain a root/i.test(e.message))
          throw new XliffFileError(`The file ends before its XML is complete (truncated? ${e.message})`, e.line)
        throw e
      }
      throw new XliffFileError(`Not a well-formed XML file: ${(e as Error).message}`)
    }
    if (!this.rootSeen) throw new XliffFileError('The file holds no XML element: not an XLIFF file.')
    return this.out
  }
}

/** Parses an XLIFF file. Throws XliffFileError with one clear message for a bad file. */
export function parseXliff(input: Buffer | string, maxBytes = MAX_XLIFF_BYTES): ParsedXliff {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length
  if (size > maxBytes)
    throw new XliffFileError(
      `The file is ${mb(size)}; the limit is ${mb(maxBytes)}. Split the export (e.g. with --status) and import the parts.`,
    )
  if (size === 0) throw new XliffFileError('The file is empty: not an XLIFF file.')
  const out = new Reader().read(decode(input))
  const seen = new Map<string, number>()
  for (const u of out.units) {
    const first = seen.get(u.id)
    if (first !== undefined)
      throw new XliffFileError(
        `The unit id "${u.id}" appears twice (lines ${first} and ${u.line}): the file was merged or edited by hand`,
        u.line,
      )
    seen.set(u.id, u.line)
  }
  return out
}
