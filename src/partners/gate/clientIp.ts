import { CLIENT_IP_HEADER, type GateRequest } from './gateRequest.js'

/**
 * The client's address for per-IP limits: the one Twinning's front server took from the socket
 * (`npm start`), else — behind a proxy the host trusts — the rightmost `X-Forwarded-For` entry,
 * which that proxy wrote. Without either (plain `next start`), Next's own `X-Forwarded-For`,
 * which a client can pre-set: run `npm start` or a proxy in production.
 */
export function clientIp(request: GateRequest, trustProxy: boolean): string {
  const own = request.header(CLIENT_IP_HEADER)
  if (own && !trustProxy) return own
  const forwarded = request.header('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || own || 'unknown'
}
