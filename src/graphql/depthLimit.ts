import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/** Deepest selection allowed: a report → chapters → testimonies → media is 5 levels with pagination. */
export const MAX_QUERY_DEPTH = 8

/**
 * A validation rule that refuses queries nested deeper than `max` fields (fragments followed), so
 * a crafted query cannot make the server populate relationship after relationship.
 */
export const depthLimit =
  (max = MAX_QUERY_DEPTH): ValidationRule =>
  (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
    }
    const depthOf = (node: ASTNode, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD: {
          if (node.name.value.startsWith('__')) return 0
          return node.selectionSet ? 1 + depthOf(node.selectionSet, seen) : 1
        }
        case Kind.SELECTION_SET:
          return Math.max(0, ...node.selections.map((s) => depthOf(s, seen)))
        case Kind.INLINE_FRAGMENT:
          return depthOf(node.selectionSet, seen)
        case Kind.FRAGMENT_SPREAD: {
          const name = node.name.value
          const fragment = fragments.get(name)
          if (!fragment || seen.has(name)) return 0
          return depthOf(fragment.selectionSet, new Set([...seen, name]))
        }
        case Kind.OPERATION_DEFINITION:
          return depthOf(node.selectionSet, seen)
        default:
          return 0
      }
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; the limit is ${max}. Ask for fewer nested relations.`,
              { nodes: [node] },
            ),
          )
        }
      },
    }
  }
