import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import { generateSigningKey, listFiles } from '../../src/publish/release/integrity'
import { verifyBundle } from '../../src/publish/release/verify'
import { release } from '../../src/publish/release/release'
import { MARKERS } from './fixtures'
import { collected, EXIF_MARKER, writeImages } from './release-fixture'

let tmp: string
let media: Record<string, string>
const key = generateSigningKey()

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-release-'))
  media = await writeImages(path.join(tmp, 'originals'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const out = (name: string) => path.join(tmp, name)
const readAll = (dir: string) => Object.fromEntries(listFiles(dir).map((p) => [p, fs.readFileSync(path.join(dir, p))]))

describe('release', () => {
  test('publishes a complete, signed, verifiable bundle; markers absent from every byte', async () => {
    const events: string[] = []
    const r = await release(collected(media), {
      out: out('a'),
      signingKey: key.privateKey,
      onProgress: (e) => events.push(e.step),
    })
    expect(r.status).toBe('published')
    expect(r.exitCode).toBe(0)
    expect(r.version).toBe('1.0.0')
    expect(r.dir).toBe(path.join(out('a'), 'belarus-2020', '1.0.0'))
    expect(events).toEqual(expect.arrayContaining(['validate', 'media', 'compare', 'write', 'done']))
    const files = listFiles(r.dir!)
    expect(files).toEqual(
      expect.arrayContaining([
        'CHANGELOG.md',
        'README.md',
        'changes.json',
        'content/ar.json',
        'content/en.json',
        'content/es.json',
        'content/fr.json',
        'content/ru.json',
        'schema/bundle.schema.json',
        'schema/changes.schema.json',
        'schema/manifest.schema.json',
      ]),
    )
    expect(files.filter((f) => f.startsWith('media/'))).toHaveLength(4)
    expect(fs.existsSync(path.join(r.dir!, 'manifest.json'))).toBe(true)
    expect(fs.existsSync(path.join(r.dir!, 'manifest.sig'))).toBe(true)
    const v = verifyBundle(r.dir!, { publicKey: key.publicKey })
    expect(v.problems).toEqual([])
    expect(v).toMatchObject({ ok: true, signed: true, keyPinned: true, version: '1.0.0' })

    // every byte, JSON and media
    const all = Object.values(readAll(r.dir!))
    for (const m of [...Object.values(MARKERS), EXIF_MARKER]) {
      for (const buf of all) expect(buf.includes(m)).toBe(false)
    }
    // the content validates with an independent validator against the bundle's own schema
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    ;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(r.dir!, 'schema/bundle.schema.json'), 'utf8')))
    const en = JSON.parse(fs.readFileSync(path.join(r.dir!, 'content/en.json'), 'utf8'))
    expect(validate(en)).toBe(true)
    expect(en.media[0].files.web.path).toMatch(/^media\/[0-9a-f]{64}\.web\.jpg$/)
    const manifest = JSON.parse(fs.readFileSync(path.join(r.dir!, 'manifest.json'), 'utf8'))
    expect(
      ajv.compile(JSON.parse(fs.readFileSync(path.join(r.dir!, 'schema/manifest.schema.json'), 'utf8')))(manifest),
    ).toBe(true)
    expect(
      manifest.sources.find((s: { collection: string; id: string }) => s.collection === 'chapters' && s.id === '2')
        .versionId,
    ).toBe('v-chapters-2')
  })

  test('reproducible: the same content twice gives byte-identical files', async () => {
    const a = await release(collected(media), { out: out('r1'), signingKey: key.privateKey })
    const b = await release(collected(media), { out: out('r2'), signingKey: key.privateKey })
    const fa = readAll(a.dir!)
    const fb = readAll(b.dir!)
    expect(Object.keys(fb)).toEqual(Object.keys(fa))
    for (const p of Object.keys(fa)) expect(fb[p].equals(fa[p])).toBe(true)
    for (const f of ['manifest.json', 'manifest.sig']) {
      expect(fs.readFileSync(path.join(b.dir!, f)).equals(fs.readFileSync(path.join(a.dir!, f)))).toBe(true)
    }
  })

  test('second publish without changes creates nothing; an edit gives the right bump and changelog', async () => {
    const o = out('seq')
    expect((await release(collected(media), { out: o, signingKey: null })).version).toBe('1.0.0')
    const same = await release(collected(media), { out: o, signingKey: null })
    expect(same).toMatchObject({ status: 'unchanged', exitCode: 0, version: '1.0.0' })
    expect(fs.readdirSync(path.join(o, 'belarus-2020')).filter((n) => !n.startsWith('.'))).toEqual(['1.0.0'])

    const patch = await release(
      collected(media, undefined, (c) => {
        c.input.docs.fr!.chapters!['2'].lead = 'Une année de répression brutale.'
      }),
      { out: o, signingKey: null },
    )
    expect(patch).toMatchObject({ status: 'published', version: '1.0.1' })
    expect(patch.changes!.items).toEqual([
      { collection: 'chapters', id: '2', title: 'Bélarus', locale: 'fr', change: 'changed', fields: ['lead'] },
    ])
    const changelog = fs.readFileSync(path.join(patch.dir!, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(/## 1\.0\.1[\s\S]*Changed chapters 2 “Bélarus”: lead[\s\S]*## 1\.0\.0/)

    const minor = await release(
      collected(media, undefined, (c) => {
        c.input.docs.fr!.chapters!['2'].lead = 'Une année de répression brutale.'
        for (const l of Object.keys(c.input.docs) as Array<keyof typeof c.input.docs>) {
          c.input.docs[l]!.statistics!['12'] = { ...c.input.docs[l]!.statistics!['11'], id: 12, value: 7 }
        }
      }),
      { out: o, signingKey: null },
    )
    expect(minor.version).toBe('1.1.0')

    const major = await release(collected(media, ['en', 'fr', 'es', 'ru']), { out: o, signingKey: null })
    expect(major.version).toBe('2.0.0')
    expect(major.changes!.locales.removed).toEqual(['ar'])

    await expect(release(collected(media), { out: o, version: '1.5.0', signingKey: null })).rejects.toThrow(
      /not greater than the previous version 2\.0\.0/,
    )
    const dry = await release(collected(media), { out: o, dryRun: true, signingKey: null })
    expect(dry).toMatchObject({ status: 'dry-run', version: '2.1.0' })
    expect(
      fs
        .readdirSync(path.join(o, 'belarus-2020'))
        .filter((n) => !n.startsWith('.'))
        .sort(),
    ).toEqual(['1.0.0', '1.0.1', '1.1.0', '2.0.0'])
  })

  test('invalid content: nothing written, exit code 1, all problems', async () => {
    const o = out('invalid')
    const r = await release(
      collected(media, undefined, (c) => {
        c.input.docs.en!.statistics!['11'].asOf = null
        c.input.docs.fr!.chapters!['2'].lead = null
      }),
      { out: o, signingKey: null },
    )
    expect(r).toMatchObject({ status: 'invalid', exitCode: 1 })
    expect(r.problems.map((p) => p.code)).toEqual(['statistic-as-of', 'missing-translation'])
    expect(r.summary).toContain('/admin/collections/chapters/2?locale=fr')
    expect(fs.existsSync(path.join(o, 'belarus-2020'))).toBe(false)
  })

  test('verify catches a flipped byte, a missing file, an extra file and a forged manifest', async () => {
    const r = await release(collected(media), { out: out('tamper'), signingKey: key.privateKey })
    const dir = r.dir!
    const fr = path.join(dir, 'content/fr.json')
    const buf = fs.readFileSync(fr)
    buf[100] ^= 0x01
    fs.writeFileSync(fr, buf)
    let v = verifyBundle(dir)
    expect(v.ok).toBe(false)
    expect(v.problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['checksum content/fr.json'])
    buf[100] ^= 0x01
    fs.writeFileSync(fr, buf)
    expect(verifyBundle(dir).ok).toBe(true)

    const img = listFiles(dir).find((f) => f.startsWith('media/'))!
    fs.renameSync(path.join(dir, img), path.join(tmp, 'moved'))
    fs.writeFileSync(path.join(dir, 'media', 'extra.jpg'), 'x')
    v = verifyBundle(dir)
    expect(v.problems.map((p) => `${p.kind} ${p.path}`)).toEqual([`missing ${img}`, 'extra media/extra.jpg'])
    fs.renameSync(path.join(tmp, 'moved'), path.join(dir, img))
    fs.rmSync(path.join(dir, 'media', 'extra.jpg'))

    // Re-hash a changed file into the manifest: the signature no longer matches.
    const manifestPath = path.join(dir, 'manifest.json')
    const original = fs.readFileSync(manifestPath)
    fs.writeFileSync(
      manifestPath,
      original.toString('utf8').replace('"bundleVersion": "1.0.0"', '"bundleVersion": "1.0.9"'),
    )
    v = verifyBundle(dir)
    expect(v.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['signature']))
    fs.writeFileSync(manifestPath, original)
    // A bundle re-signed with another key passes only if the key is not pinned.
    const other = generateSigningKey()
    expect(verifyBundle(dir, { publicKey: other.publicKey }).problems.map((p) => p.kind)).toContain('signature')
    expect(verifyBundle(dir, { publicKey: key.publicKey }).ok).toBe(true)
  })

  test('verify: an unsigned bundle whose manifest was rewritten to match swapped content is caught as inconsistent', async () => {
    const o = out('swap')
    const v1 = await release(collected(media), { out: o, signingKey: null })
    const v2 = await release(
      collected(media, undefined, (c) => {
        c.input.docs.fr!.chapters!['2'].lead = 'Autre texte.'
      }),
      { out: o, signingKey: null },
    )
    // Put 1.0.0's French content into 1.0.1 and fix the manifest's checksums by hand.
    fs.copyFileSync(path.join(v1.dir!, 'content/fr.json'), path.join(v2.dir!, 'content/fr.json'))
    const m = JSON.parse(fs.readFileSync(path.join(v2.dir!, 'manifest.json'), 'utf8'))
    const { fileEntries, contentChecksum } = await import('../../src/publish/release/integrity')
    m.files = fileEntries(v2.dir!)
    m.contentChecksum = contentChecksum(m.files)
    fs.writeFileSync(path.join(v2.dir!, 'manifest.json'), JSON.stringify(m))
    const v = verifyBundle(v2.dir!)
    expect(v.problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['inconsistent content/fr.json'])
    expect(verifyBundle(v2.dir!, { requireSignature: true }).problems.map((p) => p.kind)).toContain('signature')
  })

  test('two publishes at once: one wins, the other fails clearly', async () => {
    const o = out('concurrent')
    const results = await Promise.allSettled([
      release(collected(media), { out: o, signingKey: null }),
      release(collected(media), { out: o, signingKey: null }),
    ])
    const ok = results.filter((r) => r.status === 'fulfilled')
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(ok).toHaveLength(1)
    expect(failed).toHaveLength(1)
    expect(String(failed[0].reason.message)).toMatch(/Another publish of this report is running/)
    expect(fs.existsSync(path.join(o, 'belarus-2020', '.publish.lock'))).toBe(false)
  })

  test('killed mid-write: no version appears; the next publish cleans up and succeeds', async () => {
    const o = out('killed')
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/publish/slow-release.ts', o, path.join(tmp, 'child-img')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    )
    let outText = ''
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        outText += d
        if ((outText.match(/WROTE/g) ?? []).length >= 3) resolve()
      })
      child.on('exit', () => reject(new Error(`child exited early: ${outText}`)))
    })
    child.kill('SIGKILL')
    await new Promise((r) => child.once('close', r))
    const reportDir = path.join(o, 'belarus-2020')
    const names = fs.readdirSync(reportDir)
    expect(names.filter((n) => /^\d/.test(n))).toEqual([])
    expect(names.some((n) => n.startsWith('.tmp-'))).toBe(true)
    expect(names).toContain('.publish.lock')
    const r = await release(collected(media), { out: o, signingKey: null })
    expect(r.status).toBe('published')
    expect(
      fs
        .readdirSync(reportDir)
        .filter((n) => n !== '.media-cache')
        .sort(),
    ).toEqual(['1.0.0'])
    expect(verifyBundle(r.dir!).ok).toBe(true)
  }, 60_000)
})
