import { describe, expect, test } from '@jest/globals'

import { availableActions } from '../../src/workflow/rules'

const user = (roles: string[], locales: string[] = []) => ({ id: 1, roles, locales })

describe('availableActions: the buttons the admin offers', () => {
  test('content: editors submit and reopen their own work, reviewers approve, translators nothing', () => {
    expect(availableActions(user(['editor']), 'draft', null)).toEqual(['submit'])
    expect(availableActions(user(['editor']), 'in-review', null)).toEqual(['reopen'])
    expect(availableActions(user(['editor']), 'approved', null)).toEqual([])
    expect(availableActions(user(['reviewer']), 'in-review', null)).toEqual(['approve', 'request-changes', 'reopen'])
    expect(availableActions(user(['reviewer']), 'approved', null)).toEqual(['reopen'])
    expect(availableActions(user(['translator'], ['fr']), 'draft', null)).toEqual([])
    expect(availableActions(user(['translator'], ['fr']), 'approved', null)).toEqual([])
    expect(availableActions(null, 'draft', null)).toEqual([])
  })

  test('translations: a translator submits only their locales and never reopens an approval', () => {
    const tam = user(['translator'], ['fr'])
    expect(availableActions(tam, 'in-progress', 'fr')).toEqual(['submit'])
    expect(availableActions(tam, 'stale', 'fr')).toEqual(['submit'])
    expect(availableActions(tam, 'in-progress', 'ar')).toEqual([])
    expect(availableActions(tam, 'approved', 'fr')).toEqual([])
    expect(availableActions(tam, 'ready-for-review', 'fr')).toEqual([])
    expect(availableActions(user(['reviewer']), 'ready-for-review', 'fr')).toEqual(['approve', 'request-changes'])
    expect(availableActions(user(['admin']), 'approved', 'ar')).toEqual(['reopen'])
    expect(availableActions(user(['reviewer']), 'missing', 'fr')).toEqual([])
  })
})
