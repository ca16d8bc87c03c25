import { expect, test } from '@jest/globals'
import { buildSchema, parse, validate } from 'graphql'

import { depthLimit } from '../../src/graphql/depthLimit'

const schema = buildSchema(`type Node { id: ID, child: Node } type Query { node: Node }`)
const nest = (n: number) => `{ ${'node { '.repeat(1)}${'child { '.repeat(n - 2)}id${' }'.repeat(n - 1)} }`
const errors = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]).map((e) => e.message)

test('queries up to the limit pass; deeper ones are refused with the depth', () => {
  expect(errors(nest(4), 4)).toEqual([])
  expect(errors(nest(5), 4)).toEqual([
    'The query is nested 5 levels deep; the limit is 4. Ask for fewer nested relations.',
  ])
})

test('fragments are followed, and a fragment cycle does not loop', () => {
  const q = `query { node { ...F } } fragment F on Node { child { child { child { id } } } }`
  expect(errors(q, 4)[0]).toMatch(/nested 5 levels/) // node, child, child, child, id
  expect(errors(q, 5)).toEqual([])
  const cycle = `query { node { ...A } } fragment A on Node { child { ...A } }`
  expect(errors(cycle, 10)).toEqual([])
})
