import { Kind, parse } from 'graphql'

/**
 * Whether a GraphQL POST asks for a mutation (or subscription): an API key only reads. A body
 * that does not parse is left to Payload's GraphQL handler, which answers it with an error.
 */
export async function isGraphQLMutation(request: Request): Promise<boolean> {
  const url = new URL(request.url, 'http://localhost')
  if (!url.pathname.endsWith('/graphql')) return false
  let query: unknown
  try {
    const text = await request.clone().text()
    const type = request.headers.get('content-type') ?? ''
    query = type.includes('application/graphql')
      ? text
      : (JSON.parse(text) as { query?: unknown }).query
  } catch {
    return false
  }
  if (typeof query !== 'string') return false
  try {
    return parse(query).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query',
    )
  } catch {
    return false
  }
}
