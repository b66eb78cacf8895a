/** What an `Authorization` header says about partner API keys. */
export type KeyHeader = { kind: 'none' } | { kind: 'malformed' } | { kind: 'key'; key: string }

// Payload's generated keys are UUIDs; ours and hosts' may be longer. Printable ASCII, no spaces.
const KEY = /^[\x21-\x7e]{16,200}$/
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * Reads `Authorization: <slug> API-Key <key>` (Payload's API-key format). Another scheme (JWT,
 * Bearer, Basic) is none of the partner API's business; anything that mentions API-Key but does
 * not have that exact form is malformed — it is answered 401, never served as anonymous.
 */
export function apiKeyHeader(authorization: string | null | undefined, slug: string): KeyHeader {
  if (!authorization) return { kind: 'none' }
  const prefix = `${slug} API-Key `
  if (authorization.startsWith(prefix)) {
    const key = authorization.slice(prefix.length)
    return KEY.test(key) ? { kind: 'key', key } : { kind: 'malformed' }
  }
  // A key sent as a bearer token is not served as a visitor: only session tokens (JWTs) pass on.
  const bearer = authorization.match(/^(?:Bearer|JWT)\s+(\S*)/i)
  if (bearer && !JWT.test(bearer[1] ?? '')) return { kind: 'malformed' }
  return /api-?key/i.test(authorization) || authorization.trim().startsWith(slug)
    ? { kind: 'malformed' }
    : { kind: 'none' }
}
