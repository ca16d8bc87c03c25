/**
 * Rich text is validated when it is saved (src/lexical/validate.ts): a Lexical document of the
 * nodes and blocks the editor offers, links to http(s) and mailto only; refusals are 400s naming
 * the field and the node.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { paragraph, root } from '../../src/lexical/build'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>
let reportId: number | string

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  reportId = (
    await payload.create({ collection: 'reports', data: { title: 'RT', year: 2041 } as never, overrideAccess: true })
  ).id
})
afterAll(async () => cleanup?.())

const chapter = (body: unknown) =>
  payload.create({
    collection: 'chapters',
    data: { title: 'RT chapter', report: reportId, order: 1, kind: 'thematic', body } as never,
    overrideAccess: true,
  })

const refusal = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    const err = e as { status?: number; data?: { errors?: Array<{ path: string; message: string }> } }
    return { status: err.status, errors: err.data?.errors ?? [] }
  }
  throw new Error('expected the save to be refused')
}

const link = (url: string) => ({
  type: 'link',
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [{ type: 'text', text: 'here', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
})
const withChild = (node: unknown) => {
  const doc = root(paragraph('Before.'))
  ;(doc.root.children as unknown[]).push(node)
  return doc
}

describe('rich text on save', () => {
  test('a well-formed body is saved', async () => {
    expect((await chapter(root(paragraph('Fine.')))).id).toBeDefined()
  })

  test.each([
    ['a plain string', 'just text', /Lexical document/],
    ['an unknown node', withChild({ type: 'horizontalrule', version: 1 }), /root\.children\[1\] \(horizontalrule\)/],
    ['an unknown block', withChild({ type: 'block', version: 2, fields: { blockType: 'iframe', url: 'x' } }), /iframe/],
    [
      'a javascript: link',
      withChild({ type: 'paragraph', version: 1, children: [link('javascript:alert(1)')] }),
      /\(link\).*javascript:/,
    ],
    ['a relative link', withChild({ type: 'paragraph', version: 1, children: [link('/admin')] }), /\(link\)/],
  ])('%s is refused with a 400 naming the field and the node', async (_what, body, message) => {
    const r = await refusal(chapter(body))
    expect(r.status).toBe(400)
    expect(r.errors).toEqual([expect.objectContaining({ path: 'body', message: expect.stringMatching(message) })])
  })
})
