import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'

/** What one API client may read. */
export interface ClientScope {
  clientId: number | string
  /** Collection slugs. */
  collections: string[]
  /** Locale codes, in the order the client lists them (the first is its default). */
  locales: string[]
  /** Only content tagged with this partner city (and the city's own profile). */
  partnerCity?: number | string
}

type ClientRow = Record<string, unknown>

const idOf = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return typeof value === 'number' || typeof value === 'string' ? value : undefined
}

/** The scope of a stored `api-clients` document (as the adapter or a read returns it). */
export function scopeOfClient(client: ClientRow): ClientScope {
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
  const partnerCity = idOf(client.partnerCity)
  return {
    clientId: client.id as number | string,
    collections: list(client.collections),
    locales: list(client.locales),
    ...(partnerCity !== undefined ? { partnerCity } : {}),
  }
}

/** The API client a request authenticated as, or undefined (visitors, staff, the server). */
export function requestClient(
  req: Pick<PayloadRequest, 'payload' | 'user'>,
): ClientRow | undefined {
  const user = req.user as (ClientRow & { collection?: string }) | null | undefined
  if (!user) return undefined
  const options = req.payload.config.custom?.[TWINNING] as ResolvedOptions | undefined
  return options?.partners && user.collection === options.slugs.apiClients ? user : undefined
}

/** The scope of the request's API client, or undefined when the request is not a key's. */
export function requestScope(
  req: Pick<PayloadRequest, 'payload' | 'user'>,
): ClientScope | undefined {
  const client = requestClient(req)
  return client ? scopeOfClient(client) : undefined
}

/**
 * The part of a cache key that stands for a scope: two clients with the same languages,
 * collections and partner city read the same answers, so they share cached ones.
 */
export const scopeCacheKey = (scope: ClientScope): string =>
  `scope:${[...scope.locales].sort().join(',')}|${[...scope.collections].sort().join(',')}|${scope.partnerCity ?? ''}`
