/**
 * The command lines, as functions (testable without a process): `npm run publish` and
 * `npm run verify`. scripts/publish.ts and scripts/verify.ts only call these.
 */
import type { Payload } from 'payload'

import { EXIT_USAGE, parseArgv, type CliOptions, type ParsedArgs } from '../cli/args'

import { PublishArgumentError, PublishRunningError } from './errors'
import type { ProgressEvent } from './events'
import { parseLocales } from './options'
import { generateSigningKey } from './release/integrity'
import { PublishLockedError } from './release/lock'
import { formatVerifyResult, verifyBundle, type VerifyResult } from './release/verify'
import { releasesDirSetting } from './release/folder'
import type { PublishOptions } from './index'

export const PUBLISH_USAGE =
  'Usage: npm run publish -- --report <year|slug> [--locales en,fr,...] [--version auto|X.Y.Z] [--out releases] [--dry-run] [--allow-incomplete] [--no-pdf] [--pdf-standard ua-1|a-2b] [--no-web]'

export const PUBLISH_HELP = `${PUBLISH_USAGE}

Publishes the APPROVED content of one report as a versioned, verifiable bundle:
releases/<report-slug>/<version>/ with content/<locale>.json, media/, schema/, changes.json,
CHANGELOG.md, the PDF edition pdf/<report>.<locale>.pdf, the web edition web/ (a static
site: web/<locale>/index.html, a page per chapter, testimonies, defenders), and manifest.json
(signed with FOLIO_SIGNING_KEY when set).

Options
  --report <year|slug>   the report, e.g. 2020 or belarus-2020 (required)
  --locales <list>       comma-separated locales to publish (default: every configured locale)
  --version <v>          auto (default): semantic version from the changes since the previous
                         version (removed items or locales: major; added: minor; text: patch);
                         or an explicit X.Y.Z greater than the previous one
  --out <dir>            output folder (default: FOLIO_RELEASES_DIR, else releases); the newest
                         version there is the previous one
  --dry-run              collect and validate, say what would be published, write nothing
  --allow-incomplete     publish items without an approved translation in the default-locale
                         (en) text, marked as fallbacks in the bundle, instead of failing
  --no-pdf               do not typeset the PDF edition (JSON bundle only)
  --pdf-standard <s>     ua-1 (default: tagged, accessible PDF/UA-1) or a-2b (archival PDF/A-2b)
  --no-web               do not build the web edition
  -h, --help             this help

Environment
  FOLIO_SIGNING_KEY      Ed25519 private key (PKCS#8 PEM, or its DER in base64) to sign manifest.json
  FOLIO_WEB_BASE_URL     public address of the web edition (canonical URLs, sitemap), e.g.
                         https://example.org/report/{year}/ (default: FOLIO_SERVER_URL/report/<year>/)
  FOLIO_RELEASES_DIR     the releases folder (default: releases), shared with the admin's publish view
  DATABASE_URL           the CMS database (see README)
  FOLIO_PUBLISH_LEASE_MS how long a publish that stopped renewing its lease blocks others (default 60000)

Exit codes: 0 published, or nothing changed, or dry run passed; 1 validation failed or the publish
failed; 2 bad arguments; 3 refused: another publish of the report is running (in any process or
app instance; the message says who and since when), nothing was read or written.`

/** Exit code of a publish refused because another publish of the report is running. */
export const EXIT_BUSY = 3

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
}

const consoleIo: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) }

export interface PublishCliOptions extends PublishOptions {
  pdf: boolean
  pdfStandard: 'ua-1' | 'a-2b'
  web: boolean
}

const PUBLISH_OPTIONS: CliOptions = {
  report: { type: 'string' },
  locales: { type: 'string' },
  version: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'allow-incomplete': { type: 'boolean' },
  'no-pdf': { type: 'boolean' },
  'no-web': { type: 'boolean' },
  'pdf-standard': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
}

export function parsePublishArgs(argv: string[]): { help: true } | { help: false; options: PublishCliOptions } {
  let values: ParsedArgs['values']
  try {
    ;({ values } = parseArgv(argv, PUBLISH_OPTIONS))
  } catch (e) {
    throw new PublishArgumentError((e as Error).message)
  }
  if (values.help) return { help: true }
  if (!values.report || typeof values.report !== 'string') throw new PublishArgumentError('--report is required')
  const version = (values.version as string | undefined) ?? 'auto'
  if (version !== 'auto' && !/^\d+\.\d+\.\d+$/.test(version))
    throw new PublishArgumentError(`--version must be auto or X.Y.Z (got "${version}")`)
  const pdfStandard = (values['pdf-standard'] as string | undefined) ?? 'ua-1'
  if (pdfStandard !== 'ua-1' && pdfStandard !== 'a-2b')
    throw new PublishArgumentError(`--pdf-standard must be ua-1 or a-2b (got "${pdfStandard}")`)
  return {
    help: false,
    options: {
      pdf: !values['no-pdf'],
      web: !values['no-web'],
      pdfStandard,
      report: values.report,
      locales: values.locales === undefined ? undefined : parseLocales(values.locales as string),
      version,
      out: (values.out as string | undefined) ?? releasesDirSetting(),
      dryRun: Boolean(values['dry-run']),
      allowIncomplete: Boolean(values['allow-incomplete']),
    },
  }
}

const progressLine = (e: ProgressEvent): string => {
  const pad = `[${e.step}]`.padEnd(11)
  return `${pad}${e.message}`
}

/** Runs `publish`; returns the exit code. `boot` gives a Payload instance (and is not called for --help or bad arguments). */
export async function runPublishCli(
  argv: string[],
  boot: () => Promise<Payload>,
  io: CliIo = consoleIo,
): Promise<number> {
  let parsed: ReturnType<typeof parsePublishArgs>
  try {
    parsed = parsePublishArgs(argv)
  } catch (e) {
    io.err(`${(e as Error).message}\n${PUBLISH_USAGE}`)
    return EXIT_USAGE
  }
  if (parsed.help) {
    io.out(PUBLISH_HELP)
    return 0
  }
  const { publish } = await import('./index')
  let payload: Payload | null = null
  try {
    payload = await boot()
    const onProgress = (e: ProgressEvent) => io.out(progressLine(e))
    const { pdf, pdfStandard, web, ...options } = parsed.options
    const { chainEditions, webEdition } = await import('./editions/web/stage')
    const beforeManifest = chainEditions(
      pdf && (await import('./editions/pdf/stage')).pdfEdition({ standard: pdfStandard, onProgress }),
      web && webEdition({ onProgress }),
    )
    const result = await publish(payload, { ...options, onProgress, beforeManifest })
    if (result.status === 'invalid') {
      io.err(result.summary)
      return 1
    }
    if (result.status !== 'published') io.out(result.summary)
    if (result.dir) io.out(`Bundle: ${result.dir}\nVersion: ${result.version}`)
    io.out(
      `Timings (ms): ${Object.entries(result.timingsMs)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    )
    return 0
  } catch (e) {
    if (e instanceof PublishArgumentError) {
      io.err(`${e.message}\n${PUBLISH_USAGE}`)
      return EXIT_USAGE
    }
    if (e instanceof PublishRunningError || e instanceof PublishLockedError) {
      io.err(`Publish refused: ${(e as Error).message}`)
      return EXIT_BUSY
    }
    io.err(`Publish failed: ${(e as Error).message}`)
    return 1
  } finally {
    await payload?.destroy()
  }
}

export const VERIFY_USAGE =
  'Usage: npm run verify -- <bundle dir> [--public-key <base64 SPKI | PEM | @file>] [--require-signature] [--json]\n       npm run verify -- --generate-key'

export const VERIFY_HELP = `${VERIFY_USAGE}

Checks a published bundle: every file's size and SHA-256 against manifest.json, no file missing
or added, the content files' version and locale, and the Ed25519 signature (manifest.sig).
Without --public-key the key recorded in the manifest is used, which proves integrity but not
origin: pin the organisation's key with --public-key (or FOLIO_VERIFY_KEY).

  --public-key <key>     trusted public key: base64 SPKI DER, PEM, or @path to a file holding one
  --require-signature    fail when the bundle is not signed
  --json                 print the result as JSON
  --generate-key         print a new key pair (FOLIO_SIGNING_KEY and its public key) and exit

Exit codes: 0 verified; 1 tampered, incomplete or badly signed; 2 bad arguments.`

const VERIFY_OPTIONS: CliOptions = {
  'public-key': { type: 'string' },
  'require-signature': { type: 'boolean' },
  json: { type: 'boolean' },
  'generate-key': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
}

export async function runVerifyCli(
  argv: string[],
  io: CliIo = consoleIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let values: ParsedArgs['values']
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgv(argv, VERIFY_OPTIONS, { positionals: true }))
  } catch (e) {
    io.err(`${(e as Error).message}\n${VERIFY_USAGE}`)
    return EXIT_USAGE
  }
  if (values.help) {
    io.out(VERIFY_HELP)
    return 0
  }
  if (values['generate-key']) {
    const k = generateSigningKey()
    io.out(`FOLIO_SIGNING_KEY=${k.privateKey}\n# public key (give it to readers, --public-key):\n${k.publicKey}`)
    return 0
  }
  if (positionals.length !== 1) {
    io.err(`Give exactly one bundle directory.\n${VERIFY_USAGE}`)
    return EXIT_USAGE
  }
  let publicKey = (values['public-key'] as string | undefined) ?? env.FOLIO_VERIFY_KEY
  if (publicKey?.startsWith('@')) {
    const fs = await import('node:fs')
    publicKey = fs.readFileSync(publicKey.slice(1), 'utf8')
  }
  let result: VerifyResult
  try {
    result = verifyBundle(positionals[0], {
      publicKey: publicKey || undefined,
      requireSignature: Boolean(values['require-signature']),
    })
  } catch (e) {
    io.err(`${(e as Error).message}\n${VERIFY_USAGE}`)
    return EXIT_USAGE
  }
  io.out(values.json ? JSON.stringify(result, null, 2) : formatVerifyResult(result))
  return result.ok ? 0 : 1
}
