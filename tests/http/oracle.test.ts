/**
 * Issue 7, "Security": every role's access to the testimonies' confidential part, re-checked over
 * HTTP against the real built server (next start, production mode, seeded demo database) with
 * crafted requests: depth 0–10, locale=* / all, select, populate, draft, trash, version history,
 * where clauses and sorts on confidential fields used as an oracle, GraphQL (directly, by id,
 * versions, chapter → testimonies population, where/sort/count), and anonymous access to every
 * collection. The probes and the leak search are in ./oracle-probes.ts (shared with the in-process
 * tests/workflow/oracle.test.ts); every response body and header set is searched for every
 * confidential value the seed wrote.
 *
 * Depth 5–10 is asked for with the other collections' populated documents narrowed to one field
 * (NARROW_POPULATE): a full depth-10 population of one seeded testimony is ~300 MB of JSON
 * (chapter ↔ testimonies ↔ statistics cycles), which this test does not need to prove anything.
 */
import { afterAll, beforeAll, describe } from '@jest/globals'

import { DEMO_USERS } from '../../src/seed/users'
import { login, startServer, type RunningServer } from '../helpers/server'
import { defineOracleTests, type Client, type ProbeIds, type Who } from './oracle-probes'

let server: RunningServer
const auth: Partial<Record<Who, string>> = {}
let ids: ProbeIds

const client: Client = {
  async rest(path, who, init = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (auth[who]) headers.authorization = auth[who]
    const res = await fetch(`${server.url}/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    })
    return { status: res.status, text: await res.text(), headers: JSON.stringify([...res.headers]) }
  },
  async gql(query, who) {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (auth[who]) headers.authorization = auth[who]
    const res = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) })
    return { status: res.status, text: await res.text(), headers: JSON.stringify([...res.headers]) }
  },
}

beforeAll(async () => {
  server = await startServer({ seed: true })
  for (const u of DEMO_USERS) auth[u.roles[0] as Who] = await login(server.url, u.email, u.password)
  const get = async (path: string) =>
    (await (await fetch(`${server.url}/api${path}`, { headers: { authorization: auth.admin! } })).json()) as {
      docs: { id: number | string }[]
    }
  ids = {
    testimonies: (await get('/testimonies?draft=true&limit=0&depth=0&sort=id')).docs.map((d) => d.id),
    versions: [],
    chapters: (await get('/chapters?draft=true&limit=0&depth=0')).docs.map((d) => d.id),
  }
  ids.versions = (
    await get(`/testimonies/versions?limit=3&depth=0&sort=-updatedAt&where[parent][equals]=${ids.testimonies[0]}`)
  ).docs.map((d) => String(d.id))
}, 300_000)
afterAll(async () => server?.stop())

describe('crafted requests against the built server', () => {
  defineOracleTests(() => ({ client, ids }))
})
