/**
 * `npm run xliff -- export ...` and `npm run xliff -- import ...`, as a function (scripts/xliff.ts
 * only calls it). Exit codes: 0 done (import: units applied or nothing to change), 1 import with
 * rejected units, 2 bad file, refused import (locale, user) or bad usage.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { EXIT_USAGE, parseCli } from '../../cli/args'
import { XliffFileError } from '../parse'
import type { Format } from '../types'
import { exportXliff, parseStatuses, XliffRequestError } from './export'
import { importXliff, type ImportReport, type ImportUser } from './import'

export const XLIFF_USAGE = `Usage: npm run xliff -- export --report <year|slug> --locale <fr|es|ru|ar> [--format 1.2|2.1] [--status missing,stale,in-progress] [--glossary] --out <file.xlf>
       npm run xliff -- import <file.xlf> [--dry-run] [--as <email>]

export   writes the report's translatable text for one locale as XLIFF (1.2 by default, or 2.1):
         the documents whose translation has one of the --status values (missing, stale,
         in-progress, ready-for-review, approved; default missing,stale,in-progress), their latest
         drafts. --glossary also writes the glossary as TBX-Basic next to it (<out>.tbx).
import   checks every unit (source unchanged since the export, inline codes as in the source) and
         applies the translated ones as drafts of the file's locale, in one transaction, as the
         user --as (default: the first admin). --dry-run checks and reports, and writes nothing.

Exit codes: 0 done; 1 some units were rejected (the others were applied); 2 bad file, refused
import or bad usage (nothing was changed).`

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
}
const consoleIo: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) }

export function formatImportReport(r: ImportReport): string[] {
  const lines = [r.summary]
  for (const d of r.documents) {
    const c = d.counts
    const parts = (['applied', 'unchanged', 'stale', 'rejected', 'untranslated'] as const)
      .filter((k) => c[k])
      .map((k) => `${c[k]} ${k}`)
    const moved = d.statusAfter !== d.statusBefore ? ` (${d.statusBefore} → ${d.statusAfter})` : ''
    lines.push(`  ${d.collection} ${d.id} “${d.title}”: ${parts.join(', ') || 'nothing'}${moved}  ${d.url}`)
    for (const n of d.notes) lines.push(`    note: ${n}`)
  }
  for (const u of r.units)
    if (u.outcome === 'rejected' || u.outcome === 'stale')
      lines.push(`  ${u.outcome}: ${u.id} (line ${u.line}): ${u.reason}`)
  return lines
}

async function findUser(payload: Payload, email: string | undefined): Promise<ImportUser | null> {
  const found = await payload.find({
    collection: 'users',
    where: email ? { email: { equals: email } } : { roles: { contains: 'admin' } },
    sort: 'id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const u = found.docs[0] as unknown as ImportUser | undefined
  return u ? { ...u, collection: 'users' } : null
}

async function runExport(argv: string[], boot: () => Promise<Payload>, io: CliIo): Promise<number> {
  const { values } = parseCli(
    argv,
    {
      report: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
      status: { type: 'string' },
      glossary: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    XLIFF_USAGE,
  )
  const missing = ['report', 'locale', 'out'].filter((k) => typeof values[k] !== 'string' || values[k] === '')
  if (missing.length) {
    io.err(
      `${missing.map((m) => `--${m}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} required\n${XLIFF_USAGE.split('\n')[0]}`,
    )
    return EXIT_USAGE
  }
  const format = (values.format as string | undefined) ?? '1.2'
  if (format !== '1.2' && format !== '2.1') {
    io.err(`--format must be 1.2 or 2.1 (got "${format}")`)
    return EXIT_USAGE
  }
  const payload = await boot()
  try {
    const r = await exportXliff(payload, {
      report: values.report as string,
      locale: values.locale as string,
      format: format as Format,
      statuses: parseStatuses(values.status as string | undefined),
      glossary: Boolean(values.glossary),
    })
    const out = path.resolve(values.out as string)
    fs.writeFileSync(out, r.xml)
    io.out(
      `Wrote ${out}: ${r.documents} documents, ${r.units} units of “${r.report.title}” for ${values.locale} (XLIFF ${format}).`,
    )
    if (values.glossary) {
      if (r.tbx) {
        const tbx = `${out.replace(/\.(xlf|xliff|xml)$/i, '')}.tbx`
        fs.writeFileSync(tbx, r.tbx)
        io.out(`Wrote ${tbx}: the glossary (TBX-Basic).`)
      } else io.out('The glossary is empty: no TBX file written.')
    }
    for (const l of r.leftOut) io.out(`  left out: ${l.collection} ${l.id} “${l.title}”: ${l.reason}`)
    return 0
  } catch (e) {
    if (e instanceof XliffRequestError) {
      io.err(e.message)
      return e.status === 404 && e.message.startsWith('Nothing to translate') ? 0 : EXIT_USAGE
    }
    throw e
  } finally {
    await payload.destroy()
  }
}

async function runImport(argv: string[], boot: () => Promise<Payload>, io: CliIo): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    { 'dry-run': { type: 'boolean' }, as: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    XLIFF_USAGE,
    true,
  )
  if (positionals.length !== 1) {
    io.err(`Give one XLIFF file to import (got ${positionals.length}).\n${XLIFF_USAGE.split('\n')[1].trim()}`)
    return EXIT_USAGE
  }
  const file = path.resolve(positionals[0])
  if (!fs.existsSync(file)) {
    io.err(`No such file: ${file}`)
    return EXIT_USAGE
  }
  const payload = await boot()
  try {
    const user = await findUser(payload, values.as as string | undefined)
    if (!user) {
      io.err(values.as ? `No user with the e-mail ${values.as as string}.` : 'No admin user exists: give --as <email>.')
      return EXIT_USAGE
    }
    if (!values.as) io.out(`Importing as ${user.email} (no --as given).`)
    const report = await importXliff(payload, { file: fs.readFileSync(file), user, dryRun: Boolean(values['dry-run']) })
    for (const line of formatImportReport(report)) io.out(line)
    return report.counts.rejected > 0 ? 1 : 0
  } catch (e) {
    if (e instanceof XliffFileError || e instanceof XliffRequestError) {
      io.err(`${path.basename(file)}: ${e.message}${e.message.endsWith('.') ? '' : '.'} Nothing was imported.`)
      return EXIT_USAGE
    }
    throw e
  } finally {
    await payload.destroy()
  }
}

/** Runs the command; returns the exit code. `boot` gives a Payload instance (not called for bad usage). */
export async function runXliffCli(
  argv: string[],
  boot: () => Promise<Payload>,
  io: CliIo = consoleIo,
): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'export') return runExport(rest, boot, io)
  if (command === 'import') return runImport(rest, boot, io)
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(XLIFF_USAGE)
    return 0
  }
  io.err(
    `${command ? `Unknown command "${command}"` : 'No command'}: use export or import.\n${XLIFF_USAGE.split('\n')[0]}`,
  )
  return EXIT_USAGE
}
