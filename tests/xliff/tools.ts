/**
 * External checkers for the XLIFF tests: xmllint (Debian's libxml2-utils) for well-formedness and
 * schema validity, with the OASIS XLIFF schemas that Debian's php-symfony-translation ships (no npm
 * package ships them; .ci/run installs both), and translate-toolkit's xliff2po.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const SCHEMA_SOURCE =
  process.env.FOLIO_XLIFF_XSD_DIR ?? '/usr/share/php/Symfony/Component/Translation/Resources/schemas'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'xliff-tools-'))

export const hasCommand = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

/** Writes `content` to a temporary file and returns its path. */
export function tempFile(name: string, content: string): string {
  const file = path.join(tmp(), name)
  fs.writeFileSync(file, content)
  return file
}

/** xmllint --noout: throws with xmllint's message when the file is not well-formed. */
export function wellFormed(xml: string, name = 'file.xlf'): void {
  execFileSync('xmllint', ['--noout', '--nonet', tempFile(name, xml)], { stdio: 'pipe' })
}

let schemaDir: string | null = null
/**
 * The schemas in a folder of their own, their xml.xsd imports pointed at the local copy (the
 * originals name a W3C URL and a folder Debian does not ship; xmllint runs with --nonet).
 */
export function schemas(): { v12: string; v20: string } | null {
  if (!fs.existsSync(path.join(SCHEMA_SOURCE, 'xliff-core-1.2-strict.xsd'))) return null
  if (!schemaDir) {
    schemaDir = tmp()
    for (const f of ['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd', 'xml.xsd']) {
      const text = fs
        .readFileSync(path.join(SCHEMA_SOURCE, f), 'utf8')
        .replace('schemaLocation="http://www.w3.org/2001/xml.xsd"', 'schemaLocation="xml.xsd"')
        .replace('schemaLocation="informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"', 'schemaLocation="xml.xsd"')
      fs.writeFileSync(path.join(schemaDir, f), text)
    }
    // XLIFF 1.2's strict schema checks attributes of other namespaces against their schema:
    // validate against both, OASIS's and Folio's (src/xliff/folio-xliff.xsd).
    fs.copyFileSync(path.resolve('src/xliff/folio-xliff.xsd'), path.join(schemaDir, 'folio-xliff.xsd'))
    fs.writeFileSync(
      path.join(schemaDir, 'xliff-1.2-with-folio.xsd'),
      `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:folio:test:wrapper">
  <xsd:import namespace="urn:oasis:names:tc:xliff:document:1.2" schemaLocation="xliff-core-1.2-strict.xsd"/>
  <xsd:import namespace="urn:folio:xliff:1" schemaLocation="folio-xliff.xsd"/>
</xsd:schema>
`,
    )
  }
  return { v12: path.join(schemaDir, 'xliff-1.2-with-folio.xsd'), v20: path.join(schemaDir, 'xliff-core-2.0.xsd') }
}

/** xmllint --schema: '' when valid, else xmllint's messages. */
export function schemaErrors(xml: string, xsd: string): string {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, tempFile('file.xlf', xml)], {
    encoding: 'utf8',
  })
  return r.status === 0 ? '' : `${r.stderr}${r.stdout}`
}

/** translate-toolkit's xliff2po: the number of messages in the PO file it makes (header excluded). */
export function xliff2poCount(xml: string): number {
  const dir = tmp()
  const input = path.join(dir, 'in.xlf')
  const output = path.join(dir, 'out.po')
  fs.writeFileSync(input, xml)
  execFileSync('xliff2po', ['--progress=none', '-i', input, '-o', output], { stdio: 'pipe' })
  const po = fs.readFileSync(output, 'utf8')
  return (
    (po.match(/^msgid /gm) ?? []).length - (po.startsWith('msgid ""') || /\nmsgid ""\nmsgstr ""\n"/.test(po) ? 1 : 0)
  )
}
