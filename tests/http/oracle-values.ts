/** The roles, replies and the confidential values the probes look for (the seed's sample testimonies). */
import { testimonies as SEEDED } from '../../src/seed/testimonies'

export type Who = 'anonymous' | 'translator' | 'reviewer' | 'editor' | 'admin'
/** Roles that must not see the confidential part (the reviewer may see consent.status only). */
export const RESTRICTED: Who[] = ['anonymous', 'translator', 'reviewer']
/** Roles that hold it: the controls, which prove each probe can see a leak when there is one. */
export const HOLDERS: Who[] = ['editor', 'admin']

export interface Reply {
  status: number
  text: string
  headers: string
}

export interface Client {
  /** GET (or another method) on `/api${path}`. */
  rest(path: string, who: Who, init?: { method?: string; body?: unknown }): Promise<Reply>
  /** POST /api/graphql. */
  gql(query: string, who: Who): Promise<Reply>
}

/**
 * Every confidential value the seed writes (src/seed/testimonies.ts and the workflow demo's two
 * testimonies in src/seed/workflow-demo.ts), as exact strings. Consent dates are searched as
 * YYYY-MM-DD, which is a prefix of how Payload returns them (ISO timestamps).
 */
export const SECRETS: string[] = [
  ...SEEDED.flatMap((t) => [t.legalName, t.contact, t.internalNotes, t.consent.date]),
  'Fictional Person C (demo record)',
  'Fictional Person D (demo record)',
  '2021-01-15',
]

/** Values that match the real data (a prefix of every legal name, one contact) and ones that match nothing. */
export const REAL = {
  legalName: 'Fictional Person',
  contact: SEEDED[0]!.contact,
  contactPart: 'witness-',
  notes: 'Demo record',
  consentStatus: 'given',
  consentScope: 'text',
  consentDateLow: '2000-01-01',
}
export const NONE = {
  legalName: 'zzzz-nonexistent',
  contact: 'zzzz-nonexistent@example.invalid',
  contactPart: 'zzzz-nonexistent',
  notes: 'zzzz-nonexistent',
  consentStatus: 'zzzz-nonexistent',
  consentScope: 'video',
  consentDateLow: '2999-01-01',
}
