import type { Payload, PayloadRequest } from 'payload'

import { readCacheOf } from '../../cache/readCache.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { afterCommit } from './afterCommit.js'
import { type Subscription, subscriptionOf } from './subscriptionOf.js'

/** Kept at most this long, so a client changed on another instance without the shared cache counts soon. */
const TTL_MS = 30_000

interface Entry {
  at: number
  /** The read cache's invalidation count when read: any write to a client, anywhere, bumps it. */
  generation: number
  subscriptions: Promise<Subscription[]>
}

const entries = new WeakMap<Payload, Entry>()

const generationOf = (payload: Payload) => readCacheOf(payload.config)?.store.generation ?? 0

/**
 * The API clients with active webhooks, read once and kept in memory per Payload instance, so that
 * appending to the publication log costs no query while nothing changed. Dropped by any write to
 * a client once it committed (here, and on every instance through the read cache's
 * invalidations), and after TTL_MS at most.
 */
export function activeSubscriptions(req: PayloadRequest): Promise<Subscription[]> {
  const { payload } = req
  const options = payload.config.custom[TWINNING] as ResolvedOptions
  if (!options.partners) return Promise.resolve([])
  const now = Date.now()
  const generation = generationOf(payload)
  const entry = entries.get(payload)
  if (entry && entry.generation === generation && now - entry.at < TTL_MS)
    return entry.subscriptions
  const subscriptions = payload.db
    .find({
      collection: options.slugs.apiClients,
      limit: 0,
      pagination: false,
      req,
      where: { 'webhooks.active': { equals: true } },
    })
    .then(({ docs }) =>
      (docs as Record<string, unknown>[])
        .map(subscriptionOf)
        .filter((subscription): subscription is Subscription => Boolean(subscription)),
    )
  entries.set(payload, { at: now, generation, subscriptions })
  // A failed read is not remembered.
  subscriptions.catch(() => {
    if (entries.get(payload)?.subscriptions === subscriptions) entries.delete(payload)
  })
  return subscriptions
}

/**
 * After a write to a client commits, the next log append reads the clients again (a read in
 * between, by another request, still saw the old rows). Called by the client hooks.
 */
export const forgetSubscriptionsAfterCommit = (req: PayloadRequest): Promise<void> =>
  afterCommit(req, () => entries.delete(req.payload))
