import type { Endpoint } from 'payload'

export interface EndpointMatch {
  endpoint: Endpoint
  params: Record<string, string>
}

// The path syntax read here: literal segments, `:name` and a trailing `:name?`.
const SIMPLE_PATH = /^(\/(:?[\w-]+\??)?)+$/

function matchPath(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern === '/' ? [] : pattern.split('/').slice(1)
  if (segments.length > parts.length) return undefined
  const params: Record<string, string> = {}
  for (const [i, part] of parts.entries()) {
    const segment = segments[i]
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      if (segment === undefined && optional) continue
      if (segment === undefined) return undefined
      params[part.slice(1, optional ? -1 : undefined)] = segment
    } else if (segment?.toLowerCase() !== part.toLowerCase()) return undefined
  }
  return params
}

/**
 * The endpoint of a collection that Payload will run for `method` on `segments` (the path after
 * the collection's slug), found as Payload finds it: the first in the list whose method and path
 * match. Undefined when none does, or when an earlier endpoint's path uses syntax this reader does
 * not know (then it cannot tell which one Payload picks).
 */
export function matchEndpoint(
  endpoints: Endpoint[] | false | undefined,
  method: string,
  segments: string[],
): EndpointMatch | undefined {
  for (const endpoint of endpoints || []) {
    if (endpoint.method !== method.toLowerCase()) continue
    if (!SIMPLE_PATH.test(endpoint.path)) return undefined
    const params = matchPath(endpoint.path, segments)
    if (params) return { endpoint, params }
  }
  return undefined
}
