/**
 * `npm run seed`: the demo report, idempotent. Every document is found by a natural key (a year, an
 * e-mail, an English name or title); what exists is left alone, so running it twice changes nothing.
 * New documents are written by the demo editor and taken through the workflow: submitted, approved
 * by the demo reviewer, and their translations submitted and approved in every locale, so the demo
 * report can be published right after seeding.
 */
import type { Payload, Where } from 'payload'
import sharp from 'sharp'

import { type ContentApi, contentApi, type Doc } from '../model/local'
import type { LocaleCode } from '../model/locales'
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

/**
 * Writes the demo content. `localised(locale)` gives each document's reader text for one locale:
 * the English text creates or updates the document, then each other locale is written over it.
 */
export async function seed(typedPayload: Payload, log: SeedLog = () => {}): Promise<SeedResult> {
  // The seed writes every collection through one generic helper (src/model/local.ts).
  const payload = contentApi(typedPayload)
  const counts: Record<string, number> = {}
  // Demo users first: the editor writes the content, the reviewer approves it (four-eyes).
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
  const userIds = Object.fromEntries(Object.entries(users).map(([role, doc]) => [role, doc.id]))
  log(`users: ${DEMO_USERS.length}`)

  const created: { collection: WorkflowCollection; id: Id }[] = []
  /**
   * Finds a document by its natural key, or writes it as the editor: English first, then every
   * other locale. Existing documents are left as they are, so a second run changes nothing.
   */
  const upsert = async (
    collection: WorkflowCollection,
    where: Where,
    localised: (locale: LocaleCode) => Data,
    shared: Data = {},
    into?: Id,
  ): Promise<Id> => {
    counts[collection] = (counts[collection] ?? 0) + 1
    const asEditor = { overrideAccess: true, depth: 0, user: users.editor }
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
    created.push({ collection, id: doc.id })
    return doc.id
  }

  const orgIds: Record<string, Id> = {}
  for (const o of organisations) {
    orgIds[o.key] = await upsert(
      'organisations',
      { name: { equals: o.name.en } },
      (l) => ({ name: o.name[l], description: o.description[l] }),
      { acronym: o.acronym, kind: o.kind, country: o.country, website: o.website },
    )
  }
  log(`organisations: ${organisations.length}`)

  const coverId = await seedCover(payload)

  const reportId = await upsert(
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
      coverImage: coverId,
      organisation: orgIds.omct,
      licence: 'CC BY-NC-ND 4.0',
    },
  )

  // The chapter exists before the statistics and testimonies that point back to it.
  const chapterWhere: Where = { and: [{ slug: { equals: 'belarus' } }, { report: { equals: reportId } }] }
  const existingChapter = await payload.find({
    collection: 'chapters',
    where: chapterWhere,
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  const newChapter = !existingChapter.docs[0]
  const chapterId: Id =
    existingChapter.docs[0]?.id ??
    (
      await payload.create({
        collection: 'chapters',
        data: {
          title: CHAPTER_TEXT.en.title,
          slug: 'belarus',
          report: reportId,
          order: 1,
          kind: 'country',
          country: 'BY',
        },
        draft: true,
        overrideAccess: true,
        user: users.editor,
      })
    ).id

  const statIds: Record<string, Id> = {}
  for (const s of statistics) {
    statIds[s.key] = await upsert(
      'statistics',
      { label: { equals: s.label.en } },
      (l) => ({
        label: s.label[l],
        unit: s.unit[l],
        methodology: STATISTIC_METHODOLOGY[l],
        source: { organisation: orgIds.omct, title: SOURCE_TITLE[l], url: 'https://www.omct.org/' },
      }),
      {
        value: s.value,
        qualifier: s.qualifier,
        period: s.period,
        asOf: STATISTIC_AS_OF,
        country: 'BY',
        chapter: chapterId,
        headline: s.headline,
      },
    )
  }
  log(`statistics: ${statistics.length}`)

  const defenderIds: Record<string, Id> = {}
  for (const d of defenders) {
    defenderIds[d.key] = await upsert(
      'defenders',
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
    )
  }
  log(`defenders: ${defenders.length}`)

  const testimonyIds: Record<string, Id> = {}
  for (const t of testimonies) {
    testimonyIds[t.key] = await upsert(
      'testimonies',
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
        consent: { ...t.consent, recordedBy: userIds.editor },
      },
    )
  }
  log(`testimonies: ${testimonies.length}`)

  const refs = {
    statistics: statIds,
    testimonies: testimonyIds,
    defenders: defenderIds,
  }
  if (newChapter)
    await upsert(
      'chapters',
      chapterWhere,
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
        report: reportId,
        order: 1,
        kind: 'country',
        country: 'BY',
        slug: 'belarus',
        headlineStatistics: ['torture-cases', 'detained', 'defenders-detained'].map((k) => statIds[k]),
        testimonies: Object.values(testimonyIds),
        defenders: Object.values(defenderIds),
        partners: [orgIds.viasna, orgIds.icit],
      },
      chapterId,
    )
  log('report 2020 with its Belarus chapter')

  // Through the workflow, as people would: the editor submits, the reviewer approves, then each
  // translation is submitted and approved. Leaves (organisations, figures, profiles, testimonies)
  // before the report and chapter that refer to them.
  const order: WorkflowCollection[] = ['organisations', 'statistics', 'defenders', 'testimonies', 'reports', 'chapters']
  created.sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection))
  for (const { collection, id } of created) {
    await transition(typedPayload, { collection, id, action: 'submit', user: asUser(users.editor) })
    await transition(typedPayload, { collection, id, action: 'approve', user: asUser(users.reviewer) })
    for (const locale of OTHER_LOCALES) {
      await transition(typedPayload, { collection, id, action: 'submit', locale, user: asUser(users.editor) })
      await transition(typedPayload, { collection, id, action: 'approve', locale, user: asUser(users.reviewer) })
    }
  }
  if (created.length) log(`approved in every locale: ${created.length} documents`)

  const demoItems = await seedWorkflowDemo(typedPayload, {
    editor: asUser(users.editor),
    reviewer: asUser(users.reviewer),
    translator: asUser(users.translator),
  })
  if (demoItems) log(`workflow demo items (draft, in review, changes requested, stale translation): ${demoItems}`)

  return {
    reportId,
    chapterId,
    users: DEMO_USERS.map(({ email, password, roles }) => ({ email, password, roles })),
    counts,
  }
}

/** A generated, abstract cover (no photograph of anybody), so the demo needs no image files. */
async function seedCover(payload: ContentApi): Promise<Id> {
  const found = await payload.find({
    collection: 'media',
    where: { filename: { like: 'cover-2020' } },
    limit: 1,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0].id
  const bands = Array.from(
    { length: 9 },
    (_, i) =>
      `<rect x="0" y="${i * 200}" width="1400" height="${120 + (i % 3) * 30}" fill="#0b2545" opacity="${0.35 + (i % 4) * 0.15}"/>`,
  ).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="1800"><rect width="1400" height="1800" fill="#13315c"/>${bands}<path d="M0 1300 L1400 500" stroke="#eef4ed" stroke-width="6" opacity="0.9"/></svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: {
      alt: REPORT_TEXT.coverAlt.en,
      credit: 'Folio demo artwork',
      licence: 'cc0',
    },
    file: { data, mimetype: 'image/png', name: 'cover-2020.png', size: data.length },
    overrideAccess: true,
    locale: 'en',
  })
  for (const locale of OTHER_LOCALES) {
    await payload.update({
      collection: 'media',
      id: doc.id,
      data: { alt: REPORT_TEXT.coverAlt[locale] },
      locale,
      overrideAccess: true,
    })
  }
  return doc.id
}
