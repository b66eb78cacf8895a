/** Where a request points inside the REST API: its path segments after `/api`, decoded. */
export type ApiPath =
  { kind: 'outside' } | { kind: 'malformed'; segment: string } | { kind: 'api'; segments: string[] }

/**
 * Splits and decodes the path of a request under `apiRoute`. A segment with a malformed
 * %-escape (`%E0%A4%A`, a lone `%`) is reported instead of thrown: Payload decodes it while it
 * matches its routes, and its URIError then answers 500.
 */
export function apiPath(url: string, apiRoute: string): ApiPath {
  const { pathname } = new URL(url, 'http://localhost')
  if (!pathname.startsWith(`${apiRoute}/`)) return { kind: 'outside' }
  const segments: string[] = []
  for (const segment of pathname.slice(apiRoute.length + 1).split('/')) {
    try {
      segments.push(decodeURIComponent(segment))
    } catch {
      return { kind: 'malformed', segment }
    }
  }
  // A trailing slash names the same route as without it (Payload strips it too).
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop()
  return { kind: 'api', segments }
}
