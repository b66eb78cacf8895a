import { getPayload, type SanitizedConfig } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { preflightResponse } from '../cors/corsHeaders.js'
import { admittedKey } from '../keys/admittedKey.js'
import { type Admission, admit, type GateAnswer, gateRefusal } from './admit.js'
import {
  ADMITTED_HEADER,
  admittedToken,
  offerGateToFrontServer,
  RATE_HEADERS_HEADER,
  rateHeadersOf,
} from './frontGate.js'
import { applyGateHeaders } from './gateHeaders.js'
import { gateRequestOf, KEY_SCOPE_HEADER } from './gateRequest.js'
import { isGraphQLMutation } from './graphqlMutation.js'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const INTERNAL_HEADERS = [ADMITTED_HEADER, KEY_SCOPE_HEADER, RATE_HEADERS_HEADER]

export const gateResponse = (answer: GateAnswer): Response =>
  new Response(answer.body, { headers: answer.headers, status: answer.status })

/** Adds the gate's headers to an answer (a copy when its headers are immutable). */
export function withGateHeaders(response: Response, headers: Array<[string, string]>): Response {
  if (!headers.length) return response
  const apply = (target: Headers) => applyGateHeaders(target, headers)
  try {
    apply(response.headers)
    return response
  } catch {
    const copy = new Headers(response.headers)
    apply(copy)
    return new Response(response.body, {
      headers: copy,
      status: response.status,
      statusText: response.statusText,
    })
  }
}

/** The request as the handler gets it: internal headers only as the gate sets them, the URL it chose. */
async function forwarded(request: Request, admission: Admission): Promise<Request> {
  const forged = INTERNAL_HEADERS.some((name) => request.headers.has(name))
  if (!forged && !admission.scopeKey && !admission.url) return request
  const headers = new Headers(request.headers)
  for (const name of INTERNAL_HEADERS) headers.delete(name)
  if (admission.scopeKey) headers.set(KEY_SCOPE_HEADER, admission.scopeKey)
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return new Request(admission.url ?? request.url, {
    body: hasBody ? await request.arrayBuffer() : undefined,
    headers,
    method: request.method,
  })
}

/** The rate-limit headers of the front server's count, carried over to a miss the route answers. */
function frontRateHeaders(request: Request): Array<[string, string]> {
  try {
    const parsed = JSON.parse(request.headers.get(RATE_HEADERS_HEADER) ?? '[]') as unknown
    return rateHeadersOf(
      Array.isArray(parsed)
        ? parsed.filter(
            (pair): pair is [string, string] =>
              Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
          )
        : [],
    )
  } catch {
    return []
  }
}

/**
 * Puts the partner gate (src/partners/gate/admit.ts) in front of a REST route handler:
 *
 *   export const GET = withPartnerGate(config, withReadCache(config, guardRequest(config, REST_GET(config))))
 *
 * CORS preflights are answered here; refusals (401, 403, 429) carry CORS headers too. Without the
 * partner API (`partners: false`) the handler is returned as it is.
 */
export function withPartnerGate<Context>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Context>,
  key?: string,
): Handler<Context> {
  return async (request, context) => {
    const payload = await getPayload({ config, cron: true, key })
    const { partners } = payload.config.custom[TWINNING] as ResolvedOptions
    if (!partners) return handler(request, context)
    offerGateToFrontServer((gateRequest) => admit(payload, gateRequest, partners))
    const gateRequest = gateRequestOf(request)
    if (request.method === 'OPTIONS') {
      const preflight = preflightResponse(gateRequest, partners.corsOrigins)
      if (preflight) return preflight
    }
    // The front server counted this one already (it strips the header from clients).
    const counted = request.headers.get(ADMITTED_HEADER) === admittedToken()
    const admission = await admit(
      payload,
      counted ? { ...gateRequest, counted } : gateRequest,
      partners,
    )
    if (admission.refusal) return gateResponse(admission.refusal)
    if (admission.scope && request.method === 'POST' && (await isGraphQLMutation(request))) {
      const refusal = gateRefusal(
        payload,
        gateRequest,
        403,
        'errors.keyReadOnly',
        {},
        admission.headers,
      )
      return gateResponse(refusal)
    }
    const next = await forwarded(request, admission)
    const response = await admittedKey.run({ client: admission.client ?? null }, () =>
      handler(next, context),
    )
    return withGateHeaders(response, [
      ...admission.headers,
      ...(counted ? frontRateHeaders(request) : []),
    ])
  }
}
