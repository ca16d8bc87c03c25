/**
 * What stops a bundle from being published: every problem found, each naming the document, the
 * field, the locale and the admin URL to fix it, sorted by kind, listed together.
 */
import type { z } from 'zod'

import { compareIds } from '../../model/ids'
import type { BundleCollection } from './model'
import type { BundleLocale } from './schema'

export type ProblemCode =
  | 'missing-reference'
  | 'unapproved-reference'
  | 'consent'
  | 'confidential'
  | 'statistic-source'
  | 'statistic-as-of'
  | 'alt-text'
  | 'link'
  | 'rich-text'
  | 'missing-translation'
  | 'stale-translation'
  | 'invalid'

export interface Problem {
  code: ProblemCode
  collection: BundleCollection
  id: string
  title: string
  field: string | null
  locale: BundleLocale | null
  adminUrl: string
  message: string
  /** For reference problems: the document that points to the missing one. */
  referencedBy?: { collection: BundleCollection; id: string; field: string }
}

/** A problem as the checks report it: the title and admin URL are filled in by the builder. */
export type NewProblem = Omit<Problem, 'title' | 'adminUrl'> & { title?: string }

/** Reports a problem (the builder's collector). */
export type Report = (p: NewProblem) => void

/** The order problems are listed in: what blocks everything first, translations last. */
const CODE_ORDER: ProblemCode[] = [
  'missing-reference',
  'unapproved-reference',
  'confidential',
  'consent',
  'statistic-source',
  'statistic-as-of',
  'alt-text',
  'link',
  'rich-text',
  'invalid',
  'missing-translation',
  'stale-translation',
]

/** Problems without duplicates, by kind, then collection, id, locale and field (stable otherwise). */
export function sortProblems(ps: Problem[]): Problem[] {
  const seen = new Set<string>()
  return ps
    .filter((p) => {
      const k = `${p.code}|${p.collection}|${p.id}|${p.field}|${p.locale}|${p.message}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
    .sort(
      (a, b) =>
        CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) ||
        a.collection.localeCompare(b.collection) ||
        compareIds(a.id, b.id) ||
        String(a.locale).localeCompare(String(b.locale)) ||
        String(a.field).localeCompare(String(b.field)),
    )
}

/** A readable list of problems, grouped by kind, with the admin URL to fix each. */
export function formatProblems(ps: Problem[], serverUrl = ''): string {
  const lines: string[] = []
  let last: ProblemCode | null = null
  for (const p of ps) {
    if (p.code !== last) {
      lines.push(`${p.code}:`)
      last = p.code
    }
    lines.push(
      `  - ${p.collection} ${p.id} "${p.title}"${p.field ? ` [${p.field}]` : ''}${p.locale ? ` (${p.locale})` : ''}: ${p.message}\n    ${serverUrl}${p.adminUrl}`,
    )
  }
  return lines.join('\n')
}

/** The bundle's item arrays and the collection their items come from. */
const ITEM_ARRAYS: Record<string, BundleCollection | undefined> = {
  chapters: 'chapters',
  statistics: 'statistics',
  testimonies: 'testimonies',
  defenders: 'defenders',
  organisations: 'organisations',
  media: 'media',
}

/**
 * The issues of the schema's strict parse of one locale's bundle as problems, each attributed to
 * the item it is in (`chapters[2].title` → that chapter, field `title`), else to the report.
 */
export function schemaProblems(
  issues: z.core.$ZodIssue[],
  bundle: Record<string, unknown>,
  reportId: string,
  locale: BundleLocale,
  report: Report,
): void {
  for (const i of issues) {
    const [top, index, ...rest] = i.path.map(String)
    const c = ITEM_ARRAYS[top]
    const item = c ? (bundle[top] as Array<{ id: string }>)[Number(index)] : undefined
    const at = (collection: BundleCollection, id: string, field: string | null) =>
      report({ code: 'invalid', collection, id, field, locale, message: i.message })
    if (c && item) at(c, item.id, rest.join('.') || null)
    else if (top === 'report') at('reports', reportId, [index, ...rest].filter(Boolean).join('.') || null)
    else at('reports', reportId, i.path.map(String).join('.'))
  }
}
