/** Malformed ids and missing files are "not found" (404), never a server error (src/compat). */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { handleEndpoints, type Payload } from 'payload'

import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
let token = ''

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const user = { name: 'Admin', email: 'nf@folio.test', password: 'correct horse battery', roles: ['admin'] }
  await payload.create({ collection: 'users', data: user as never, overrideAccess: true })
  token = (await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token!
})
afterAll(async () => cleanup?.())

test.each([
  ['GET', '/chapters/abc'],
  ['GET', "/chapters/1'"],
  ['GET', '/chapters/99999'],
  ['DELETE', '/chapters/abc'],
  ['GET', '/testimonies/1e3'],
  ['GET', '/media/file/nope.png'],
  ['GET', '/consent-documents/file/nope.pdf'],
])('%s %s answers 404', async (method, path) => {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { authorization: `JWT ${token}` },
  })
  const res = await handleEndpoints({ config: payload.config, request })
  expect({ status: res.status }).toEqual({ status: 404 })
  expect((await res.json()).errors[0].message).not.toMatch(/something went wrong/i)
})
