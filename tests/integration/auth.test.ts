/** Login throttle: five failed logins in a row hold the account back a while, even for the right password. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await payload.create({
    collection: 'users',
    data: { name: 'Lock Test', email: 'lock@folio.test', password: 'right-password-123', roles: ['editor'] },
  })
}, 180_000)
afterAll(async () => cleanup())

test('after 5 failed logins the account is throttled (429, backoff), not locked; failures are aggregated', async () => {
  const attempt = (password: string) =>
    payload.login({ collection: 'users', data: { email: 'lock@folio.test', password } })
  await expect(attempt('right-password-123')).resolves.toHaveProperty('token')
  for (let i = 0; i < 5; i++) await expect(attempt('wrong-password')).rejects.toThrow(/incorrect/i)
  await expect(attempt('right-password-123')).rejects.toMatchObject({ status: 429 })
  const rows = await payload.find({ collection: 'login-failures', overrideAccess: true, sort: 'subject' })
  expect(rows.docs.map((d) => [d.subject, d.count])).toEqual([
    ['account:lock@folio.test', 5],
    ['client:unknown', 5],
  ])
})

test('weak passwords are refused with the reason', async () => {
  const make = (password: string) =>
    payload.create({
      collection: 'users',
      data: { name: 'Weak', email: 'weakling@folio.test', password, roles: ['editor'] },
    })
  await expect(make('short')).rejects.toThrow()
  await expect(make('short')).rejects.toMatchObject({
    data: { errors: [{ path: 'password', message: expect.stringMatching(/at least 12/) }] },
  })
  await expect(make('aaaaaaaaaaaaaaa')).rejects.toMatchObject({
    data: { errors: [{ message: expect.stringMatching(/too few/) }] },
  })
  await expect(make('weakling-2020-x')).rejects.toMatchObject({
    data: { errors: [{ message: expect.stringMatching(/e-mail/) }] },
  })
  expect(
    (await payload.count({ collection: 'users', where: { email: { equals: 'weakling@folio.test' } } })).totalDocs,
  ).toBe(0)
  await expect(make('correct horse battery')).resolves.toHaveProperty('id')
})
