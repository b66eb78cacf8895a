import { Kind, parse } from 'graphql'

/**
 * Whether an API key's GraphQL POST must be refused: anything but a readable query. The body is
 * read as Payload's GraphQL handler reads it — the media type is the header's first part — and,
 * unlike it, fails closed: a body that is not a query this check can parse is refused too (a key
 * gets no second reading that might differ).
 */
export async function isGraphQLMutation(request: Request): Promise<boolean> {
  const url = new URL(request.url, 'http://localhost')
  if (!url.pathname.endsWith('/graphql')) return false
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  let query: unknown
  try {
    const text = await request.clone().text()
    if (mediaType === 'application/graphql') query = text
    else if (mediaType === 'application/json')
      query = (JSON.parse(text) as { query?: unknown }).query
    else return true
  } catch {
    return true
  }
  if (typeof query !== 'string') return true
  try {
    return parse(query).definitions.some(
      (definition) =>
        definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query',
    )
  } catch {
    return true
  }
}
