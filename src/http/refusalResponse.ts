import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

import type { Refusal } from './refuse.js'

/**
 * A refusal made before Payload handles the request, answered as Payload answers one thrown by
 * a hook: `{ errors: [{ name, data, message }] }` with the status and Payload's CORS headers.
 */
export function refusalResponse(refusal: Refusal, request: Request, payload: Payload): Response {
  const req = { headers: request.headers, payload } as PayloadRequest
  return Response.json(
    { errors: [{ name: refusal.name, data: refusal.data, message: refusal.message }] },
    { headers: headersWithCors({ headers: new Headers(), req }), status: refusal.status },
  )
}
