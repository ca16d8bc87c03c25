/**
 * The web edition built once per test file from the PDF tests' five-locale fixture
 * (tests/pdf/fixtures/belarus.ts), plus helpers to read its pages.
 */
import { buildWebEdition, type WebEditionInput } from '../../src/publish/editions/web/index'
import type { LocaleBundle } from '../../src/publish/bundle/schema'
import { buildBundle, buildMedia, LOCALES, type FixtureMedia } from '../pdf/fixtures/belarus'

export const BASE_URL = 'https://reports.example.org/annual-report-2020/'
export const CHECKSUM = 'c0ffee'.padEnd(64, '0')

export interface Fixture {
  media: FixtureMedia
  bundles: LocaleBundle[]
  input: WebEditionInput
}

export async function fixture(mutate?: (bundles: LocaleBundle[]) => void): Promise<Fixture> {
  const media = await buildMedia()
  const bundles = LOCALES.map((l) => buildBundle(l, media))
  mutate?.(bundles)
  const input: WebEditionInput = {
    bundles,
    media: (p) => {
      const b = media.files.get(p)
      if (!b) throw new Error(`no file ${p}`)
      return b
    },
    version: '1.0.0',
    checksum: CHECKSUM,
    baseUrl: BASE_URL,
  }
  return { media, bundles, input }
}

export async function build(f: Fixture): Promise<Map<string, Buffer>> {
  return buildWebEdition(f.input)
}

export const text = (files: Map<string, Buffer>, p: string): string => {
  const b = files.get(p)
  if (!b)
    throw new Error(
      `no ${p} in the web edition (have: ${[...files.keys()].filter((k) => k.endsWith('.html')).join(', ')})`,
    )
  return b.toString('utf8')
}

/** Every HTML page of the edition. */
export const htmlPages = (files: Map<string, Buffer>): string[] => [...files.keys()].filter((p) => p.endsWith('.html'))
