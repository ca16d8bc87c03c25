/**
 * Who may move a document (or one locale's translation of it) from which state to which: the rules
 * transition() enforces on the server, and availableActions(), which the admin uses to offer only
 * the buttons that can work for the signed-in user. Pure: safe to import into client components.
 * Four-eyes and consent are checked by transition() alone (they need the audit trail and the document).
 */
import { canApprove, hasRole, isStaff } from '../access/roles'
import { WORKFLOW_ACTIONS, type WorkflowAction } from './constants'

/** The acting user as transitions need it (a Payload `users` document or its JWT payload). */
export interface WorkflowUser {
  id: string | number
  email?: string | null
  roles?: string[] | null
  locales?: string[] | null
  collection?: string
}

export type Rule = {
  from: string[]
  to: string
  who: (u: WorkflowUser, locale: string | null) => boolean
  whoText: string
}

const staff = (u: WorkflowUser) => isStaff(u)
const approvers = (u: WorkflowUser) => canApprove(u)

export const CONTENT_RULES: Record<WorkflowAction, Rule[]> = {
  submit: [
    { from: ['draft', 'changes-requested'], to: 'in-review', who: staff, whoText: 'admins, editors and reviewers' },
  ],
  approve: [{ from: ['in-review'], to: 'approved', who: approvers, whoText: 'admins and reviewers' }],
  'request-changes': [
    { from: ['in-review'], to: 'changes-requested', who: approvers, whoText: 'admins and reviewers' },
  ],
  reopen: [
    { from: ['in-review', 'changes-requested'], to: 'draft', who: staff, whoText: 'admins, editors and reviewers' },
    { from: ['approved'], to: 'draft', who: approvers, whoText: 'admins and reviewers' },
  ],
}

const translatorOf = (u: WorkflowUser, locale: string | null) =>
  hasRole(u, 'translator') && Boolean(locale && (u.locales ?? []).includes(locale))

export const TRANSLATION_RULES: Record<WorkflowAction, Rule[]> = {
  submit: [
    {
      from: ['in-progress', 'stale'],
      to: 'ready-for-review',
      who: (u, l) => staff(u) || translatorOf(u, l),
      whoText: 'admins, editors, reviewers and the translators of this locale',
    },
  ],
  approve: [{ from: ['ready-for-review'], to: 'approved', who: approvers, whoText: 'admins and reviewers' }],
  'request-changes': [
    { from: ['ready-for-review'], to: 'in-progress', who: approvers, whoText: 'admins and reviewers' },
  ],
  reopen: [{ from: ['approved'], to: 'in-progress', who: approvers, whoText: 'admins and reviewers' }],
}

/**
 * The actions `user` may take from `from` (content state, or a translation status when `locale` is
 * a non-default locale), in WORKFLOW_ACTIONS order.
 */
export function availableActions(
  user: WorkflowUser | null | undefined,
  from: string,
  locale: string | null,
): WorkflowAction[] {
  if (!user) return []
  const rules = locale ? TRANSLATION_RULES : CONTENT_RULES
  return WORKFLOW_ACTIONS.filter((a) => rules[a].some((r) => r.from.includes(from) && r.who(user, locale)))
}
