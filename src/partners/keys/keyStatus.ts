import type { TranslationKey } from '../../i18n/resources.js'
import type { ClientScope } from './clientScope.js'

export type ClientRow = Record<string, unknown>

/** What a presented key is worth right now. */
export type KeyStatus =
  | { ok: true; client: ClientRow; scope?: ClientScope; scopeKey?: string }
  | { ok: false; reason: TranslationKey; vars?: Record<string, string> }

const time = (value: unknown): number | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const at = new Date(value).getTime()
  return Number.isNaN(at) ? undefined : at
}

/**
 * Judges a key by the client row its index matched: the current key (unless the client expired),
 * the replaced one within its grace period, the last revoked one, or none.
 */
export function keyStatus(row: ClientRow | null, index: string, now: number): KeyStatus {
  if (!row) return { ok: false, reason: 'errors.keyUnknown' }
  const expires = time(row.expiresAt)
  const expired = (): KeyStatus => ({
    ok: false,
    reason: 'errors.keyExpired',
    vars: { date: new Date(expires!).toISOString() },
  })
  if (row.apiKeyIndex === index) {
    return expires !== undefined && expires <= now ? expired() : { ok: true, client: row }
  }
  if (row.previousKeyIndex === index) {
    const until = time(row.previousKeyValidUntil)
    if (until === undefined || until <= now)
      return {
        ok: false,
        reason: 'errors.keyReplaced',
        vars: { date: new Date(until ?? now).toISOString() },
      }
    return expires !== undefined && expires <= now ? expired() : { ok: true, client: row }
  }
  if (row.revokedKeyIndex === index) return { ok: false, reason: 'errors.keyRevoked' }
  return { ok: false, reason: 'errors.keyUnknown' }
}
