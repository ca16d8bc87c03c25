/**
 * Checks a GraphQL request needs before Payload's own validation, which runs the complexity rule
 * side by side with the standard rules and so overflows its stack on a fragment cycle (a 500).
 * Here, on the document alone (no schema needed): a token limit while parsing, fragment cycles and
 * unknown fragments (graphql's NoFragmentCycles / KnownFragmentNames rules, found before any rule
 * that follows spreads runs), and an alias limit. Anything wrong is a 400 with GraphQL's error shape.
 */
import { GraphQLError, Kind, parse, visit, type DocumentNode, type FragmentDefinitionNode } from 'graphql'

import { GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_TOKENS } from '../security/limits'

/** The fragment cycle found in the document ("A → B → A"), or null. */
export function fragmentCycle(document: DocumentNode): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  const spreadsOf = (name: string): string[] => {
    const names: string[] = []
    const fragment = fragments.get(name)
    if (!fragment) return names
    visit(fragment.selectionSet, {
      FragmentSpread(n) {
        names.push(n.name.value)
      },
    })
    return names
  }
  const done = new Set<string>()
  const walk = (name: string, path: string[]): string | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name].join(' → ')
    if (done.has(name)) return null
    for (const next of spreadsOf(name)) {
      const found = walk(next, [...path, name])
      if (found) return found
    }
    done.add(name)
    return null
  }
  for (const name of fragments.keys()) {
    const found = walk(name, [])
    if (found) return found
  }
  return null
}

/** Why this document is refused before execution, or null. */
export function graphqlDocumentProblem(query: string): string | null {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_MAX_TOKENS })
  } catch (e) {
    return e instanceof GraphQLError ? e.message : String(e)
  }
  const cycle = fragmentCycle(document)
  if (cycle) return `The query's fragments spread each other in a cycle (${cycle}); a fragment cannot include itself.`
  const known = new Set(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  )
  let aliases = 0
  let unknown: string | null = null
  visit(document, {
    Field(n) {
      if (n.alias) aliases++
    },
    FragmentSpread(n) {
      if (!known.has(n.name.value) && unknown === null) unknown = n.name.value
    },
  })
  if (unknown) return `Unknown fragment "${unknown}".`
  if (aliases > GRAPHQL_MAX_ALIASES)
    return `The query uses ${aliases} aliases; the limit is ${GRAPHQL_MAX_ALIASES}. Ask for fewer fields under other names.`
  return null
}

const refusal = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/** Wraps the GraphQL route: a refused document is answered 400 before Payload sees it. */
export const guardGraphql =
  <C>(handler: (request: Request, context: C) => Promise<Response>) =>
  async (request: Request, context: C): Promise<Response> => {
    if (!/application\/(graphql\+)?json/i.test(request.headers.get('content-type') ?? '')) {
      return handler(request, context)
    }
    let body: unknown
    try {
      body = await request.clone().json()
    } catch {
      return refusal('The request body is not valid JSON.')
    }
    const queries = (Array.isArray(body) ? body : [body]).map((b) => (b as { query?: unknown } | null)?.query)
    for (const query of queries) {
      if (typeof query !== 'string') continue
      const problem = graphqlDocumentProblem(query)
      if (problem) return refusal(problem)
    }
    return handler(request, context)
  }
