import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

import { parsePublishArgs, runPublishCli, runVerifyCli } from '../../src/publish/cli'
import { generateSigningKey } from '../../src/publish/release/integrity'
import { release } from '../../src/publish/release/release'
import { collected } from './release-fixture'

const io = () => {
  const lines: string[] = []
  return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) } }
}
const noBoot = async () => {
  throw new Error('must not boot')
}

describe('publish CLI', () => {
  test('parses every option with defaults', () => {
    expect(parsePublishArgs(['--report', '2020'])).toEqual({
      help: false,
      options: {
        report: '2020',
        locales: undefined,
        version: 'auto',
        out: 'releases',
        dryRun: false,
        allowIncomplete: false,
        pdf: true,
        pdfStandard: 'ua-1',
        web: true,
      },
    })
    expect(
      parsePublishArgs([
        '--report',
        'belarus-2020',
        '--locales',
        'en,fr',
        '--version',
        '2.0.0',
        '--out',
        'x',
        '--dry-run',
        '--allow-incomplete',
        '--no-web',
      ]),
    ).toMatchObject({
      options: { locales: ['en', 'fr'], version: '2.0.0', out: 'x', dryRun: true, allowIncomplete: true, web: false },
    })
  })
  test.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--report'], /argument missing|--report/],
    [[], /--report is required/],
    [['--report', '2020', '--version', 'v2'], /--version must be auto or X\.Y\.Z/],
    [['--report', '2020', '--locales', 'en,xx'], /Unknown locale xx/],
    [['--report', '2020', 'extra'], /positional/i],
    [['--report', '2020', '--pdf-standard', 'x'], /--pdf-standard must be ua-1 or a-2b/],
  ])('%j → exit 2 with a usage line', async (argv, message) => {
    const { lines, io: o } = io()
    expect(await runPublishCli(argv as string[], noBoot, o)).toBe(2)
    expect(lines.join('\n')).toMatch(message as RegExp)
    expect(lines.join('\n')).toContain('Usage: npm run publish -- --report')
  })
  test('--help explains every option, exit 0', async () => {
    const { lines, io: o } = io()
    expect(await runPublishCli(['--help'], noBoot, o)).toBe(0)
    for (const opt of [
      '--report',
      '--locales',
      '--version',
      '--out',
      '--dry-run',
      '--allow-incomplete',
      '--no-pdf',
      '--pdf-standard',
      '--no-web',
      'FOLIO_SIGNING_KEY',
      'FOLIO_WEB_BASE_URL',
      'Exit codes',
    ]) {
      expect(lines.join('\n')).toContain(opt)
    }
  })
})

describe('verify CLI', () => {
  test('0 for an intact bundle, 1 with the tampered file named, 2 for bad arguments', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-cli-'))
    try {
      const key = generateSigningKey()
      const r = await release(collected({}), { out: tmp, signingKey: key.privateKey })
      let o = io()
      expect(await runVerifyCli([r.dir!, '--public-key', key.publicKey], o.io)).toBe(0)
      expect(o.lines[0]).toMatch(
        /^OK .* version 1\.0\.0, \d+ files verified, signature valid \(key [0-9a-f]{16}, pinned\)/,
      )
      const f = path.join(r.dir!, 'content/ru.json')
      const b = fs.readFileSync(f)
      b[b.length - 5] ^= 0x20
      fs.writeFileSync(f, b)
      o = io()
      expect(await runVerifyCli([r.dir!], o.io)).toBe(1)
      expect(o.lines.join('\n')).toMatch(
        /FAILED[\s\S]*checksum\s+content\/ru\.json: SHA-256 [0-9a-f]{64}, manifest says [0-9a-f]{64}/,
      )
      o = io()
      expect(await runVerifyCli([], o.io)).toBe(2)
      expect(await runVerifyCli(['--nope', r.dir!], o.io)).toBe(2)
      o = io()
      expect(await runVerifyCli(['--generate-key'], o.io)).toBe(0)
      expect(o.lines[0]).toMatch(/^FOLIO_SIGNING_KEY=MC4CAQAwBQYDK2VwBCIEI/)
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})
