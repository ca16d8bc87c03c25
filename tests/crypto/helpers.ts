import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { testimonies } from '../../src/seed/testimonies'

/** The demo's fictional confidential values (legal names, contacts, internal notes). */
export const demoSecrets = (): string[] =>
  testimonies
    .flatMap((t) => [t.legalName, t.contact, t.internalNotes])
    .concat(['Fictional Person C (demo record)', 'Fictional Person D (demo record)'])

/** Every file under `dir` whose bytes contain one of `needles` (as UTF-8), with the needle found. */
export function filesContaining(dir: string, needles: string[]): string[] {
  const hits: string[] = []
  const visit = (d: string) => {
    if (!fs.existsSync(d)) return
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) visit(p)
      else if (e.isFile()) {
        const bytes = fs.readFileSync(p)
        for (const n of needles) if (bytes.includes(Buffer.from(n, 'utf8'))) hits.push(`${p}: ${n}`)
      }
    }
  }
  visit(dir)
  return hits
}

/** SQL on the running SQLite database (raw, below Payload). */
export const sql = async (payload: Payload, statement: string, args: unknown[] = []) => {
  const client = (
    payload.db as unknown as { client: { execute(q: unknown): Promise<{ rows: Record<string, unknown>[] }> } }
  ).client
  return (await client.execute({ sql: statement, args })).rows
}

/** A small PNG standing in for a scanned consent form (a fictional sample: blank pixels). */
export const sampleConsentImage = (): Promise<Buffer> =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#eeeeee' } })
    .png()
    .toBuffer()
