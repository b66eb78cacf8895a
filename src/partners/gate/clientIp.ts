import { isIP } from 'node:net'

import { admittedToken } from './frontGate.js'
import { CLIENT_IP_HEADER, type GateRequest } from './gateRequest.js'

/**
 * The client's address for per-IP limits: the one Twinning's front server took from the socket
 * (`npm start`), else — behind a proxy the host trusts — the rightmost `X-Forwarded-For` entry,
 * which that proxy wrote. Without either (plain `next start`), Next's own `X-Forwarded-For`,
 * which a client can pre-set: run `npm start` or a proxy in production.
 */
export function clientIp(request: GateRequest, trustProxy: boolean): string {
  const own = frontServerAddress(request.header(CLIENT_IP_HEADER))
  if (own && !trustProxy) return network(own)
  const forwarded = request.header('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return network(last || own || 'unknown')
}

/**
 * The address the front server wrote (`<process token> <address>`, src/server.ts): a value
 * without this process's token is a client's claim and counts for nothing.
 */
function frontServerAddress(value: string | null): string | undefined {
  const token = `${admittedToken()} `
  return value?.startsWith(token) ? value.slice(token.length) : undefined
}

/** What src/server.ts writes into the client address header for a connection's address. */
export const stampClientIp = (address: string): string => `${admittedToken()} ${address}`

/**
 * The bucket of an address: IPv4 as it is, IPv6 by its /64 (one subscriber's network — one
 * address each would give anyone with a /64 unlimited budgets).
 */
function network(address: string): string {
  const plain = address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')
  if (isIP(plain) !== 6) return plain
  const [head = '', tail = ''] = plain.split('::')
  const groups = [...head.split(':').filter(Boolean)]
  const rest = tail.split(':').filter(Boolean)
  while (groups.length + rest.length < 8 && plain.includes('::')) groups.push('0')
  return `${[...groups, ...rest].slice(0, 4).join(':')}::/64`
}
