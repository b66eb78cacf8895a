import { createHmac, timingSafeEqual } from 'node:crypto'

import type { GateRequest } from './gateRequest.js'

/** The Payload session token a request carries (`Authorization: JWT …`/`Bearer …` or the token cookie). */
function sessionToken(request: GateRequest, cookieName: string): string | undefined {
  const authorization = request.header('authorization')
  const scheme = authorization?.match(/^(?:JWT|Bearer) (\S+)$/)
  if (scheme) return scheme[1]
  const cookie = request.header('cookie')
  if (!cookie) return undefined
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === cookieName) return value.join('=')
  }
  return undefined
}

/**
 * Whether the request carries a valid, unexpired Payload session token (HS256 under the
 * installation's secret, as Payload signs them): a signed-in user, whom per-IP limits spare. A
 * forged or expired token is no session: the request is limited as anonymous.
 */
export function signedIn(
  request: GateRequest,
  secret: string,
  cookieName: string,
  userCollection: string,
): boolean {
  const token = sessionToken(request, cookieName)
  const parts = token?.split('.')
  if (!parts || parts.length !== 3) return false
  const [header, body, signature] = parts as [string, string, string]
  const expected = createHmac('sha256', secret).update(`${header}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as {
      alg?: string
    }
    const { collection, exp } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      collection?: unknown
      exp?: number
    }
    // A session of the newsroom's users: not an API client's token (it must count as its key).
    return (
      alg === 'HS256' &&
      collection === userCollection &&
      typeof exp === 'number' &&
      exp * 1000 > Date.now()
    )
  } catch {
    return false
  }
}
