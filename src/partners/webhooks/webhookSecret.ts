import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

/** Marks a stored secret as encrypted with `payload.encrypt` (the PAYLOAD_SECRET). */
const SEALED = 'enc1:'

/** A new signing secret: 32 random bytes, `whsec_` + base64url. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(SEALED)

/** The secret as stored: encrypted, so a database dump does not hand out the signing keys. */
export const sealWebhookSecret = (payload: Pick<Payload, 'encrypt'>, secret: string): string =>
  SEALED + payload.encrypt(secret)

/** The secret a stored value holds (stored unsealed by an older version: as is), or undefined. */
export function openWebhookSecret(
  payload: Pick<Payload, 'decrypt'>,
  stored: unknown,
): string | undefined {
  if (typeof stored !== 'string' || !stored) return undefined
  if (!isSealed(stored)) return stored
  try {
    return payload.decrypt(stored.slice(SEALED.length)) || undefined
  } catch {
    return undefined
  }
}
