/**
 * `npm run import -- <bundle folder | .tar.gz | .zip> [--as admin@example.org] [--batch 250]
 * [--public-key KEY] [--require-signature]`: loads a published bundle as approved content.
 * A function (testable without a process); scripts/import.ts only calls it.
 */
import type { Payload, Where } from 'payload'

import { EXIT_USAGE, parseArgv } from '../cli/args'
import type { CliIo } from '../publish/cli'
import { contentApi, type Doc } from '../model/local'
import { ImportError, openBundle } from './source'
import { importBundle } from './write'

export const IMPORT_USAGE =
  'Usage: npm run import -- <bundle folder|bundle.tar.gz|bundle.zip> [--as <admin email>] [--batch N] [--public-key KEY] [--require-signature]'

export const IMPORT_HELP = `${IMPORT_USAGE}

Loads a published bundle (last year's report, or one converted from another system) into the CMS
as approved content in every locale it holds, with an "import" audit event per document. The
bundle is verified first (every file against manifest.json, and its signature): one that fails is
refused and nothing is written. Documents are written in batched transactions; when an import is
interrupted, run the same command again: it resumes where the last committed batch ended.

Options
  --as <email>           the admin the approvals are recorded under (default: the first admin)
  --batch <N>            documents per transaction (default 250)
  --public-key <key>     trusted Ed25519 public key the bundle must be signed with
  --require-signature    refuse an unsigned bundle
  -h, --help             this help

Testimonies: the confidential part (legal name, contact, consent record) is never in a bundle.
Imported testimonies record the consent their publication needed and say in their internal notes
that the signed record stays with the original publisher.

Exit codes: 0 imported (or already imported), 1 refused or failed, 2 bad arguments.`

const consoleIo: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) }

async function importer(payload: Payload, email: string | undefined): Promise<Doc> {
  const where: Where = email ? { email: { equals: email } } : { roles: { in: ['admin'] } }
  const found = await contentApi(payload).find({
    collection: 'users',
    where,
    limit: 1,
    sort: 'id',
    depth: 0,
    overrideAccess: true,
  })
  const user = found.docs[0]
  if (!user)
    throw new ImportError(email ? `No user ${email}.` : 'No admin user: create one first (npm run seed, or the admin).')
  if (!(user.roles as string[] | undefined)?.includes('admin'))
    throw new ImportError(`${String(user.email)} is not an admin: only an admin may import approved content.`)
  return user
}

export async function runImportCli(
  argv: string[],
  boot: () => Promise<Payload>,
  io: CliIo = consoleIo,
): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgv(
      argv.filter((a) => a !== '--'),
      {
        as: { type: 'string' },
        batch: { type: 'string' },
        'public-key': { type: 'string' },
        'require-signature': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      { positionals: true },
    ))
    if (values.help) {
      io.out(IMPORT_HELP)
      return 0
    }
    if (positionals.length !== 1) throw new Error('Give exactly one bundle (a folder, .tar.gz or .zip).')
    if (values.batch !== undefined && !/^[1-9]\d*$/.test(String(values.batch)))
      throw new Error(`--batch must be a whole number ≥ 1 (got ${JSON.stringify(values.batch)}).`)
  } catch (e) {
    io.err(`${(e as Error).message}\n${IMPORT_USAGE}`)
    return EXIT_USAGE
  }
  let bundle: ReturnType<typeof openBundle> | null = null
  let payload: Payload | null = null
  try {
    bundle = openBundle(positionals[0], {
      publicKey: values['public-key'] as string | undefined,
      requireSignature: values['require-signature'] === true,
    })
    const m = bundle.manifest
    io.out(`Bundle ${m.report.slug} ${m.bundleVersion} (${m.locales.join(', ')}) verified.`)
    payload = await boot()
    const user = await importer(payload, values.as as string | undefined)
    const result = await importBundle(payload, bundle, {
      user,
      batchSize: values.batch ? Number(values.batch) : undefined,
      log: (line) => io.out(`  ${line}`),
    })
    const counts = Object.entries(result.counts).map(([c, n]) => `${n} ${c}`)
    io.out(
      `Imported report ${m.report.year} as id ${result.reportId}: ${counts.join(', ') || 'nothing new'}` +
        `${result.skipped ? ` (${result.skipped} steps done by an earlier run)` : ''} in ${result.seconds.toFixed(1)} s.`,
    )
    return 0
  } catch (e) {
    io.err(e instanceof ImportError ? e.message : `Import failed: ${(e as Error).stack ?? String(e)}`)
    return 1
  } finally {
    bundle?.close()
    await payload?.destroy()
  }
}
