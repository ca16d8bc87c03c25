/** The people who work on a report. Access rules (src/access) are predicates over these. */
export const ROLES = ['admin', 'editor', 'reviewer', 'translator'] as const
export type Role = (typeof ROLES)[number]
