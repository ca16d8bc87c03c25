import type { Role } from '../access/roles'
import type { LocaleCode } from '../model/locales'

/**
 * One demo user per role. The passwords are public (they are in this file and printed in
 * development): production refuses to start while these accounts exist (see src/env.ts).
 */
export const DEMO_USERS: { email: string; name: string; password: string; roles: Role[]; locales: LocaleCode[] }[] = [
  {
    email: 'admin@folio.test',
    name: 'Ada Admin (demo)',
    password: 'folio-demo-ada-2020',
    roles: ['admin'],
    locales: [],
  },
  {
    email: 'editor@folio.test',
    name: 'Eli Editor (demo)',
    password: 'folio-demo-eli-2020',
    roles: ['editor'],
    locales: [],
  },
  {
    email: 'reviewer@folio.test',
    name: 'Rae Reviewer (demo)',
    password: 'folio-demo-rae-2020',
    roles: ['reviewer'],
    locales: [],
  },
  {
    email: 'translator@folio.test',
    name: 'Tam Translator (demo)',
    password: 'folio-demo-tam-2020',
    roles: ['translator'],
    locales: ['fr', 'ar'],
  },
]
