import { describe, expect, test } from '@jest/globals'
import type { Field } from 'payload'

import { Chapters } from '../../collections/Chapters'
import { Defenders } from '../../collections/Defenders'
import { Media } from '../../collections/Media'
import { Organisations } from '../../collections/Organisations'
import { Reports } from '../../collections/Reports'
import { Statistics } from '../../collections/Statistics'
import { Testimonies } from '../../collections/Testimonies'
import { LOCALIZED_FIELDS, type BundleCollection } from '../../src/publish/bundle/model'

type F = Field & {
  name?: string
  type: string
  localized?: boolean
  fields?: Field[]
  tabs?: Array<{ name?: string; fields: Field[] }>
}

/** Localised field paths of a config, in the model's notation (`a.b`, `a[].b`). */
function localizedPaths(fields: Field[], prefix = ''): Array<{ path: string; richText?: true }> {
  const out: Array<{ path: string; richText?: true }> = []
  for (const f of fields as F[]) {
    if (f.type === 'tabs') {
      for (const t of f.tabs ?? []) out.push(...localizedPaths(t.fields, t.name ? `${prefix}${t.name}.` : prefix))
      continue
    }
    if (!f.name) {
      if (f.fields) out.push(...localizedPaths(f.fields, prefix))
      continue
    }
    if (f.localized)
      out.push(f.type === 'richText' ? { path: prefix + f.name, richText: true } : { path: prefix + f.name })
    else if (f.type === 'group' && f.fields) out.push(...localizedPaths(f.fields, `${prefix}${f.name}.`))
    else if (f.type === 'array' && f.fields) out.push(...localizedPaths(f.fields, `${prefix}${f.name}[].`))
  }
  return out
}

const CONFIGS: Record<BundleCollection, { fields: Field[] }> = {
  reports: Reports,
  chapters: Chapters,
  testimonies: Testimonies,
  defenders: Defenders,
  statistics: Statistics,
  organisations: Organisations,
  media: Media,
}

describe('the publishing model matches the collections', () => {
  test.each(Object.keys(CONFIGS) as BundleCollection[])('%s: every localised field is known to the pipeline', (c) => {
    const sort = (xs: ReadonlyArray<{ path: string; richText?: true }>) =>
      [...xs].sort((a, b) => a.path.localeCompare(b.path))
    expect(sort(LOCALIZED_FIELDS[c])).toEqual(sort(localizedPaths(CONFIGS[c].fields)))
  })
})
