/** JSON-LD (schema.org) for the report, its chapters and the listing pages. */
import type { Chapter } from '../../bundle/schema'
import { absolute } from './layout'
import { pages, publisher, type Ctx, type PageRef } from './model'

const url = (ctx: Ctx, ref: PageRef) => absolute(ctx, ref.dir) ?? undefined

function organisation(ctx: Ctx) {
  const org = publisher(ctx)
  return org ? { '@type': 'Organization', name: org.name, url: org.website ?? undefined } : undefined
}

function report(ctx: Ctx) {
  const b = ctx.bundle
  return {
    '@type': 'Report',
    name: b.report.title,
    alternativeHeadline: b.report.subtitle ?? undefined,
    inLanguage: ctx.lang,
    datePublished: b.generatedAt.slice(0, 10),
    version: ctx.info.version,
    license: b.report.licence ?? undefined,
    publisher: organisation(ctx),
    url: url(ctx, pages.front(ctx.locale)),
  }
}

export function jsonLdReport(ctx: Ctx, _ref: PageRef): object {
  return {
    '@context': 'https://schema.org',
    ...report(ctx),
    hasPart: ctx.bundle.chapters.map((c) => ({
      '@type': 'Article',
      headline: c.title,
      url: url(ctx, pages.chapter(ctx.locale, c)),
    })),
  }
}

export function jsonLdChapter(ctx: Ctx, c: Chapter, ref: PageRef): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: c.title,
    description: c.lead ?? undefined,
    inLanguage: ctx.fallbackLang('chapters', c.id) ?? ctx.lang,
    datePublished: ctx.bundle.generatedAt.slice(0, 10),
    url: url(ctx, ref),
    publisher: organisation(ctx),
    isPartOf: report(ctx),
    contentLocation: c.country ? { '@type': 'Country', identifier: c.country } : undefined,
  }
}

export function jsonLdCollection(ctx: Ctx, ref: PageRef, name: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    inLanguage: ctx.lang,
    url: url(ctx, ref),
    isPartOf: report(ctx),
  }
}
