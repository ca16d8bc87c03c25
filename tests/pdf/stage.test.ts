/** The release hook: PDFs are written into the staged bundle, reading media from it. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { mediaReader, pdfEdition } from '../../src/publish/editions/pdf/stage'
import type { BundleLocale, LocaleBundle } from '../../src/publish/bundle/schema'
import { buildBundle, buildMedia } from './fixtures/belarus'
import { pdftext } from './pdf-tools'

test('pdfEdition() writes pdf/<slug>.<locale>.pdf with the version and content checksum', async () => {
  const media = await buildMedia()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-stage-'))
  try {
    for (const [p, buf] of media.files) {
      fs.mkdirSync(path.join(dir, path.dirname(p)), { recursive: true })
      fs.writeFileSync(path.join(dir, p), buf)
    }
    const bundles: Partial<Record<BundleLocale, LocaleBundle>> = {
      en: { ...buildBundle('en', media), bundleVersion: '2.1.0' },
      ru: { ...buildBundle('ru', media), bundleVersion: '2.1.0' },
    }
    const checksum = 'c'.repeat(64)
    const events: string[] = []
    const writeFile = (rel: string, data: Buffer | string) => {
      fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true })
      fs.writeFileSync(path.join(dir, rel), data)
    }
    await pdfEdition({ onProgress: (e) => events.push(e.message) })({
      dir,
      version: '2.1.0',
      bundles,
      contentChecksum: checksum,
      files: [],
      writeFile,
    })
    expect(fs.readdirSync(path.join(dir, 'pdf')).sort()).toEqual([
      'annual-report-2020.en.pdf',
      'annual-report-2020.ru.pdf',
    ])
    const text = pdftext(path.join(dir, 'pdf', 'annual-report-2020.ru.pdf'))
    expect(text).toContain('2.1.0')
    expect(text).toContain(checksum.slice(0, 32))
    expect(events.length).toBe(3)
    expect(() => mediaReader(dir)('../../etc/passwd')).toThrow(/not under media/)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
