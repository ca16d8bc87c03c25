/**
 * `npm run seed`: the demo report, idempotent. Every document is found by a natural key (a year, an
 * e-mail, an English name or title); what exists is left alone, so running it twice changes nothing.
 * New documents are written by the demo editor and taken through the workflow: submitted, approved
 * by the demo reviewer, and their translations submitted and approved in every locale, so the demo
 * report can be published right after seeding.
 */
import type { Payload, Where } from 'payload'

import { type ContentApi, contentApi, type Doc } from '../model/local'
import type { LocaleCode } from '../model/locales'
import { seedCover } from './cover'
import { OTHER_LOCALES } from './locales'
import { seedWorkflowDemo } from './workflow-demo'
import { CHAPTER_TEXT, chapterBody, FURTHER_READING, REPORT_TEXT } from './chapter'
import {
  DEFENDER_BIOGRAPHY,
  DEFENDER_CHARGES,
  defenders,
  type Localised,
  organisations,
  SOURCE_TITLE,
  STATISTIC_AS_OF,
  STATISTIC_METHODOLOGY,
  statistics,
} from './content'
import { paragraph, root, rtl } from '../lexical/build'
import { testimonies } from './testimonies'
import { DEMO_USERS } from './users'
import type { WorkflowCollection } from '../workflow/constants'
import { transition, type WorkflowUser } from '../workflow/transition'

type Id = number | string
type Data = Record<string, unknown>
export type SeedLog = (line: string) => void

/** A users document as the workflow sees who acts. */
const asUser = (doc: Doc): WorkflowUser => ({
  id: doc.id,
  email: String(doc.email),
  roles: Array.isArray(doc.roles) ? doc.roles.map(String) : [],
  locales: Array.isArray(doc.locales) ? doc.locales.map(String) : [],
  collection: 'users',
})

const richText = (locale: LocaleCode, paragraphs: string[]) => {
  const doc = root(...paragraphs.map((p) => paragraph(p)))
  return locale === 'ar' ? rtl(doc) : doc
}
/**
 * Array rows are shared by all locales (only their localised fields differ): a translation must
 * write into the rows the English text created, matched by position, not create new ones.
 */
export const keepRowIds = (data: Data, doc: Data): Data =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const rows = doc[key]
      if (!Array.isArray(value) || !Array.isArray(rows)) return [key, value]
      return [
        key,
        value.map((row, i) =>
          row && typeof row === 'object' ? { ...row, id: (rows[i] as Data | undefined)?.id } : row,
        ),
      ]
    }),
  )
const pick = <T>(value: Localised<T>, locale: LocaleCode): T => value[locale]

export interface SeedResult {
  reportId: Id
  chapterId: Id
  users: { email: string; password: string; roles: string[] }[]
  counts: Record<string, number>
}

/** What the seed's steps share: the API, who writes, what was written, and the ids by key. */
interface Seeder {
  payload: ContentApi
  users: Record<string, Doc>
  counts: Record<string, number>
  /** Documents written by this run, to be taken through the workflow. */
  created: { collection: WorkflowCollection; id: Id }[]
}

/** The demo users, found by e-mail or created: the editor writes, the reviewer approves (four-eyes). */
async function seedUsers(payload: ContentApi): Promise<Record<string, Doc>> {
  const users: Record<string, Doc> = {}
  for (const u of DEMO_USERS) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: u.email } },
      limit: 1,
      overrideAccess: true,
    })
    const data = { name: u.name, email: u.email, roles: u.roles, locales: u.locales }
    users[u.roles[0]] =
      found.docs[0] ??
      (await payload.create({ collection: 'users', data: { ...data, password: u.password }, overrideAccess: true }))
  }
  return users
}

/**
 * Finds a document by its natural key, or writes it as the editor: English first, then every
 * other locale. Existing documents are left as they are, so a second run changes nothing.
 * `into` writes the text into a document that already exists (the chapter, created early).
 */
async function upsert(
  s: Seeder,
  collection: WorkflowCollection,
  where: Where,
  localised: (locale: LocaleCode) => Data,
  shared: Data = {},
  into?: Id,
): Promise<Id> {
  const { payload } = s
  s.counts[collection] = (s.counts[collection] ?? 0) + 1
  const asEditor = { overrideAccess: true, depth: 0, user: s.users.editor }
  if (into === undefined) {
    const found = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
    })
    if (found.docs[0]) return found.docs[0].id
  }
  const data = { ...shared, ...localised('en') }
  const doc =
    into === undefined
      ? await payload.create({ collection, data, locale: 'en', draft: true, ...asEditor })
      : await payload.update({ collection, id: into, data, locale: 'en', draft: true, ...asEditor })
  for (const locale of OTHER_LOCALES) {
    await payload.update({
      collection,
      id: doc.id,
      data: keepRowIds(localised(locale), doc),
      locale,
      draft: true,
      ...asEditor,
    })
  }
  s.created.push({ collection, id: doc.id })
  return doc.id
}

/** Upserts each item of a list, by its key; returns the ids by key. */
async function upsertAll<T extends { key: string }>(
  s: Seeder,
  collection: WorkflowCollection,
  items: readonly T[],
  write: (item: T) => [where: Where, localised: (locale: LocaleCode) => Data, shared: Data],
): Promise<Record<string, Id>> {
  const ids: Record<string, Id> = {}
  for (const item of items) ids[item.key] = await upsert(s, collection, ...write(item))
  return ids
}

const seedOrganisations = (s: Seeder) =>
  upsertAll(s, 'organisations', organisations, (o) => [
    { name: { equals: o.name.en } },
    (l) => ({ name: o.name[l], description: o.description[l] }),
    { acronym: o.acronym, kind: o.kind, country: o.country, website: o.website },
  ])

const seedReport = async (s: Seeder, orgIds: Record<string, Id>) =>
  upsert(
    s,
    'reports',
    { year: { equals: 2020 } },
    (l) => ({
      title: pick(REPORT_TEXT.title, l),
      subtitle: pick(REPORT_TEXT.subtitle, l),
      introduction: richText(l, [pick(REPORT_TEXT.introduction, l)]),
    }),
    {
      year: 2020,
      slug: 'annual-report-2020',
      coverImage: await seedCover(s.payload),
      organisation: orgIds.omct,
      licence: 'CC BY-NC-ND 4.0',
    },
  )

const chapterWhere = (reportId: Id): Where => ({
  and: [{ slug: { equals: 'belarus' } }, { report: { equals: reportId } }],
})

/** The chapter exists (title only) before the statistics and testimonies that point back to it. */
async function ensureChapter(s: Seeder, reportId: Id): Promise<{ id: Id; isNew: boolean }> {
  const existing = await s.payload.find({
    collection: 'chapters',
    where: chapterWhere(reportId),
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  if (existing.docs[0]) return { id: existing.docs[0].id, isNew: false }
  const data = {
    title: CHAPTER_TEXT.en.title,
    slug: 'belarus',
    report: reportId,
    order: 1,
    kind: 'country',
    country: 'BY',
  }
  const doc = await s.payload.create({
    collection: 'chapters',
    data,
    draft: true,
    overrideAccess: true,
    user: s.users.editor,
  })
  return { id: doc.id, isNew: true }
}

const seedStatistics = (s: Seeder, orgIds: Record<string, Id>, chapterId: Id) =>
  upsertAll(s, 'statistics', statistics, (st) => [
    { label: { equals: st.label.en } },
    (l) => ({
      label: st.label[l],
      unit: st.unit[l],
      methodology: STATISTIC_METHODOLOGY[l],
      source: { organisation: orgIds.omct, title: SOURCE_TITLE[l], url: 'https://www.omct.org/' },
    }),
    {
      value: st.value,
      qualifier: st.qualifier,
      period: st.period,
      asOf: STATISTIC_AS_OF,
      country: 'BY',
      chapter: chapterId,
      headline: st.headline,
    },
  ])

const seedDefenders = (s: Seeder, orgIds: Record<string, Id>) =>
  upsertAll(s, 'defenders', defenders, (d) => [
    { name: { equals: d.name.en } },
    (l) => ({
      name: d.name[l],
      role: d.role[l],
      charges: DEFENDER_CHARGES[l],
      biography: richText(l, [DEFENDER_BIOGRAPHY[l]]),
    }),
    {
      organisation: orgIds[d.organisation],
      country: 'BY',
      status: 'deprived-of-liberty',
      statusSince: null,
      visibility: 'public',
      timeline: [],
    },
  ])

const seedTestimonies = (s: Seeder, chapterId: Id) =>
  upsertAll(s, 'testimonies', testimonies, (t) => [
    { title: { equals: t.title.en } },
    (l) => ({
      title: t.title[l],
      summary: t.summary[l],
      body: richText(l, t.body[l]),
      place: t.place[l],
      publicName: t.publicName[l],
      contentWarning: t.contentWarning[l] || null,
    }),
    {
      disclosure: t.disclosure,
      eventDate: t.eventDate,
      country: t.country,
      themes: t.themes,
      chapter: chapterId,
      legalName: t.legalName,
      contact: t.contact,
      internalNotes: t.internalNotes,
      consent: { ...t.consent, recordedBy: s.users.editor.id },
    },
  ])

interface ChapterRefs {
  reportId: Id
  orgIds: Record<string, Id>
  statistics: Record<string, Id>
  testimonies: Record<string, Id>
  defenders: Record<string, Id>
}

/** The chapter's text in every locale, with its embeds of the documents seeded before it. */
const seedChapterText = (s: Seeder, chapterId: Id, refs: ChapterRefs) =>
  upsert(
    s,
    'chapters',
    chapterWhere(refs.reportId),
    (l) => {
      const body = chapterBody(l, refs)
      // The pull quote's words belong to the (fictional) sample witness, in each language.
      const sample = testimonies.find((t) => t.key === 'sample-detention')!
      for (const node of body.root.children as Data[]) {
        const fields = node.fields as Data | undefined
        if (fields?.blockType === 'testimonyQuote') fields.excerpt = sample.excerpt[l]
      }
      return { title: CHAPTER_TEXT[l].title, lead: CHAPTER_TEXT[l].lead, body, furtherReading: FURTHER_READING(l) }
    },
    {
      report: refs.reportId,
      order: 1,
      kind: 'country',
      country: 'BY',
      slug: 'belarus',
      headlineStatistics: ['torture-cases', 'detained', 'defenders-detained'].map((k) => refs.statistics[k]),
      testimonies: Object.values(refs.testimonies),
      defenders: Object.values(refs.defenders),
      partners: [refs.orgIds.viasna, refs.orgIds.icit],
    },
    chapterId,
  )

/**
 * Through the workflow, as people would: the editor submits, the reviewer approves, then each
 * translation is submitted and approved. Leaves (organisations, figures, profiles, testimonies)
 * before the report and chapter that refer to them.
 */
async function approveCreated(typedPayload: Payload, s: Seeder): Promise<void> {
  const order: WorkflowCollection[] = ['organisations', 'statistics', 'defenders', 'testimonies', 'reports', 'chapters']
  const created = [...s.created].sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection))
  const [editor, reviewer] = [asUser(s.users.editor), asUser(s.users.reviewer)]
  for (const { collection, id } of created) {
    await transition(typedPayload, { collection, id, action: 'submit', user: editor })
    await transition(typedPayload, { collection, id, action: 'approve', user: reviewer })
    for (const locale of OTHER_LOCALES) {
      await transition(typedPayload, { collection, id, action: 'submit', locale, user: editor })
      await transition(typedPayload, { collection, id, action: 'approve', locale, user: reviewer })
    }
  }
}

/**
 * Writes the demo content: each document's reader text is written in English first, then each
 * other locale over it; new documents are then approved in every locale.
 */
export async function seed(typedPayload: Payload, log: SeedLog = () => {}): Promise<SeedResult> {
  // The seed writes every collection through one generic helper (src/model/local.ts).
  const payload = contentApi(typedPayload)
  const s: Seeder = { payload, users: await seedUsers(payload), counts: {}, created: [] }
  log(`users: ${DEMO_USERS.length}`)
  const orgIds = await seedOrganisations(s)
  log(`organisations: ${organisations.length}`)
  const reportId = await seedReport(s, orgIds)
  const chapter = await ensureChapter(s, reportId)
  const statIds = await seedStatistics(s, orgIds, chapter.id)
  log(`statistics: ${statistics.length}`)
  const defenderIds = await seedDefenders(s, orgIds)
  log(`defenders: ${defenders.length}`)
  const testimonyIds = await seedTestimonies(s, chapter.id)
  log(`testimonies: ${testimonies.length}`)
  if (chapter.isNew)
    await seedChapterText(s, chapter.id, {
      reportId,
      orgIds,
      statistics: statIds,
      testimonies: testimonyIds,
      defenders: defenderIds,
    })
  log('report 2020 with its Belarus chapter')

  await approveCreated(typedPayload, s)
  if (s.created.length) log(`approved in every locale: ${s.created.length} documents`)

  const demoItems = await seedWorkflowDemo(typedPayload, {
    editor: asUser(s.users.editor),
    reviewer: asUser(s.users.reviewer),
    translator: asUser(s.users.translator),
  })
  if (demoItems) log(`workflow demo items (draft, in review, changes requested, stale translation): ${demoItems}`)

  return {
    reportId,
    chapterId: chapter.id,
    users: DEMO_USERS.map(({ email, password, roles }) => ({ email, password, roles })),
    counts: s.counts,
  }
}
