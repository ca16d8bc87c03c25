/** The body of POST /check and POST /publish, validated. */
import { LOCALE_CODES } from '../../../model/locales'
import type { BundleLocale } from '../../bundle/schema'
import { fail } from './http'

export interface PublishRequestBody {
  report: string | number
  locales: BundleLocale[]
  version: string
  allowIncomplete: boolean
}

/** Validates a check/publish body; the messages say which field is wrong and what is expected. */
export function parsePublishBody(body: unknown): PublishRequestBody {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const report = b.report
  if (!(typeof report === 'number' || (typeof report === 'string' && report.trim() !== ''))) {
    throw fail('"report" is required: the id of the report to publish.', 400)
  }
  let locales: BundleLocale[] = [...LOCALE_CODES] as BundleLocale[]
  if (b.locales !== undefined) {
    if (!Array.isArray(b.locales) || b.locales.length === 0)
      throw fail(`"locales" must be a non-empty list of ${LOCALE_CODES.join(', ')}.`, 400)
    const bad = b.locales.filter((l) => !(LOCALE_CODES as readonly unknown[]).includes(l))
    if (bad.length)
      throw fail(
        `Unknown locale(s) ${bad.map(String).join(', ')}; configured locales: ${LOCALE_CODES.join(', ')}.`,
        400,
      )
    locales = LOCALE_CODES.filter((l) => (b.locales as unknown[]).includes(l)) as BundleLocale[]
  }
  const version = b.version === undefined || b.version === '' ? 'auto' : b.version
  if (typeof version !== 'string' || (version !== 'auto' && !/^\d+\.\d+\.\d+$/.test(version))) {
    throw fail(`"version" must be "auto" or MAJOR.MINOR.PATCH, e.g. 1.2.0 (got ${JSON.stringify(b.version)}).`, 400)
  }
  if (b.allowIncomplete !== undefined && typeof b.allowIncomplete !== 'boolean')
    throw fail('"allowIncomplete" must be true or false.', 400)
  return {
    report: typeof report === 'string' ? report.trim() : report,
    locales,
    version,
    allowIncomplete: b.allowIncomplete === true,
  }
}
