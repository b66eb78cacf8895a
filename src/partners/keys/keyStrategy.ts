import type { AuthStrategy, Payload } from 'payload'

import { admittedKey } from './admittedKey.js'
import { apiKeyHeader } from './apiKeyHeader.js'
import { keyRegistryOf } from './keyRegistry.js'

export const KEY_STRATEGY = 'twinning-api-key'

/**
 * Authenticates `Authorization: <slug> API-Key <key>` as the API client it belongs to — the
 * current key, or the replaced one during its grace period; never an expired client or a revoked
 * key. It stands in for Payload's own API-key strategy (removed by {@link useOnlyTwinningKeys}),
 * which knows neither expiry, revocation nor grace periods.
 */
export function keyStrategy(slug: string): AuthStrategy {
  return {
    name: KEY_STRATEGY,
    authenticate: async ({ headers, payload }) => {
      const header = apiKeyHeader(headers.get('authorization'), slug)
      if (header.kind !== 'key') return { user: null }
      // Behind the partner gate: its decision stands (one judgement of a key per request).
      const decided = admittedKey.getStore()
      if (decided) return { user: (decided.client as never) ?? null }
      const status = await keyRegistryOf(payload).check(header.key)
      return { user: status.ok ? (status.client as never) : null }
    },
  }
}

/** Drops Payload's built-in strategy for the API clients' keys (it runs on Payload's init). */
export function useOnlyTwinningKeys(payload: Payload, slug: string): void {
  if (!Array.isArray(payload.authStrategies)) return
  payload.authStrategies = payload.authStrategies.filter(
    (strategy) => strategy.name !== `${slug}-api-key`,
  )
}
