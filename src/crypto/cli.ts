/**
 * `npm run keys -- status | rotate [--master-key-file FILE] | encrypt`, as a function (scripts/keys.ts
 * runs it; tests call it with their own Payload).
 */
import type { Payload } from 'payload'

import { EXIT_USAGE, parseCli } from '../cli/args'
import { loadMasterKey } from './master'
import { keyStatus, type Progress, reseal, rotate } from './rotate'
import { scrubSqlite } from './sqlite'
import { encryptionOf } from './state'

export const KEYS_USAGE = `Usage: npm run keys -- status | rotate [--master-key-file FILE] | encrypt
status    which data key protects how many stored values (and how many are still in clear)
rotate    a new data key; every value re-encrypted under it, online, with progress; resumable (run
          it again after an interruption); the old key is read until no value uses it, then erased.
          With --master-key-file FILE: re-wraps the data keys with the master key in FILE instead
          (then point FOLIO_MASTER_KEY_FILE at FILE).
encrypt   encrypts values still stored in clear (what the migration does), then scrubs SQLite's free
          pages and WAL`

export interface KeysIo {
  out: (line: string) => void
  err: (line: string) => void
}

const progress = (io: KeysIo) => (p: Progress) => io.out(`  ${p.collection} ${p.table}: ${p.done}/${p.total}`)

export async function runKeysCli(
  argv: string[],
  boot: () => Promise<Payload>,
  io: KeysIo = { out: console.log, err: console.error },
): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    { 'master-key-file': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    KEYS_USAGE,
    true,
  )
  const command = positionals[0]
  if (!['status', 'rotate', 'encrypt'].includes(command ?? '') || positionals.length !== 1) {
    io.err(
      `Expected one command (status, rotate or encrypt), got "${positionals.join(' ')}".\n${KEYS_USAGE.split('\n')[0]}`,
    )
    return EXIT_USAGE
  }
  const payload = await boot()
  if (command === 'status') {
    const s = await keyStatus(payload)
    io.out(`Master key ${s.master}`)
    for (const k of s.keys) io.out(`  data key ${k.keyId} (${k.state}): ${k.values} values`)
    io.out(`  in clear: ${s.plaintext} values`)
    return s.plaintext > 0 ? 1 : 0
  }
  if (command === 'rotate' && values['master-key-file']) {
    const next = loadMasterKey({ ...process.env, FOLIO_MASTER_KEY_FILE: String(values['master-key-file']) })
    const n = await encryptionOf(payload)!.keyring.rewrap(next)
    io.out(
      `Re-wrapped ${n} data keys with master key ${next.id}. Now set FOLIO_MASTER_KEY_FILE=${values['master-key-file']}.`,
    )
    return 0
  }
  const rotated = command === 'rotate' ? await rotate(payload, progress(io)) : undefined
  const result = rotated ?? (await reseal(payload, progress(io)))
  await scrubSqlite(payload)
  io.out(`Encrypted ${result.encrypted} values in clear, re-encrypted ${result.reencrypted} under the active key.`)
  if (rotated) io.out(`Active key ${rotated.activeKey}; retired: ${rotated.retired.join(', ') || 'none'}.`)
  for (const u of result.undecryptable)
    io.err(`  cannot be decrypted, left as stored: ${u.collection} ${u.id} ${u.path}`)
  return result.undecryptable.length > 0 ? 1 : 0
}
