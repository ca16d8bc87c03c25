/**
 * Folio's editorial workflow, translation workflow and audit trail (issue 3).
 *
 * For the publishing pipeline:
 * - `getApprovedDocument(payload, collection, id, locale)`: the approved content of a document in
 *   a locale, or a marker saying why there is none (not-approved, missing, stale). See its JSDoc.
 * - `translationStatus(payload, collection, id, locale?)`: workflow state and per-locale status.
 * - `consentProblems(testimony)`: consent rules, pure.
 * - `recordAuditEvent(payload, { action: 'publish', ... })`: record a publish in the audit trail.
 *
 * For the admin, seed scripts and the system:
 * - `transition(payload, { collection, id, action, locale?, comment?, user })`.
 * - `translationDashboard(payload, { report?, locales? })`.
 * - `workflow({ collections })` (the plugin), `withWorkflow(collectionConfig)`, `workflowFields()`.
 * - Pure fingerprinting: `normaliseText`, `normaliseRichText`, `localisedTexts`, `fieldHashes`,
 *   `fingerprint`, `changedFields`.
 */
export * from './constants'
export {
  getApprovedDocument,
  getApprovedDocumentLocales,
  translationStatus,
  overlayLocalised,
  pickLocale,
} from './approved'
export type { ApprovedDocument, DocumentWorkflowStatus, TranslationStatusEntry } from './approved'
export { recordAuditEvent, AUDIT_ACTIONS } from './audit'
export type { AuditAction, AuditEventInput } from './audit'
export { consentProblems } from '../model/consent'
export type { ConsentInput } from '../model/consent'
export { translationDashboard } from './dashboard'
export type { DashboardItem, DashboardLocale, DashboardReport } from './dashboard'
export { workflowFields, workflowGroup, translationsField } from './fields'
export {
  changedFields,
  combineHashes,
  fieldHashes,
  fingerprint,
  localisedTexts,
  normaliseRichText,
  normaliseText,
  normaliseValue,
} from './fingerprint'
export { PUBLISH_REFUSED } from './hooks/publishing'
export { revokeApproval } from './revoke'
export { authoredSince, latestVersionId, transition } from './transition'
export type { TransitionInput, TransitionResult, WorkflowUser } from './transition'
export { withWorkflow, workflow } from './plugin'
export { auditUserChange } from './loginAudit'
