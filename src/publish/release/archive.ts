/**
 * A reproducible .tar.gz of a published bundle, without any dependency: a small POSIX ustar
 * writer plus zlib. Same files → byte-identical archive: entries in the given order, fixed mode
 * (0644), owner 0:0 without names, one fixed mtime (the bundle's generatedAt), gzip without a
 * file name or time stamp.
 */
import zlib from 'node:zlib'

export interface ArchiveEntry {
  /** Path inside the archive, '/'-separated, relative (no '..', no leading '/'). */
  name: string
  data: Buffer
}

const BLOCK = 512

/** Splits a path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a '/'. */
function splitName(name: string): { prefix: string; name: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name }
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i)
    const rest = name.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest }
  }
  throw new Error(`Path too long for a tar archive: ${name}`)
}

function octal(value: number, width: number): string {
  // width - 1 digits, then NUL.
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

function header(entry: ArchiveEntry, mtime: number): Buffer {
  if (!entry.name || entry.name.startsWith('/') || entry.name.split('/').includes('..')) {
    throw new Error(`Refusing the archive path ${JSON.stringify(entry.name)}`)
  }
  const h = Buffer.alloc(BLOCK, 0)
  const { prefix, name } = splitName(entry.name)
  h.write(name, 0, 100, 'utf8')
  h.write(octal(0o644, 8), 100, 8, 'ascii')
  h.write(octal(0, 8), 108, 8, 'ascii')
  h.write(octal(0, 8), 116, 8, 'ascii')
  h.write(octal(entry.data.length, 12), 124, 12, 'ascii')
  h.write(octal(mtime, 12), 136, 12, 'ascii')
  h.write('        ', 148, 8, 'ascii')
  h.write('0', 156, 1, 'ascii')
  h.write('ustar\0', 257, 6, 'ascii')
  h.write('00', 263, 2, 'ascii')
  h.write(octal(0, 8), 329, 8, 'ascii')
  h.write(octal(0, 8), 337, 8, 'ascii')
  h.write(prefix, 345, 155, 'utf8')
  let sum = 0
  for (const b of h) sum += b
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return h
}

/** An uncompressed ustar archive of the entries, in the order given. */
export function tar(entries: ArchiveEntry[], mtime: Date | number = 0): Buffer {
  const seconds = Math.max(0, Math.floor((typeof mtime === 'number' ? mtime : mtime.getTime()) / 1000))
  const parts: Buffer[] = []
  for (const e of entries) {
    parts.push(header(e, seconds), e.data)
    const pad = (BLOCK - (e.data.length % BLOCK)) % BLOCK
    if (pad) parts.push(Buffer.alloc(pad, 0))
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0))
  return Buffer.concat(parts)
}

/** tar + gzip (level 9; Node writes no name and a zero time stamp in the gzip header). */
export function tarGz(entries: ArchiveEntry[], mtime: Date | number = 0): Buffer {
  return zlib.gzipSync(tar(entries, mtime), { level: 9 })
}
