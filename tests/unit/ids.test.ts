/** src/model/ids.ts: relation values → ids, ids for the database, the natural order of ids. */
import { describe, expect, test } from '@jest/globals'

import { compareIds, dbId, relationId, relationIds, relationValue } from '../../src/model/ids'

describe('ids', () => {
  test('relationId: an id or a populated document, as text; anything else is null', () => {
    expect(relationId(12)).toBe('12')
    expect(relationId('abc')).toBe('abc')
    expect(relationId({ id: 7, title: 'x' })).toBe('7')
    expect(relationId({ id: { id: 'nested' } })).toBe('nested')
    for (const v of [null, undefined, '', '  ', Number.NaN, Number.POSITIVE_INFINITY, {}, [], true])
      expect(relationId(v)).toBeNull()
  })
  test('relationIds: each id once, in order; not a list → none', () => {
    expect(relationIds([3, { id: 1 }, '3', null, 2])).toEqual(['3', '1', '2'])
    expect(relationIds(5)).toEqual([])
    expect(relationIds(undefined)).toEqual([])
  })
  test('relationValue: the stored id, unconverted', () => {
    expect(relationValue({ id: 4 })).toBe(4)
    expect(relationValue('4')).toBe('4')
    expect(relationValue({ id: null })).toBeNull()
    expect(relationValue(undefined)).toBeNull()
  })
  test('dbId: digits become a number, other text stays', () => {
    expect(dbId('42')).toBe(42)
    expect(dbId(42)).toBe(42)
    expect(dbId('65f0c2a1e4b0')).toBe('65f0c2a1e4b0')
    expect(dbId('4.2')).toBe('4.2')
  })
  test('compareIds sorts numbers numerically, then strings', () => {
    expect(['10', '9', 'b', '100', 'a', '1'].sort(compareIds)).toEqual(['1', '9', '10', '100', 'a', 'b'])
  })
})
