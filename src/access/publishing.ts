/**
 * Who may do what with the publishing pipeline from the CMS (src/publish/admin/api/, the
 * `publishReport` job). The CLI (`npm run publish`) runs on the server with its own trust.
 */
import type { PayloadRequest } from 'payload'

import { hasRole, isAdmin, isStaff } from './roles'

/** Enqueue or run a publish: admins and reviewers (the people who approve). */
export const canPublish = (user: unknown): boolean => hasRole(user, 'admin', 'reviewer')

/** Publish with English fallbacks for missing translations: admins only. */
export const canPublishIncomplete = (user: unknown): boolean => isAdmin(user)

/** Run the readiness check (dry run, nothing written): admins, reviewers and editors, who fix what it finds. */
export const canCheckPublish = (user: unknown): boolean => hasRole(user, 'admin', 'reviewer', 'editor')

/** Follow a publish's progress: admins and reviewers. */
export const canSeePublishStatus = (user: unknown): boolean => canPublish(user)

/** Download released files (PDFs, bundle archive): signed-in staff (admins, editors, reviewers). */
export const canDownloadReleases = (user: unknown): boolean => isStaff(user)

/** The jobs queue (`jobs.access.queue` / `run`): the same rule as enqueueing a publish. */
export const publishJobAccess = ({ req }: { req: PayloadRequest }): boolean => canPublish(req.user)

/** Cancelling a queued job: admins only. */
export const cancelJobAccess = ({ req }: { req: PayloadRequest }): boolean => isAdmin(req.user)
