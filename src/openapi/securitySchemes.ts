import type { JsonSchema } from './jsonSchema.js'

export interface SecurityInput {
  /** Slug of the auth collection of partner API clients. */
  apiClients: string
  /** Payload's cookie prefix (`payload` → cookie `payload-token`). */
  cookiePrefix: string
  /** Slug of the newsroom's users collection (login at `/api/<users>/login`). */
  users: string
}

/**
 * How a request says who it is: partner cities with an API key (Payload's `useAPIKey` on the
 * api-clients collection), newsroom staff with the JWT of a login — in the header or, in the
 * browser, in Payload's cookie. Both header schemes use `Authorization` with a prefix of their own,
 * so they are `apiKey` schemes carrying the whole header value, not HTTP bearer schemes.
 */
export const securitySchemes = ({
  apiClients,
  cookiePrefix,
  users,
}: SecurityInput): JsonSchema => ({
  partnerKey: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: [
      `A partner city's API key. Send the header \`Authorization: ${apiClients} API-Key <key>\` — the collection slug \`${apiClients}\`, a space, \`API-Key\`, a space and the key — on every request; in Swagger UI's Authorize dialog enter that whole value.`,
      'A key only reads, and only what is published: in the locales and collections it was given and, where it is restricted to a partner city, only content tagged with that city.',
      'A key that is malformed, unknown, revoked or expired, or that was replaced by a new key longer ago than its grace period, is answered 401 with the reason; reading a locale or a collection the key lacks is answered 403.',
      'Requests are rate-limited per key and per address (429 with `Retry-After`).',
    ].join('\n\n'),
  },
  staffJWT: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: `Newsroom staff: \`Authorization: JWT <token>\` (or \`Bearer <token>\`) with the token that \`POST /api/${users}/login\` returns. Anonymous requests to staff operations get 401, logged-in users without a newsroom role 403.`,
  },
  staffCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: `${cookiePrefix}-token`,
    description: 'Newsroom staff in the browser: the cookie the admin login sets.',
  },
})

/** `security` of an operation anyone may call, with a partner key or without. */
export const PUBLIC_SECURITY = [{}, { partnerKey: [] }]
/** `security` of an operation for partner keys and newsroom staff. */
export const KEY_OR_STAFF_SECURITY = [{ partnerKey: [] }, { staffJWT: [] }, { staffCookie: [] }]
/** `security` of an operation for newsroom staff only. */
export const STAFF_SECURITY = [{ staffJWT: [] }, { staffCookie: [] }]
