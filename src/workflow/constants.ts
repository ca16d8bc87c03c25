import { DEFAULT_LOCALE, TRANSLATION_LOCALES } from '../model/locales'

export { DEFAULT_LOCALE, TRANSLATION_LOCALES }

/** Editorial state of a document's default-locale content (and its non-localised fields). */
export const WORKFLOW_STATES = ['draft', 'in-review', 'changes-requested', 'approved'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** Status of one non-default locale's translation of a document. */
export const TRANSLATION_STATUSES = ['missing', 'in-progress', 'ready-for-review', 'approved', 'stale'] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'request-changes', 'reopen'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** The collections that go through the editorial workflow: the content collections (src/model). */
export {
  CONTENT_COLLECTIONS as WORKFLOW_COLLECTIONS,
  type ContentCollection as WorkflowCollection,
  isContentCollection as isWorkflowCollection,
} from '../model/content'

/** The workflow's own fields on a content document: bookkeeping, never content. */
export const WORKFLOW_FIELD_NAMES: ReadonlySet<string> = new Set(['workflow', 'translations'])

/** req.context key set by the workflow's own writes (transitions, system un-approval). */
export const WORKFLOW_CONTEXT = 'folioWorkflowWrite'
/** req.context key under which beforeChange leaves what afterChange needs. */
export const PENDING_CONTEXT = 'folioWorkflowPending'
