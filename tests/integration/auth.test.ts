/** Login lockout: five failed logins in a row lock the account, even for the right password. */
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
})
afterAll(async () => cleanup())

test('the account locks after 5 failed logins', async () => {
  const attempt = (password: string) =>
    payload.login({ collection: 'users', data: { email: 'lock@folio.test', password } })
  await expect(attempt('right-password-123')).resolves.toHaveProperty('token')
  for (let i = 0; i < 5; i++) await expect(attempt('wrong-password')).rejects.toThrow(/incorrect/i)
  await expect(attempt('right-password-123')).rejects.toThrow(/locked/i)
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'lock@folio.test' } },
    showHiddenFields: true,
  })
  expect(new Date(String(docs[0].lockUntil)).getTime()).toBeGreaterThan(Date.now() + 9 * 60 * 1000)
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
