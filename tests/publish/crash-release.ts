/**
 * Child process for tests/publish/faults.test.ts: publishes the fixture report (no database) into
 * <out>, with the French lead set to <lead> so that it differs from what is already there. The
 * test sets FOLIO_PUBLISH_CRASH_AT (src/publish/release/faults.ts) so that the writer kills this process
 * with SIGKILL at one checkpoint; `pdf` as third argument adds the PDF edition (English only).
 */
import { release } from '../../src/publish/release/release'
import { collected } from './release-fixture'

const [out, lead, withPdf] = process.argv.slice(2)
const beforeManifest =
  withPdf === 'pdf' ? (await import('../../src/publish/editions/pdf/stage')).pdfEdition({ locales: ['en'] }) : undefined
const result = await release(
  collected({}, undefined, (c) => {
    c.input.docs.fr!.chapters!['2'].lead = lead
  }),
  { out, beforeManifest },
)
process.stdout.write(`${result.status} ${result.version}\n`)
