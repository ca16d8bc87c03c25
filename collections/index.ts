import { Chapters } from './Chapters'
import { ConsentDocuments } from './ConsentDocuments'
import { Defenders } from './Defenders'
import { Glossary } from './Glossary'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { Reports } from './Reports'
import { Statistics } from './Statistics'
import { Testimonies } from './Testimonies'
import { Users } from './Users'

/** The content model, in the order the admin lists it. */
export const collections = [
  Reports,
  Chapters,
  Testimonies,
  Defenders,
  Statistics,
  Organisations,
  Media,
  Glossary,
  ConsentDocuments,
  Users,
]
