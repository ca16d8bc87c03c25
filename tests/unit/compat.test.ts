/** Upstream workarounds (src/compat/index.ts) are re-checked whenever a pinned version changes. */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { WORKAROUNDS } from '../../src/compat'

const installed = (pkg: string): string =>
  JSON.parse(fs.readFileSync(path.resolve('node_modules', pkg, 'package.json'), 'utf8')).version

test.each(WORKAROUNDS.map((w) => [w.id, w] as const))('%s was checked against the installed version', (_id, w) => {
  const now = installed(w.package)
  if (now !== w.version) {
    throw new Error(
      `${w.package} is ${now}, but the workaround "${w.id}" (${w.where}) was written for ${w.version}. ` +
        `Re-check it (${w.check}); remove it if ${w.upstream} is fixed, else record ${now} in src/compat/index.ts.`,
    )
  }
  expect(now).toBe(w.version)
})

test('package.json pins the versions the workarounds were checked against', () => {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
  const pins = { ...pkg.dependencies, ...pkg.devDependencies }
  for (const w of WORKAROUNDS) expect({ [w.package]: pins[w.package] }).toEqual({ [w.package]: w.version })
})
