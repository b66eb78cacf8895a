import { randomBytes } from 'node:crypto'

import type { Admission } from './admit.js'
import type { GateRequest } from './gateRequest.js'

type FrontGate = (request: GateRequest) => Promise<Admission>

// Shared through the process: the route runs in Next's server bundle, the front server outside it.
const KEY = Symbol.for('twinning.partners.frontGate')
const TOKEN = Symbol.for('twinning.partners.admittedToken')
const slots = globalThis as unknown as Record<symbol, unknown>

/** Header by which the front server tells the route it already counted the request against the limits. */
export const ADMITTED_HEADER = 'x-twinning-admitted'
/** The rate-limit headers the front server's count gave (JSON), for the route's answer to carry. */
export const RATE_HEADERS_HEADER = 'x-twinning-rate'

/** The `RateLimit-*` / `Retry-After` headers among a gate's answer headers. */
export const rateHeadersOf = (headers: Array<[string, string]>): Array<[string, string]> =>
  headers.filter(([name]) => /^(ratelimit-|retry-after$)/i.test(name))

/** A random value per process: a client cannot forge "already admitted". */
export function admittedToken(): string {
  return (slots[TOKEN] ??= randomBytes(18).toString('base64url')) as string
}

/** Called by the route's gate: lets the Node front server admit requests as the route would. */
export function offerGateToFrontServer(gate: FrontGate): void {
  slots[KEY] = gate
}

/** The gate the route offered, once a request reached it (before that, the front server answers nothing). */
export function frontGate(): FrontGate | undefined {
  return slots[KEY] as FrontGate | undefined
}
