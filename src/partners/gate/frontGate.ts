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
