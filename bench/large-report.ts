/**
 * A large synthetic report written into the CMS database through the Local API, for load benchmarks
 * (bench/api.ts) and publishing a big report end to end. Everything in it is obviously fake: the
 * year 2099, the title "Synthetic benchmark report", placeholder words, numbered fictional people
 * ("Synthetic defender 0042 (fictional)") and fictional testimonies with consent given.
 *
 * Written as the seed writes the demo (src/seed/index.ts): the demo editor creates every document
 * as a draft, English first, then each other locale's text; then, through the real workflow
 * (transition()), the editor submits and the demo reviewer approves the content and every
 * translation (four-eyes holds: the reviewer wrote nothing). No SQL, no shortcut: afterwards
 * `npm run publish -- --report 2099` can publish it. Needs the demo users (`npm run seed` first).
 *
 * Deterministic: the same parameters give the same text.
 */
import type { Payload } from 'payload'

import { DEFAULT_LOCALE, type LocaleCode } from '../src/model/locales'
import { block, heading, link, list, paragraph, root, rtl, text } from '../src/lexical/build'
import { keepRowIds } from '../src/seed'
import { OTHER_LOCALES } from '../src/seed/locales'
import { DEMO_USERS } from '../src/seed/users'
import type { WorkflowCollection } from '../src/workflow/constants'
import { transition } from '../src/workflow/transition'
import { COUNTRIES, QUALIFIERS, rng, STATUSES } from './generate'
import { contentApi, type Doc } from '../src/model/local'

export interface LargeReportParams {
  chapters: number
  testimonies: number
  defenders: number
  statistics: number
  organisations: number
  /** Paragraphs per chapter body (embeds come between them). */
  paragraphs: number
  year: number
}

/**
 * The default size. Every document costs 5 writes (one per locale) and 10 workflow transitions
 * (content and four translations, submitted and approved): see README for the measured rate.
 */
export const LARGE_REPORT_DEFAULTS: LargeReportParams = {
  chapters: 10,
  testimonies: 60,
  defenders: 60,
  statistics: 120,
  organisations: 8,
  paragraphs: 8,
  year: 2099,
}

export const LARGE_REPORT_TITLE = 'Synthetic benchmark report'

export interface LargeReportResult {
  reportId: number | string
  slug: string
  chapterIds: Array<number | string>
  counts: Record<WorkflowCollection, number>
  /** Seconds spent writing the documents, and taking them through the workflow. */
  writeSeconds: number
  approveSeconds: number
}

export const largeReportDocuments = (p: LargeReportParams) =>
  1 + p.chapters + p.testimonies + p.defenders + p.statistics + p.organisations

type Id = number | string
type Data = Record<string, unknown>

// Placeholder words: nobody could take this text for a real account.
const WORDS =
  'synthetic placeholder benchmark sample filler lorem ipsum dolor sit amet example dummy fictional generated text words sentence paragraph figure record'.split(
    ' ',
  )
const THEMES = [
  'torture',
  'arbitrary-detention',
  'ill-treatment-in-custody',
  'police-violence',
  'judicial-harassment',
] as const
const KINDS = ['briefing', 'report', 'article', 'video', 'campaign'] as const

const pad4 = (n: number) => String(n + 1).padStart(4, '0')

export async function seedLargeReport(
  typedPayload: Payload,
  input: Partial<LargeReportParams> = {},
  log: (line: string) => void = () => {},
): Promise<LargeReportResult> {
  const params: LargeReportParams = { ...LARGE_REPORT_DEFAULTS, ...input }
  for (const [key, value] of Object.entries(params)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`${key} must be a whole number ≥ 0 (got ${value}).`)
  }
  if (params.chapters < 1) throw new Error('A report needs at least one chapter.')
  if (params.organisations < 1) throw new Error('At least one organisation is needed (the publisher).')
  const payload = contentApi(typedPayload)

  const users: Partial<Record<'editor' | 'reviewer', Doc>> = {}
  for (const role of ['editor', 'reviewer'] as const) {
    const demo = DEMO_USERS.find((u) => u.roles.includes(role))!
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: demo.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!found.docs[0])
      throw new Error(
        `The demo ${role} (${demo.email}) does not exist: run \`npm run seed\` first (the editor writes, the reviewer approves).`,
      )
    users[role] = found.docs[0]
  }
  const { editor, reviewer } = users as Record<'editor' | 'reviewer', Doc>
  const existing = await payload.find({
    collection: 'reports',
    where: { year: { equals: params.year } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  if (existing.docs[0]) {
    throw new Error(
      `A report for ${params.year} already exists (id ${existing.docs[0].id}): seed the synthetic report into a database without it, or choose another --year.`,
    )
  }

  const r = rng(params.year)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  // English placeholder sentences, drawn once per key so every locale says "the same" thing.
  const en = new Map<string, string>()
  const sentence = (key: string, words = 12) => {
    let v = en.get(key)
    if (!v) {
      const w = Array.from({ length: words }, () => pick(WORDS))
      w[0] = w[0][0].toUpperCase() + w[0].slice(1)
      v = `${w.join(' ')}.`
      en.set(key, v)
    }
    return v
  }
  const inLocale = (l: LocaleCode, s: string) => (l === DEFAULT_LOCALE ? s : `[${l}] ${s}`)
  const S = (l: LocaleCode, key: string, words?: number) => inLocale(l, sentence(key, words))
  const rich = (l: LocaleCode, doc: ReturnType<typeof root>) => (l === 'ar' ? rtl(doc) : doc)

  const counts = { reports: 0, chapters: 0, testimonies: 0, defenders: 0, statistics: 0, organisations: 0 } as Record<
    WorkflowCollection,
    number
  >
  const created: { collection: WorkflowCollection; id: Id }[] = []
  const total = largeReportDocuments(params)
  const t0 = performance.now()
  const progress = (what: string) => {
    const n = created.length
    if (n % 50 === 0 || n === total)
      log(
        `written ${n}/${total} documents (${what}), ${(n / ((performance.now() - t0) / 1000)).toFixed(1)} documents/s`,
      )
  }
  const asEditor = { overrideAccess: true, depth: 0, draft: true, user: editor }

  /** Writes one document as the editor: English (creating it, or into `into`), then every other locale. */
  const write = async (
    collection: WorkflowCollection,
    localised: (l: LocaleCode) => Data,
    shared: Data = {},
    into?: Id,
  ): Promise<Id> => {
    const data = { ...shared, ...localised(DEFAULT_LOCALE) }
    const doc =
      into === undefined
        ? await payload.create({ collection, data, locale: DEFAULT_LOCALE, ...asEditor })
        : await payload.update({ collection, id: into, data, locale: DEFAULT_LOCALE, ...asEditor })
    for (const locale of OTHER_LOCALES) {
      await payload.update({ collection, id: doc.id, data: keepRowIds(localised(locale), doc), locale, ...asEditor })
    }
    counts[collection] += 1
    created.push({ collection, id: doc.id })
    progress(collection)
    return doc.id
  }

  const orgIds: Id[] = []
  for (let i = 0; i < params.organisations; i++) {
    orgIds.push(
      await write(
        'organisations',
        (l) => ({
          name: inLocale(l, `Synthetic organisation ${pad4(i)} (fictional)`),
          description: S(l, `o${i}d`, 15),
        }),
        {
          acronym: `SYN${i + 1}`,
          kind: i === 0 ? 'source' : 'partner',
          country: COUNTRIES[i % COUNTRIES.length],
          website: `https://org${i + 1}.example.org/`,
        },
      ),
    )
  }

  const slug = `synthetic-benchmark-report-${params.year}`
  const reportId = await write(
    'reports',
    (l) => ({
      title: inLocale(l, LARGE_REPORT_TITLE),
      subtitle: inLocale(l, `Generated placeholder content for load tests (${params.year})`),
      introduction: rich(
        l,
        root(
          paragraph(
            inLocale(
              l,
              'This report is synthetic: every name, figure and account in it is generated placeholder text for benchmarks.',
            ),
          ),
          paragraph(S(l, 'intro', 40)),
        ),
      ),
    }),
    { year: params.year, slug, organisation: orgIds[0], licence: 'CC0 1.0 (synthetic benchmark data)' },
  )

  // Chapters exist (in English, as drafts) before the statistics and testimonies that point to them;
  // their text and references are written at the end, as the demo seed does.
  const chapterIds: Id[] = []
  for (let c = 0; c < params.chapters; c++) {
    const doc = await payload.create({
      collection: 'chapters',
      data: {
        title: `Synthetic chapter ${pad4(c)}`,
        slug: `synthetic-chapter-${pad4(c)}`,
        report: reportId,
        order: c + 1,
        kind: 'country',
        country: COUNTRIES[c % COUNTRIES.length],
      },
      locale: DEFAULT_LOCALE,
      ...asEditor,
    })
    chapterIds.push(doc.id)
  }
  const chapterOf = (i: number) => i % params.chapters

  const statIds: Id[] = []
  for (let i = 0; i < params.statistics; i++) {
    statIds.push(
      await write(
        'statistics',
        (l) => ({
          label: S(l, `s${i}l`, 5),
          unit: inLocale(l, 'placeholder units'),
          methodology: S(l, `s${i}m`, 15),
          source: {
            organisation: orgIds[i % orgIds.length],
            title: inLocale(l, `Synthetic source ${pad4(i)}`),
            url: `https://org${(i % orgIds.length) + 1}.example.org/data/${i + 1}`,
          },
        }),
        {
          value: Math.floor(r() * 100000),
          qualifier: QUALIFIERS[i % QUALIFIERS.length],
          period: { from: `${params.year - 1}-01-01`, to: `${params.year - 1}-12-31` },
          asOf: `${params.year - 1}-12-31`,
          country: COUNTRIES[i % COUNTRIES.length],
          chapter: chapterIds[chapterOf(i)],
          headline: i < params.chapters * 3,
        },
      ),
    )
  }

  const defenderIds: Id[] = []
  for (let i = 0; i < params.defenders; i++) {
    defenderIds.push(
      await write(
        'defenders',
        (l) => ({
          name: inLocale(l, `Synthetic defender ${pad4(i)} (fictional)`),
          role: S(l, `d${i}r`, 4),
          charges: S(l, `d${i}c`, 8),
          biography: rich(l, root(paragraph(S(l, `d${i}b`, 40)))),
          timeline: [{ date: `${params.year - 1}-0${(i % 9) + 1}-01`, event: S(l, `d${i}e`, 4) }],
        }),
        {
          organisation: orgIds[i % orgIds.length],
          country: COUNTRIES[i % COUNTRIES.length],
          status: STATUSES[i % STATUSES.length],
          statusSince: `${params.year - 1}-0${(i % 9) + 1}-01`,
          visibility: 'public',
        },
      ),
    )
  }

  const testimonyIds: Id[] = []
  for (let i = 0; i < params.testimonies; i++) {
    testimonyIds.push(
      await write(
        'testimonies',
        (l) => ({
          title: inLocale(l, `Synthetic testimony ${pad4(i)} (fictional)`),
          summary: S(l, `t${i}s`, 25),
          body: rich(l, root(paragraph(S(l, `t${i}b1`, 60)), paragraph(S(l, `t${i}b2`, 30)))),
          place: inLocale(l, `Placeholder town ${(i % 20) + 1}`),
          publicName: inLocale(l, `Synthetic witness ${pad4(i)} (fictional)`),
          contentWarning: i % 3 ? null : S(l, `t${i}cw`, 4),
        }),
        {
          disclosure: i % 2 ? 'pseudonym' : 'anonymous',
          eventDate: `${params.year - 1}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          country: COUNTRIES[i % COUNTRIES.length],
          themes: [THEMES[i % THEMES.length]],
          chapter: chapterIds[chapterOf(i)],
          legalName: `Fictional person ${pad4(i)} (synthetic benchmark record)`,
          contact: `witness-${pad4(i)}@example.org`,
          internalNotes: 'Synthetic benchmark record: no real person.',
          consent: { status: 'given', scope: ['text'], date: `${params.year - 1}-12-01`, recordedBy: editor.id },
        },
      ),
    )
  }

  const of = <T>(xs: T[], c: number) => xs.filter((_, i) => chapterOf(i) === c)
  for (let c = 0; c < params.chapters; c++) {
    const stats = of(statIds, c)
    const tests = of(testimonyIds, c)
    const defs = of(defenderIds, c)
    await write(
      'chapters',
      (l) => {
        const body: ReturnType<typeof paragraph>[] = [heading(2, S(l, `c${c}h1`, 4))]
        for (let p = 0; p < params.paragraphs; p++) {
          body.push(
            paragraph(
              S(l, `c${c}p${p}a`, 30),
              ' ',
              text(S(l, `c${c}p${p}b`, 3), 'bold'),
              ' ',
              link(`https://example.org/synthetic/${c + 1}/${p + 1}`, S(l, `c${c}p${p}l`, 2)),
            ),
          )
          if (p === 1) body.push(heading(3, S(l, `c${c}h2`, 5)))
          if (p === 2 && stats[0] !== undefined) body.push(block('statistic', { statistic: stats[0] }))
          if (p === 3)
            body.push(
              list(
                'bullet',
                [1, 2, 3].map((k) => [S(l, `c${c}li${k}`, 6)]),
              ),
            )
          if (p === 4 && tests[0] !== undefined)
            body.push(block('testimonyQuote', { testimony: tests[0], excerpt: S(l, `c${c}ex`, 10) }))
          if (p === 5 && defs[0] !== undefined) body.push(block('defenderCard', { defender: defs[0] }))
        }
        body.push(
          block('callToAction', {
            label: inLocale(l, 'Placeholder call to action'),
            url: 'https://example.org/synthetic/support',
            kind: 'support',
          }),
        )
        return {
          title: inLocale(l, `Synthetic chapter ${pad4(c)}`),
          lead: S(l, `c${c}lead`, 20),
          body: rich(l, root(...body)),
          furtherReading: [
            {
              title: S(l, `c${c}fr1`, 5),
              url: `https://example.org/synthetic/read/${c + 1}`,
              kind: KINDS[c % KINDS.length],
            },
            {
              title: S(l, `c${c}fr2`, 5),
              url: `https://example.org/synthetic/read/${c + 1}/more`,
              kind: KINDS[(c + 1) % KINDS.length],
            },
          ],
        }
      },
      {
        headlineStatistics: stats.slice(0, 3),
        testimonies: tests,
        defenders: defs,
        partners: [orgIds[c % orgIds.length]],
      },
      chapterIds[c],
    )
  }
  const writeSeconds = (performance.now() - t0) / 1000
  log(`wrote ${created.length} documents in every locale in ${writeSeconds.toFixed(1)} s`)

  // Through the workflow, leaves before the report and the chapters that refer to them.
  const order: WorkflowCollection[] = ['organisations', 'statistics', 'defenders', 'testimonies', 'reports', 'chapters']
  created.sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection))
  const t1 = performance.now()
  let approved = 0
  for (const { collection, id } of created) {
    await transition(typedPayload, { collection, id, action: 'submit', user: editor as never })
    await transition(typedPayload, { collection, id, action: 'approve', user: reviewer as never })
    for (const locale of OTHER_LOCALES) {
      await transition(typedPayload, { collection, id, action: 'submit', locale, user: editor as never })
      await transition(typedPayload, { collection, id, action: 'approve', locale, user: reviewer as never })
    }
    approved += 1
    if (approved % 50 === 0 || approved === created.length) {
      log(
        `approved ${approved}/${created.length} documents in every locale, ${(approved / ((performance.now() - t1) / 1000)).toFixed(1)} documents/s`,
      )
    }
  }
  const approveSeconds = (performance.now() - t1) / 1000
  return { reportId, slug, chapterIds, counts, writeSeconds, approveSeconds }
}
