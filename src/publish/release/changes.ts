/**
 * Content diff between two bundles and the semantic version it implies. Pure.
 *
 *   removed item (in any locale) or removed locale → major
 *   added item or added locale                     → minor
 *   changed item (text, values, files)             → patch
 *   nothing                                         → no new version
 *
 * Items are compared per locale and collection by id, on their canonical JSON. The bundle's own
 * metadata (bundleVersion, generatedAt) is not content and never counts as a change.
 */
import { canonicalJson } from '../bundle/canonical'
import { compareIds } from '../../model/ids'
import type { BundleLocale, Changes, LocaleBundle } from '../bundle/schema'
import { sortLocales } from '../bundle/model'

export type Bump = 'major' | 'minor' | 'patch'
type ItemCollection = Changes['items'][number]['collection']

const ITEM_COLLECTIONS: Array<[ItemCollection, (b: LocaleBundle) => Array<{ id: string } & Record<string, unknown>>]> =
  [
    ['reports', (b) => [b.report]],
    ['chapters', (b) => b.chapters],
    ['testimonies', (b) => b.testimonies],
    ['defenders', (b) => b.defenders],
    ['statistics', (b) => b.statistics],
    ['organisations', (b) => b.organisations],
    ['media', (b) => b.media],
  ]

const TITLE_KEYS = ['title', 'name', 'label', 'alt']
const titleOf = (item: Record<string, unknown>): string => {
  for (const k of TITLE_KEYS) if (typeof item[k] === 'string') return item[k] as string
  return String(item.id)
}
/** Derived fields: they change only when their source field does, so they are not listed. */
const isDerived = (key: string) => key === 'display' || key === 'displayParts' || key.endsWith('Display')

export interface BundleDiff {
  bump: Bump | null
  locales: { added: BundleLocale[]; removed: BundleLocale[] }
  items: Changes['items']
}

export function diffBundles(
  prev: Partial<Record<BundleLocale, LocaleBundle>>,
  next: Partial<Record<BundleLocale, LocaleBundle>>,
): BundleDiff {
  const pl = sortLocales(Object.keys(prev) as BundleLocale[])
  const nl = sortLocales(Object.keys(next) as BundleLocale[])
  const locales = { added: nl.filter((l) => !pl.includes(l)), removed: pl.filter((l) => !nl.includes(l)) }
  const items: Changes['items'] = []
  for (const l of nl.filter((x) => pl.includes(x))) {
    const a = prev[l]!
    const b = next[l]!
    for (const [collection, get] of ITEM_COLLECTIONS) {
      const before = new Map(get(a).map((x) => [x.id, x]))
      const after = new Map(get(b).map((x) => [x.id, x]))
      for (const [id, x] of after) {
        const old = before.get(id)
        if (!old) {
          items.push({ collection, id, title: titleOf(x), locale: l, change: 'added', fields: [] })
          continue
        }
        const fields = [...new Set([...Object.keys(old), ...Object.keys(x)])].filter(
          (k) => canonicalJson(old[k] ?? null) !== canonicalJson(x[k] ?? null),
        )
        if (fields.length) {
          const shown = fields.filter((k) => !isDerived(k))
          items.push({
            collection,
            id,
            title: titleOf(x),
            locale: l,
            change: 'changed',
            fields: (shown.length ? shown : fields).sort(),
          })
        }
      }
      for (const [id, x] of before) {
        if (!after.has(id)) items.push({ collection, id, title: titleOf(x), locale: l, change: 'removed', fields: [] })
      }
    }
    // An item that became (or stopped being) a fallback changes its text: listed by the item diff.
    // A fallback flag that changes alone is still a change of what readers get.
    const fa = canonicalJson(a.fallbacks)
    const fb = canonicalJson(b.fallbacks)
    if (fa !== fb && !items.some((i) => i.locale === l)) {
      items.push({
        collection: 'reports',
        id: b.report.id,
        title: b.report.title,
        locale: l,
        change: 'changed',
        fields: ['fallbacks'],
      })
    }
  }
  const order = ITEM_COLLECTIONS.map(([c]) => c)
  items.sort(
    (x, y) =>
      nl.indexOf(x.locale) - nl.indexOf(y.locale) ||
      order.indexOf(x.collection) - order.indexOf(y.collection) ||
      compareIds(x.id, y.id),
  )
  let bump: Bump | null = null
  if (locales.removed.length || items.some((i) => i.change === 'removed')) bump = 'major'
  else if (locales.added.length || items.some((i) => i.change === 'added')) bump = 'minor'
  else if (items.length) bump = 'patch'
  return { bump, locales, items }
}

export function parseSemver(v: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v)
  if (!m) throw new Error(`"${v}" is not a version MAJOR.MINOR.PATCH`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a)
  const y = parseSemver(b)
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
}

export function bumpVersion(v: string, bump: Bump): string {
  const [ma, mi, pa] = parseSemver(v)
  if (bump === 'major') return `${ma + 1}.0.0`
  if (bump === 'minor') return `${ma}.${mi + 1}.0`
  return `${ma}.${mi}.${pa + 1}`
}

/** The changes.json content for a diff. */
export function changesDocument(from: string | null, to: string, diff: BundleDiff): Changes {
  return {
    from,
    to,
    bump: from === null ? 'initial' : (diff.bump ?? 'patch'),
    locales: diff.locales,
    items: diff.items,
  }
}

const CHANGE_WORD = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const

/** A readable CHANGELOG section. */
export function changelogSection(changes: Changes, date: string): string {
  const lines = [`## ${changes.to} (${date.slice(0, 10)})`, '']
  if (changes.from === null) {
    lines.push('First published version.', '')
    return lines.join('\n')
  }
  lines.push(`Compared with ${changes.from}: ${changes.bump} release.`, '')
  if (changes.locales.added.length) lines.push(`- Added languages: ${changes.locales.added.join(', ')}`)
  if (changes.locales.removed.length) lines.push(`- Removed languages: ${changes.locales.removed.join(', ')}`)
  if (changes.locales.added.length || changes.locales.removed.length) lines.push('')
  const byLocale = new Map<string, Changes['items']>()
  for (const i of changes.items) byLocale.set(i.locale, [...(byLocale.get(i.locale) ?? []), i])
  for (const [l, items] of byLocale) {
    lines.push(`### ${l}`, '')
    for (const i of items) {
      lines.push(
        `- ${CHANGE_WORD[i.change]} ${i.collection} ${i.id} “${i.title.replace(/\s+/g, ' ')}”${i.fields.length ? `: ${i.fields.join(', ')}` : ''}`,
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}
