/**
 * A small report as the collector hands it to the builder: plain documents per locale (depth 0,
 * relations as ids), approval facts, and MARKER strings in every confidential field.
 */
import type { BuildInput, SourceDoc } from '../../src/publish/bundle/types'
import type { BundleLocale } from '../../src/publish/bundle/schema'
import { block, heading, link, list, paragraph, quote, root, text } from '../../src/lexical/build'

export const MARKERS = {
  legalName: 'MARKER-LEGALNAME-7f3a',
  contact: 'MARKER-CONTACT-91bc',
  internalNotes: 'MARKER-NOTES-4d2e',
  consentDate: '1999-09-09',
  confidentialDefender: 'MARKER-CONFIDENTIAL-DEFENDER-5a1f',
  unreferencedDraft: 'MARKER-UNAPPROVED-DRAFT-22c8',
  reviewerComment: 'MARKER-REVIEWER-COMMENT-6e0a',
  translatorComment: 'MARKER-TRANSLATOR-COMMENT-83f1',
  consentDocument: 'MARKER-CONSENT-DOC-ab12',
} as const

const T: Record<BundleLocale, Record<string, string>> = {
  en: {
    report: 'Human rights situation in Belarus 2020',
    ch1: 'Belarus',
    ch2: 'Foreword',
    lead: 'A year of repression.',
    torture: 'documented cases of torture',
    people: 'people',
    t1: 'Night in Okrestina',
    s1: 'Beaten in detention.',
    d1: 'Marfa Rabkova',
    role: 'coordinator of volunteer services',
    org: 'Viasna',
    alt: 'Protesters in Minsk',
    ev: 'Arrested',
  },
  fr: {
    report: 'Situation des droits humains au Bélarus 2020',
    ch1: 'Bélarus',
    ch2: 'Avant-propos',
    lead: 'Une année de répression.',
    torture: 'cas de torture documentés',
    people: 'personnes',
    t1: 'Une nuit à Okrestina',
    s1: 'Battu en détention.',
    d1: 'Marfa Rabkova',
    role: 'coordinatrice des bénévoles',
    org: 'Viasna',
    alt: 'Manifestants à Minsk',
    ev: 'Arrêtée',
  },
  es: {
    report: 'Derechos humanos en Bielorrusia 2020',
    ch1: 'Bielorrusia',
    ch2: 'Prólogo',
    lead: 'Un año de represión.',
    torture: 'casos de tortura documentados',
    people: 'personas',
    t1: 'Noche en Okrestina',
    s1: 'Golpeado en detención.',
    d1: 'Marfa Rabkova',
    role: 'coordinadora de voluntarios',
    org: 'Viasna',
    alt: 'Manifestantes en Minsk',
    ev: 'Detenida',
  },
  ru: {
    report: 'Ситуация с правами человека в Беларуси 2020',
    ch1: 'Беларусь',
    ch2: 'Предисловие',
    lead: 'Год репрессий.',
    torture: 'задокументированных случаев пыток',
    people: 'человек',
    t1: 'Ночь на Окрестина',
    s1: 'Избит в заключении.',
    d1: 'Марфа Рабкова',
    role: 'координатор волонтёрской службы',
    org: 'Вясна',
    alt: 'Протестующие в Минске',
    ev: 'Задержана',
  },
  ar: {
    report: 'حالة حقوق الإنسان في بيلاروس 2020',
    ch1: 'بيلاروس',
    ch2: 'تمهيد',
    lead: 'عام من القمع.',
    torture: 'حالات تعذيب موثقة',
    people: 'شخص',
    t1: 'ليلة في أوكريستينا',
    s1: 'تعرض للضرب أثناء الاحتجاز.',
    d1: 'مارفا رابكوفا',
    role: 'منسقة خدمات المتطوعين',
    org: 'فياسنا',
    alt: 'متظاهرون في مينسك',
    ev: 'اعتقلت',
  },
}

export const ALL: BundleLocale[] = ['en', 'fr', 'es', 'ru', 'ar']

function docsFor(l: BundleLocale) {
  const t = T[l]
  const report: SourceDoc = {
    id: 1,
    title: t.report,
    subtitle: null,
    slug: 'belarus-2020',
    year: 2020,
    introduction: root(paragraph(t.lead)),
    coverImage: 30,
    organisation: 20,
    licence: 'CC BY-NC-ND 4.0',
    updatedAt: '2021-03-01T10:00:00.000Z',
    createdAt: '2021-01-01T10:00:00.000Z',
    _status: 'published',
  }
  const ch1: SourceDoc = {
    id: 2,
    report: 1,
    order: 2,
    kind: 'country',
    country: 'BY',
    slug: 'belarus',
    title: t.ch1,
    lead: t.lead,
    body: root(
      heading(2, t.ch1),
      paragraph(text(t.lead, 'bold'), ' ', link('https://spring96.org/en', t.org)),
      list('bullet', [[t.people], [t.torture]]),
      quote(t.s1),
      block('statistic', { statistic: 10 }),
      block('testimonyQuote', { testimony: 40, excerpt: t.s1 }),
      block('defenderCard', { defender: 50 }),
      block('video', { url: 'https://example.org/video', title: t.ch1, caption: null }),
      block('callToAction', { label: t.org, url: 'https://spring96.org/donate', kind: 'support' }),
    ),
    headlineStatistics: [10],
    testimonies: [40],
    defenders: [50],
    partners: [20],
    furtherReading: [{ id: 'fr1', title: t.org, url: 'https://spring96.org/en/news', kind: 'report' }],
    updatedAt: '2021-03-02T10:00:00.000Z',
  }
  const ch2: SourceDoc = {
    id: 3,
    report: 1,
    order: 1,
    kind: 'foreword',
    country: null,
    slug: 'foreword',
    title: t.ch2,
    lead: null,
    body: root(paragraph(t.lead)),
    headlineStatistics: [],
    testimonies: [],
    defenders: [],
    partners: [],
    furtherReading: [],
  }
  const stat: SourceDoc = {
    id: 10,
    label: t.torture,
    value: 30000,
    qualifier: 'more-than',
    unit: t.people,
    period: { from: '2020-08-09T00:00:00.000Z', to: '2020-12-31T00:00:00.000Z' },
    asOf: '2020-12-31T00:00:00.000Z',
    country: 'BY',
    chapter: 2,
    source: { organisation: 20, title: null, url: 'https://spring96.org/en/stats' },
    methodology: null,
    headline: true,
  }
  const stat2: SourceDoc = {
    id: 11,
    label: t.people,
    value: 1200,
    qualifier: 'approximately',
    unit: null,
    period: { from: null, to: null },
    asOf: '2020-11-30T00:00:00.000Z',
    country: 'BY',
    chapter: 2,
    source: { organisation: null, title: t.org, url: null },
    methodology: null,
    headline: false,
  }
  const testimony: SourceDoc = {
    id: 40,
    title: t.t1,
    summary: t.s1,
    body: root(paragraph(t.s1)),
    eventDate: '2020-08-11T00:00:00.000Z',
    place: 'Minsk',
    country: 'BY',
    themes: ['torture', 'arbitrary-detention'],
    chapter: 2,
    media: [31],
    contentWarning: null,
    disclosure: 'pseudonym',
    publicName: 'A., 24',
    legalName: MARKERS.legalName,
    contact: MARKERS.contact,
    internalNotes: MARKERS.internalNotes,
    consent: { status: 'given', scope: ['text', 'image'], date: MARKERS.consentDate, recordedBy: 99, document: 98 },
  }
  const defender: SourceDoc = {
    id: 50,
    name: t.d1,
    photo: 31,
    organisation: 20,
    role: t.role,
    country: 'BY',
    status: 'detained',
    statusSince: '2020-09-17T00:00:00.000Z',
    charges: null,
    timeline: [{ id: 'tl2', date: '2020-09-17T00:00:00.000Z', event: t.ev }],
    biography: null,
    visibility: 'public',
  }
  const org: SourceDoc = {
    id: 20,
    name: t.org,
    acronym: null,
    kind: 'partner',
    country: 'BY',
    website: 'https://spring96.org',
    description: null,
  }
  const cover: SourceDoc = {
    id: 30,
    alt: t.alt,
    caption: null,
    credit: 'Photo: Viasna',
    licence: 'cc-by-4.0',
    width: 2000,
    height: 1333,
    filename: 'cover.jpg',
  }
  const photo: SourceDoc = {
    id: 31,
    alt: t.d1,
    caption: null,
    credit: null,
    licence: 'permission',
    width: 800,
    height: 800,
    filename: 'photo.jpg',
  }
  // Workflow bookkeeping on every document: internal comments that must never be published.
  const bookkeeping = {
    workflow: {
      state: 'approved',
      comment: MARKERS.reviewerComment,
      approvedBy: 7,
      approvedVersion: 'v',
      sourceFingerprint: 'f',
    },
    translations: [
      { locale: 'fr', status: 'approved', comment: MARKERS.translatorComment, sourceFields: { title: 'h' } },
    ],
  }
  for (const d of [report, ch1, ch2, stat, stat2, testimony, defender, org]) Object.assign(d, bookkeeping)
  ;(testimony.consent as Record<string, unknown>).document = { id: 98, filename: MARKERS.consentDocument }
  // Present in the input but not reachable from the report: never in the output.
  const secretDefender: SourceDoc = {
    ...defender,
    id: 51,
    name: MARKERS.confidentialDefender,
    visibility: 'confidential',
  }
  const strayDraft: SourceDoc = { ...testimony, id: 49, title: MARKERS.unreferencedDraft, chapter: null }
  return {
    reports: { '1': report },
    chapters: { '2': ch1, '3': ch2 },
    statistics: { '10': stat, '11': stat2 },
    testimonies: { '40': testimony, '49': strayDraft },
    defenders: { '50': defender, '51': secretDefender },
    organisations: { '20': org },
    media: { '30': cover, '31': photo },
  }
}

export function demoInput(locales: BundleLocale[] = ALL, overrides: Partial<BuildInput> = {}): BuildInput {
  const docs: BuildInput['docs'] = {}
  for (const l of new Set<BundleLocale>(['en', ...locales])) docs[l] = docsFor(l)
  const meta: BuildInput['meta'] = {}
  for (const c of ['reports', 'chapters', 'statistics', 'testimonies', 'defenders', 'organisations'] as const) {
    meta[c] = {}
    for (const id of Object.keys(docs.en![c] ?? {}))
      meta[c]![id] = { versionId: `v-${c}-${id}`, approvedAt: `2021-03-0${id.length % 9}T12:00:00.000Z` }
  }
  return { reportId: '1', locales, bundleVersion: '1.0.0', docs, meta, ...overrides }
}

/** Deep clone helper for mutating fixtures in tests. */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v))
