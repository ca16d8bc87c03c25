import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { canonicalJson } from '../../src/publish/bundle/canonical'

describe('canonicalJson', () => {
  test('sorted keys at every depth, 2-space indent, final newline', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    )
  })
  test('refuses what JSON would silently change', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow(/\$\.a is undefined/)
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow(/\$\.a\[1\] is NaN/)
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/Date/)
    expect(canonicalJson(-0)).toBe('0\n')
  })
  test('property: key order of the input never matters, and the output parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const reversed = JSON.parse(JSON.stringify(v), (_k, x) =>
          x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
        )
        const text = canonicalJson(v)
        expect(canonicalJson(reversed)).toBe(text)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
      }),
      { numRuns: 200 },
    )
  })
})
