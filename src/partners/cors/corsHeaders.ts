/** CORS for partner origins (being built). */
export interface CorsRequest {
  header: (name: string) => string | null
  method: string
}

/** The CORS headers of an answer to `request`: none unless its Origin is allowed. */
export function corsHeaders(_request: CorsRequest, _origins: string[]): Array<[string, string]> {
  return []
}

/** The answer to a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`), or undefined when it is none. */
export function preflightResponse(_request: CorsRequest, _origins: string[]): Response | undefined {
  return undefined
}
