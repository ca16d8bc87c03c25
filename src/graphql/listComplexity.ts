import {
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { LIST_LIMIT } from '../security/limits'

/** What a whole operation may cost, counting every document a list may return. */
export const MAX_LIST_COMPLEXITY = 2000
/** Payload's page size when a list query gives no `limit`. */
const DEFAULT_PAGE = 10
/** `limit: 0` asks Payload for every document: counted as ten full pages. */
const UNLIMITED = LIST_LIMIT * 10

const intOf = (value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined => {
  if (!value) return undefined
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value]
    return typeof v === 'number' ? v : undefined
  }
  return undefined
}

/**
 * A validation rule that counts what Payload's complexity estimate does not: a field returns as
 * many copies of its selection as its `limit` argument asks for (a paginated list without one,
 * Payload's default page), so `limit: 100000` or nested lists cannot multiply the work unseen.
 * Fragment cycles never reach it (src/graphql/guard.ts refuses them first); a seen set guards anyway.
 */
export const listComplexity =
  (variables: Record<string, unknown> = {}, max = MAX_LIST_COMPLEXITY): ValidationRule =>
  (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
    const multiplier = (field: FieldNode): number => {
      const limit = intOf(field.arguments?.find((a) => a.name.value === 'limit')?.value, variables)
      if (limit !== undefined) return limit <= 0 ? UNLIMITED : limit
      const hasDocs = field.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'docs')
      return hasDocs ? DEFAULT_PAGE : 1
    }
    const costOf = (set: SelectionSetNode, seen: Set<string>): number => {
      let total = 0
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          total += s.selectionSet ? 1 + multiplier(s) * costOf(s.selectionSet, seen) : 1
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          total += costOf(s.selectionSet, seen)
        } else {
          const f = fragments.get(s.name.value)
          if (f && !seen.has(f.name.value)) total += costOf(f.selectionSet, new Set([...seen, f.name.value]))
        }
      }
      return total
    }
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet, new Set())
        if (cost > max) {
          context.reportError(
            new GraphQLError(
              `The query could return ${cost} values counting each list's limit; the limit is ${max}. Ask for smaller pages or fewer nested lists.`,
              { nodes: [node] },
            ),
          )
        }
      },
    }
  }
