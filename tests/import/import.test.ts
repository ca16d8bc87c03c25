/**
 * `npm run import`: the demo bundle (published from a database of its own) loaded into a fresh
 * one. A tampered copy is refused and writes nothing; an import interrupted after a committed batch
 * resumes without duplicates; published again, the imported report gives the same bundle (ids
 * renumbered, approval date and media bytes aside); a second run adds nothing.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { runImportCli } from '../../src/import/cli'
import { openBundle } from '../../src/import/source'
import { importBundle } from '../../src/import/write'
import type { Doc } from '../../src/model/local'
import { runPublishCli } from '../../src/publish/cli'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let bundleDir: string
let admin: Doc

const io = () => {
  const out: string[] = []
  return { out, io: { out: (s: string) => void out.push(s), err: (s: string) => void out.push(s) } }
}
/** The CLIs destroy the instance they booted; the tests keep using theirs. */
const borrowed = async () =>
  new Proxy(payload, { get: (target, key) => (key === 'destroy' ? async () => {} : Reflect.get(target, key)) })

const count = async (collection: string) => (await payload.db.count({ collection: collection as never })).totalDocs

beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'tests/fixtures/demo-bundle.ts', path.join(dir, 'src')],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  )
  bundleDir = /^BUNDLE (.*)$/m.exec(out)![1]
  admin = (await payload.create({
    collection: 'users',
    data: {
      name: 'Importer',
      email: 'importer@folio.test',
      password: 'correct horse battery',
      roles: ['admin'],
    } as never,
    overrideAccess: true,
  })) as unknown as Doc
}, 240_000)
afterAll(async () => cleanup())

test('a tampered bundle is refused with the file that changed, and nothing is written', async () => {
  const copy = path.join(dir, 'tampered')
  fs.cpSync(bundleDir, copy, { recursive: true })
  const fr = path.join(copy, 'content/fr.json')
  fs.writeFileSync(fr, fs.readFileSync(fr, 'utf8').replace('Bélarus', 'Belarus'))
  const run = io()
  expect(await runImportCli([copy], borrowed, run.io)).toBe(1)
  const text = run.out.join('\n')
  expect(text).toMatch(/Refusing to import .*fails verification/)
  expect(text).toContain('content/fr.json')
  for (const c of ['reports', 'chapters', 'statistics', 'media']) expect(await count(c)).toBe(0)
  expect(
    (await payload.db.count({ collection: 'audit-events', where: { action: { equals: 'import' } } })).totalDocs,
  ).toBe(0)
}, 60_000)

test('an interrupted import resumes where its last committed batch ended, without duplicates', async () => {
  const bundle = openBundle(bundleDir)
  const interrupted = importBundle(payload, bundle, {
    user: admin,
    batchSize: 4,
    afterBatch: (n) => {
      if (n >= 8) throw new Error('interrupted after two batches')
    },
  })
  await expect(interrupted).rejects.toThrow('interrupted after two batches')
  const events = await payload.db.count({ collection: 'audit-events', where: { action: { equals: 'import' } } })
  expect(events.totalDocs).toBe(8)
  bundle.close()

  const run = io()
  expect(await runImportCli([bundleDir, '--batch', '5'], borrowed, run.io)).toBe(0)
  expect(run.out.join('\n')).toContain('resuming: 8 of')
  const en = JSON.parse(fs.readFileSync(path.join(bundleDir, 'content/en.json'), 'utf8'))
  expect(await count('reports')).toBe(1)
  expect(await count('chapters')).toBe(en.chapters.length)
  expect(await count('statistics')).toBe(en.statistics.length)
  expect(await count('testimonies')).toBe(en.testimonies.length)
  expect(await count('defenders')).toBe(en.defenders.length)
  expect(await count('organisations')).toBe(en.organisations.length)
  expect(await count('media')).toBe(en.media.length)

  // Run again: everything was done, nothing is added.
  const again = io()
  expect(await runImportCli([bundleDir], borrowed, again.io)).toBe(0)
  expect(again.out.join('\n')).toContain('nothing new')
  expect(await count('statistics')).toBe(en.statistics.length)
}, 120_000)

/** The original bundle's ids, as the import renumbered them (from its audit events). */
async function idMap(): Promise<Map<string, string>> {
  const events = await payload.db.find({
    collection: 'audit-events',
    where: { action: { equals: 'import' } },
    limit: 0,
    pagination: false,
  })
  const m = new Map<string, string>()
  for (const e of events.docs as Doc[]) {
    const d = e.details as { sourceId: string }
    m.set(`${String(e.collection)}:${d.sourceId}`, String(e.docId))
  }
  return m
}

type J = Record<string, unknown>
const EMBED: Record<string, string> = { statistic: 'statistics', testimony: 'testimonies', defender: 'defenders' }

/** The bundle with ids renumbered and what an import cannot keep (dates of approval, media bytes) left out. */
function renumbered(b: J, ids: Map<string, string>): J {
  const id = (c: string, v: unknown) => (v == null ? v : (ids.get(`${c}:${String(v)}`) ?? `unmapped ${c}:${String(v)}`))
  const rich = (v: unknown): unknown =>
    JSON.parse(JSON.stringify(v ?? null), (_k, x) => {
      if (x && typeof x === 'object' && x.type === 'embed') return { ...x, id: id(EMBED[x.kind], x.id) }
      if (x && typeof x === 'object' && x.type === 'video') return { ...x, poster: id('media', x.poster) }
      return x
    })
  const r = b.report as J
  const each = (k: string, f: (x: J) => J) => (b[k] as J[]).map(f)
  return {
    ...b,
    generatedAt: null,
    generatedAtDisplay: null,
    report: {
      ...r,
      id: id('reports', r.id),
      coverImage: id('media', r.coverImage),
      organisation: id('organisations', r.organisation),
      introduction: rich(r.introduction),
    },
    chapters: each('chapters', (c) => ({
      ...c,
      id: id('chapters', c.id),
      body: rich(c.body),
      headlineStatistics: (c.headlineStatistics as string[]).map((x) => id('statistics', x)),
      testimonies: (c.testimonies as string[]).map((x) => id('testimonies', x)),
      defenders: (c.defenders as string[]).map((x) => id('defenders', x)),
      partners: (c.partners as string[]).map((x) => id('organisations', x)),
    })),
    statistics: each('statistics', (s) => ({
      ...s,
      id: id('statistics', s.id),
      chapter: id('chapters', s.chapter),
      source: { ...(s.source as J), organisation: id('organisations', (s.source as J).organisation) },
    })),
    testimonies: each('testimonies', (t) => ({
      ...t,
      id: id('testimonies', t.id),
      chapter: id('chapters', t.chapter),
      body: rich(t.body),
      media: (t.media as string[]).map((x) => id('media', x)),
    })),
    defenders: each('defenders', (d) => ({
      ...d,
      id: id('defenders', d.id),
      photo: id('media', d.photo),
      organisation: id('organisations', d.organisation),
      biography: rich(d.biography),
    })),
    organisations: each('organisations', (o) => ({ ...o, id: id('organisations', o.id) })),
    media: each('media', (m) => ({ ...m, id: id('media', m.id), files: null })),
  }
}

test('published again, the imported report gives the same bundle in every locale', async () => {
  const out = path.join(dir, 'republished')
  const run = io()
  const code = await runPublishCli(['--report', '2020', '--out', out, '--no-pdf', '--no-web'], borrowed, run.io)
  expect({ code, output: run.out.join('\n') }).toMatchObject({ code: 0 })
  const again = /^Bundle: (.*)$/m.exec(run.out.join('\n'))![1]
  const ids = await idMap()
  for (const l of ['en', 'fr', 'es', 'ru', 'ar']) {
    const before = JSON.parse(fs.readFileSync(path.join(bundleDir, `content/${l}.json`), 'utf8'))
    const after = JSON.parse(fs.readFileSync(path.join(again, `content/${l}.json`), 'utf8'))
    expect({
      ...after,
      generatedAt: null,
      generatedAtDisplay: null,
      media: after.media.map((m: J) => ({ ...m, files: null })),
    }).toEqual(renumbered(before, ids))
  }
  // The latest version (what editors and the workflow read) names the approved version in each locale.
  const latest = await payload.find({ collection: 'statistics', draft: true, depth: 0, limit: 1, overrideAccess: true })
  const rows = latest.docs[0].translations as { locale: string; status: string; approvedVersion: string | null }[]
  expect(rows.map((r) => [r.locale, r.status, typeof r.approvedVersion])).toEqual(
    ['fr', 'es', 'ru', 'ar'].map((l) => [l, 'approved', 'string']),
  )
  // Every imported document has its import event, naming this bundle.
  const manifest = fs.readFileSync(path.join(bundleDir, 'manifest.json'))
  const sha = (await import('node:crypto')).createHash('sha256').update(manifest).digest('hex')
  const events = await payload.db.find({
    collection: 'audit-events',
    where: { action: { equals: 'import' } },
    limit: 0,
    pagination: false,
  })
  expect((events.docs as Doc[]).every((e) => (e.details as J).bundle === sha)).toBe(true)
}, 120_000)
