/** Thin wrappers around Debian's qpdf and poppler-utils, used by the PDF tests. */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

export function hasTools(): boolean {
  return ['qpdf', 'pdfinfo', 'pdffonts', 'pdftotext'].every((t) => spawnSync('which', [t]).status === 0)
}

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const r = run('qpdf', ['--check', file])
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` }
}

export function pdfinfo(file: string, ...extra: string[]): Record<string, string> {
  const out = execFileSync('pdfinfo', [...extra, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  const info: Record<string, string> = {}
  for (const line of out.split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line)
    if (m) info[m[1]!.trim()] = m[2]!.trim()
  }
  return info
}

export function pdfMeta(file: string): string {
  return execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
}

export function pdffonts(file: string): { name: string; type: string; emb: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' })
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/)
      // name type... encoding emb sub uni objectID gen: emb is the 5th from the end.
      return { name: cols[0]!, type: cols.slice(1, -6).join(' '), emb: cols[cols.length - 5] === 'yes' }
    })
}

/** Text of the whole file or of one page, with hyphenation undone and whitespace collapsed. */
export function pdftext(file: string, page?: number): string {
  const args = page ? ['-f', String(page), '-l', String(page)] : []
  const out = execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return normalise(out)
}

export function normalise(s: string): string {
  return s
    .replace(/\u00ad\s*/g, '') // soft hyphen from hyphenation
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The catalogue's /Lang, read from an uncompressed copy. */
export function catalogLang(file: string, tmp: string): string | null {
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, tmp])
  const raw = fs.readFileSync(tmp, 'latin1')
  const m = /\/Lang \(([^)]*)\)/.exec(raw)
  return m ? m[1]! : null
}

export interface Bookmark {
  title: string
  page: number
  kids: Bookmark[]
}

/** The PDF outline (bookmarks) with the page each one points to, from qpdf's JSON. */
export function bookmarks(file: string): Bookmark[] {
  const out = execFileSync('qpdf', ['--json=2', '--json-key=outlines', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  type Raw = { title: string; destpageposfrom1: number; kids: Raw[] }
  const conv = (r: Raw): Bookmark => ({ title: r.title, page: r.destpageposfrom1, kids: r.kids.map(conv) })
  return (JSON.parse(out).outlines as Raw[]).map(conv)
}

/** Page numbers printed in a table of contents: the numbers next to dot leaders, in order. */
export function tocNumbers(rawPageText: string): number[] {
  const re = /(\d+)\s*(?:\.\s*){3,}|(?:\.\s*){3,}(\d+)/g
  const nums: number[] = []
  for (const m of rawPageText.matchAll(re)) nums.push(Number(m[1] ?? m[2]))
  return nums
}

export function rawText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  })
}

export interface Word {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}
export interface Line extends Omit<Word, 'text'> {
  text: string
  words: Word[]
}

const unxml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The lines of one page with their words and boxes (points, from the top left), from poppler's -bbox-layout. */
export function pageLines(file: string, page: number): Line[] {
  const out = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const num = (a: string, k: string) => Number(new RegExp(`${k}="([\\d.]+)"`).exec(a)![1])
  const box = (a: string) => ({
    xMin: num(a, 'xMin'),
    yMin: num(a, 'yMin'),
    xMax: num(a, 'xMax'),
    yMax: num(a, 'yMax'),
  })
  return [...out.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((m) => {
    const words = [...m[2]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      text: unxml(w[2]!),
      ...box(w[1]!),
    }))
    return { ...box(m[1]!), words, text: words.map((w) => w.text).join(' ') }
  })
}
