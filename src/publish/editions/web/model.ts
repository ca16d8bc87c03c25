/**
 * The web edition's view of one locale bundle: lookups by id, fallbacks, labels, and where each
 * page lives. Every other module of the edition reads the bundle through this context, so its
 * dependence on the bundle's shape is here (src/publish/schema.ts is the contract).
 */
import type {
  BundleLocale,
  Chapter,
  Defender,
  LocaleBundle,
  Media,
  Organisation,
  Statistic,
  Testimony,
} from '../../bundle/schema'
import { LANG_TAG, webLabelsFor, type WebLabels } from './labels'

/** A processed responsive image (see images.ts). */
export interface WebImage {
  width: number
  height: number
  /** type → srcset entries, smallest first (paths relative to web/). */
  sources: { type: 'image/avif' | 'image/webp'; files: { path: string; width: number }[] }[]
  fallback: { path: string; width: number }[]
}

export interface EditionInfo {
  /** The bundle version (semver) printed in the footer, or "DRAFT". */
  version: string
  /** The data checksum printed in the footer (the manifest's contentChecksum). */
  checksum: string
  /** Public address of web/ (ends with "/"), for canonical URLs, OpenGraph and the sitemap; null: relative. */
  baseUrl: string | null
  /** PDF file per locale, relative to web/ (copied next to the pages), when the PDF edition is published. */
  pdf: Partial<Record<BundleLocale, string>>
}

/** A page of the site: its file (relative to web/) and its canonical path (directory form). */
export interface PageRef {
  file: string
  dir: string
}

const RESERVED = new Set(['testimonies', 'defenders', 'assets'])

export function chapterDir(locale: string, c: Pick<Chapter, 'slug'>): string {
  return `${locale}/${RESERVED.has(c.slug) ? `chapter-${c.slug}` : c.slug}/`
}

export const pages = {
  root: (): PageRef => ({ file: 'index.html', dir: '' }),
  front: (l: string): PageRef => ({ file: `${l}/index.html`, dir: `${l}/` }),
  chapter: (l: string, c: Pick<Chapter, 'slug'>): PageRef => ({
    file: `${chapterDir(l, c)}index.html`,
    dir: chapterDir(l, c),
  }),
  testimonies: (l: string): PageRef => ({ file: `${l}/testimonies/index.html`, dir: `${l}/testimonies/` }),
  defenders: (l: string): PageRef => ({ file: `${l}/defenders/index.html`, dir: `${l}/defenders/` }),
}

/** Relative URL from one page's directory to a web/-relative target ("" → the directory itself). */
export function relUrl(fromDir: string, target: string): string {
  const from = fromDir.split('/').filter(Boolean)
  const to = target.split('/')
  let i = 0
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++
  const up = '../'.repeat(from.length - i)
  const rest = to.slice(i).join('/')
  return up + rest || './'
}

export const testimonyAnchor = (id: string): string => `testimony-${id}`
export const defenderAnchor = (id: string): string => `defender-${id}`

export interface Ctx {
  bundle: LocaleBundle
  locale: BundleLocale
  lang: string
  dir: 'ltr' | 'rtl'
  labels: WebLabels
  /** Labels of the source language, for text shown as a fallback. */
  srcLabels: WebLabels
  draft: boolean
  info: EditionInfo
  /** Every published locale of the release (language switcher, hreflang). */
  locales: BundleLocale[]
  stat: (id: string) => Statistic
  testimony: (id: string) => Testimony
  defender: (id: string) => Defender
  org: (id: string | null) => Organisation | null
  media: (id: string) => Media
  image: (id: string | null) => WebImage | null
  /** Language of an item's text when it is shown as a fallback (the default locale), else null. */
  fallbackLang: (collection: string, id: string) => string | null
  /** Chapter that shows a testimony / defender in full (its page anchor), if any. */
  chapterOfDefender: (id: string) => Chapter | null
}

export interface CtxInput {
  bundle: LocaleBundle
  locales: BundleLocale[]
  info: EditionInfo
  images: Map<string, WebImage>
  draft?: boolean
}

function lookup<T extends { id: string }>(items: T[], what: string, locale: string): (id: string) => T {
  const m = new Map(items.map((x) => [x.id, x]))
  return (id) => {
    const x = m.get(id)
    if (!x) throw new Error(`Web edition (${locale}): ${what} ${id} is referenced but not in the bundle`)
    return x
  }
}

export function makeCtx(input: CtxInput): Ctx {
  const b = input.bundle
  const orgs = new Map(b.organisations.map((o) => [o.id, o]))
  const media = lookup(b.media, 'media', b.locale)
  return {
    bundle: b,
    locale: b.locale,
    lang: LANG_TAG[b.locale],
    dir: b.dir,
    labels: webLabelsFor(b.locale),
    srcLabels: webLabelsFor(b.defaultLocale),
    draft: !!input.draft,
    info: input.info,
    locales: input.locales,
    stat: lookup(b.statistics, 'statistic', b.locale),
    testimony: lookup(b.testimonies, 'testimony', b.locale),
    defender: lookup(b.defenders, 'defender', b.locale),
    org: (id) => (id ? (orgs.get(id) ?? null) : null),
    media,
    image: (id) => {
      if (!id) return null
      media(id) // referenced media must be in the bundle
      return input.images.get(id) ?? null
    },
    fallbackLang: (collection, id) =>
      b.fallbacks.some((f) => f.collection === collection && f.id === id) ? LANG_TAG[b.defaultLocale] : null,
    chapterOfDefender: (id) => b.chapters.find((c) => c.defenders.includes(id)) ?? null,
  }
}

/** The organisation that publishes the report. */
export const publisher = (ctx: Ctx): Organisation | null => ctx.org(ctx.bundle.report.organisation)

/**
 * Initials for a defender without a photo: "Marfa Rabkova" → "MR". Arabic script has no initials
 * convention and its letters would join: the first letter only.
 */
export function initials(name: string): string {
  const words = name.split(/\s+/u).filter((w) => /\p{L}/u.test(w))
  const first = (w: string) => [...w.replace(/^[^\p{L}]+/u, '')][0] ?? ''
  const arabic = /\p{Script=Arabic}/u.test(name)
  const picked = arabic ? words.slice(0, 1) : words.length > 1 ? [words[0]!, words[words.length - 1]!] : words
  return picked.map(first).join('').toLocaleUpperCase()
}

/** A role that already names the organisation (or its acronym) is not followed by it again. */
export function roleAndOrganisation(role: string | null, org: Organisation | null): string[] {
  const parts: string[] = []
  if (role) parts.push(role)
  if (org) {
    const named = role && [org.name, org.acronym].some((n) => n && role.toLowerCase().includes(n.toLowerCase()))
    if (!named) parts.push(org.name)
  }
  return parts
}
