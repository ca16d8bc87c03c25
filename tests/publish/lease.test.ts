/**
 * Publish leases in the database (src/publish/job/lease.ts), on SQLite by default and on
 * PostgreSQL under `npm run test:postgres`: one holder at a time even when many ask at once, the
 * refusal names the holder and since when, a holder that stops renewing loses the lease after it
 * expires, renewal and release only ever touch the holder's own row.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { acquireLease, leaseHolder, LeaseHeldError, withLease } from '../../src/publish/job/lease'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
}, 120_000)
afterAll(async () => cleanup?.())

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('publish leases', () => {
  test('twenty at once: exactly one gets it; the others are told who holds it and since when', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => acquireLease(payload, 'report:race', { holder: `asker ${i}` })),
    )
    const won = results.filter((r) => r.status === 'fulfilled')
    expect(won).toHaveLength(1)
    const lease = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLease>>>).value
    for (const r of results.filter((r) => r.status === 'rejected')) {
      const e = (r as PromiseRejectedResult).reason
      expect(e).toBeInstanceOf(LeaseHeldError)
      expect(e.held).toMatchObject({ key: 'report:race', holder: lease.holder, since: lease.since })
      expect(e.message).toContain(`${lease.holder} holds it since ${lease.since}`)
    }
    expect(await leaseHolder(payload, 'report:race')).toMatchObject({ holder: lease.holder })
    await lease.release()
    expect(await leaseHolder(payload, 'report:race')).toBeNull()
    const again = await acquireLease(payload, 'report:race', { holder: 'next' })
    await again.release()
  })

  test('a holder that stops renewing is taken over after its lease; it cannot renew or release the new holder', async () => {
    const dead = await acquireLease(payload, 'report:dead', { holder: 'dead process', ttlMs: 1000 })
    await expect(acquireLease(payload, 'report:dead', { holder: 'too early', ttlMs: 1000 })).rejects.toBeInstanceOf(
      LeaseHeldError,
    )
    await sleep(1200)
    const next = await acquireLease(payload, 'report:dead', { holder: 'next process', ttlMs: 60_000 })
    expect(await dead.renew()).toBe(false)
    await dead.release()
    expect(await leaseHolder(payload, 'report:dead')).toMatchObject({ holder: 'next process' })
    expect(await next.renew()).toBe(true)
    await next.release()
  })

  test('withLease renews while the work runs longer than the lease, and releases when it throws', async () => {
    await withLease(payload, 'report:long', { holder: 'long work', ttlMs: 1000 }, async () => {
      await sleep(2500)
      await expect(acquireLease(payload, 'report:long', { holder: 'other', ttlMs: 1000 })).rejects.toThrow(
        /long work holds it/,
      )
    })
    expect(await leaseHolder(payload, 'report:long')).toBeNull()
    await expect(
      withLease(payload, 'report:throws', { holder: 'x' }, async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await leaseHolder(payload, 'report:throws')).toBeNull()
  })

  test('withLease maps a refusal to the caller’s error', async () => {
    const held = await acquireLease(payload, 'report:mapped', { holder: 'first' })
    await expect(
      withLease(
        payload,
        'report:mapped',
        { holder: 'second', refused: (h) => new Error(`busy: ${h.holder}`) },
        async () => 1,
      ),
    ).rejects.toThrow('busy: first')
    await held.release()
  })
})
