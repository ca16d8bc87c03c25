import { DEFAULT_LOCALE, TRANSLATION_LOCALES } from '../locales'

export { DEFAULT_LOCALE, TRANSLATION_LOCALES }

/** Editorial state of a document's default-locale content (and its non-localised fields). */
export const WORKFLOW_STATES = ['draft', 'in-review', 'changes-requested', 'approved'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** Status of one non-default locale's translation of a document. */
export const TRANSLATION_STATUSES = ['missing', 'in-progress', 'ready-for-review', 'approved', 'stale'] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'request-changes', 'reopen'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** The collections that go through the editorial workflow (the content collections). */
export const WORKFLOW_COLLECTIONS = [
  'reports',
  'chapters',
  'testimonies',
  'defenders',
  'statistics',
  'organisations',
] as const
export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

/** The field holding a workflow document's human title (dashboards, audit, the bundle's problem lists). */
export const TITLE_FIELD: Record<WorkflowCollection, string> = {
  reports: 'title',
  chapters: 'title',
  testimonies: 'title',
  defenders: 'name',
  statistics: 'label',
  organisations: 'name',
}

export const isWorkflowCollection = (slug: unknown): slug is WorkflowCollection =>
  typeof slug === 'string' && (WORKFLOW_COLLECTIONS as readonly string[]).includes(slug)

/** Testimony fields that never leave the CMS: access rules, audit and publishing share this list. */
export const CONFIDENTIAL_TESTIMONY_FIELDS = ['legalName', 'contact', 'internalNotes', 'consent'] as const

/** The workflow's own fields on a content document: bookkeeping, never content. */
export const WORKFLOW_FIELD_NAMES: ReadonlySet<string> = new Set(['workflow', 'translations'])

/** req.context key set by the workflow's own writes (transitions, system un-approval). */
export const WORKFLOW_CONTEXT = 'folioWorkflowWrite'
/** req.context key under which beforeChange leaves what afterChange needs. */
export const PENDING_CONTEXT = 'folioWorkflowPending'
