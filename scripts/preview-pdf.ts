/**
 * Preview the PDF edition without publishing anything.
 *
 *   npx tsx scripts/preview-pdf.ts --bundle releases/annual-report-2020/1.0.0 [--locale fr] [--chapter belarus]
 *   npx tsx scripts/preview-pdf.ts --fixture [--locale ar]      (the test fixture: for template work)
 *
 * Options: --out DIR (default previews/), --standard ua-1|a-2b, --final (no DRAFT watermark).
 * Exit codes: 0 written, 1 render failed, 2 bad arguments.
 *
 *   npm run preview:pdf -- --report 2020 --locale fr [--chapter belarus]   (the CMS's current drafts)
 */
import fs from 'node:fs'
import path from 'node:path'

import { EXIT_USAGE, parseArgv, type CliOptions, type ParsedArgs } from '../src/cli/args'
import { bootForCli } from '../src/cli/payload'
import { parseLocales } from '../src/publish/options'
import { pdfFileName, renderAll, type PdfStandard } from '../src/publish/editions/pdf/render'
import { previewDrafts } from '../src/publish/editions/pdf/preview'
import { mediaReader } from '../src/publish/editions/pdf/stage'
import { LocaleBundleSchema, type BundleLocale, type LocaleBundle } from '../src/publish/bundle/schema'

const HELP = `Usage: npm run preview:pdf -- (--report YEAR|SLUG | --bundle DIR | --fixture) [--locale en,fr] [--chapter SLUG]
       [--out DIR] [--standard ua-1|a-2b] [--final]`

const OPTIONS: CliOptions = {
  report: { type: 'string' },
  bundle: { type: 'string' },
  fixture: { type: 'boolean' },
  locale: { type: 'string' },
  chapter: { type: 'string' },
  out: { type: 'string' },
  standard: { type: 'string' },
  final: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
}

type Values = ParsedArgs['values']

/** --report: the CMS's current drafts, watermarked DRAFT; no release is created. */
async function previewReport(o: Values, wanted: string[] | null): Promise<number> {
  let locales: BundleLocale[]
  try {
    locales = parseLocales(wanted?.join(','))
  } catch (e) {
    console.error(`${(e as Error).message}\n${HELP}`)
    return EXIT_USAGE
  }
  const payload = await bootForCli()
  try {
    await previewDrafts(payload, {
      report: String(o.report),
      locales,
      chapters: typeof o.chapter === 'string' ? o.chapter.split(',') : undefined,
      out: String(o.out ?? 'previews'),
      standard: o.standard as PdfStandard | undefined,
      onProgress: (line) => console.log(line),
    })
    return 0
  } catch (e) {
    console.error(`Preview failed: ${(e as Error).message}`)
    return 1
  } finally {
    await payload.destroy()
  }
}

async function main(): Promise<number> {
  let o: Values
  try {
    o = parseArgv(process.argv.slice(2), OPTIONS).values
    if (o.help) {
      console.log(HELP)
      return 0
    }
    if ([o.report, o.bundle, o.fixture].filter(Boolean).length !== 1)
      throw new Error('give one of --report YEAR|SLUG, --bundle DIR or --fixture')
    if (o.standard && !['ua-1', 'a-2b'].includes(String(o.standard))) throw new Error('--standard is ua-1 or a-2b')
  } catch (e) {
    console.error(`${(e as Error).message}\n${HELP}`)
    return EXIT_USAGE
  }
  const wanted = typeof o.locale === 'string' ? o.locale.split(',') : null
  if (o.report) return previewReport(o, wanted)
  let bundles: LocaleBundle[]
  let media: (p: string) => Buffer
  let manifestInfo = { version: 'preview', checksum: '0'.repeat(64) }
  if (o.bundle) {
    const dir = String(o.bundle)
    const files = fs.readdirSync(path.join(dir, 'content')).filter((f) => f.endsWith('.json'))
    bundles = files.map((f) =>
      LocaleBundleSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'content', f), 'utf8'))),
    )
    media = mediaReader(dir)
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    manifestInfo = { version: manifest.bundleVersion, checksum: manifest.contentChecksum ?? manifestInfo.checksum }
  } else {
    const fx = await import('../tests/pdf/fixtures/belarus')
    const m = await fx.buildMedia()
    bundles = fx.LOCALES.map((l) => fx.buildBundle(l, m))
    media = (p) => m.files.get(p)!
    manifestInfo = fx.MANIFEST_INFO
  }
  if (wanted) bundles = bundles.filter((b) => wanted.includes(b.locale))
  if (!bundles.length) {
    console.error('no bundle for the requested locale(s)')
    return EXIT_USAGE
  }
  const out = String(o.out ?? 'previews')
  fs.mkdirSync(out, { recursive: true })
  const t0 = performance.now()
  try {
    const results = await renderAll({
      bundles,
      manifestInfo,
      media,
      draft: !o.final,
      standard: (o.standard as PdfStandard) ?? 'ua-1',
      chapters: typeof o.chapter === 'string' ? o.chapter.split(',') : undefined,
    })
    for (const r of results) {
      const b = bundles.find((x) => x.locale === (r.locale as BundleLocale))!
      const f = path.join(out, pdfFileName(b).replace(/\.pdf$/, o.final ? '.pdf' : '.draft.pdf'))
      fs.writeFileSync(f, r.pdf)
      console.log(`${f}: ${r.pages} pages, ${Math.round(r.ms)} ms`)
    }
    console.log(`done in ${Math.round(performance.now() - t0)} ms`)
    return 0
  } catch (e) {
    console.error((e as Error).message)
    return 1
  }
}

const code = await main()
process.exit(code)
