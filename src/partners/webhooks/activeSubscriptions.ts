import type { Payload, PayloadRequest } from 'payload'

import { readCacheOf } from '../../cache/readCache.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { afterCommit } from '../../hooks/afterCommit.js'
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
/** Transactions that wrote a client and have not ended yet. */
const clientWriters = new Set<number | string>()

const generationOf = (payload: Payload) => readCacheOf(payload.config)?.store.generation ?? 0

/**
 * The API clients with active webhooks, read once and kept in memory per Payload instance, so that
 * appending to the publication log costs no query while nothing changed. Dropped by any write to
 * a client once it committed (here, and on every instance through the read cache's
 * invalidations), and after TTL_MS at most.
 */
export async function activeSubscriptions(req: PayloadRequest): Promise<Subscription[]> {
  const { payload } = req
  const options = payload.config.custom[TWINNING] as ResolvedOptions
  if (!options.partners) return []
  // A transaction that wrote a client reads its own, uncommitted rows: not for anyone else.
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const shared = transactionID === undefined || !clientWriters.has(transactionID)
  const now = Date.now()
  const generation = generationOf(payload)
  const entry = entries.get(payload)
  if (shared && entry && entry.generation === generation && now - entry.at < TTL_MS)
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
  if (!shared) return subscriptions
  entries.set(payload, { at: now, generation, subscriptions })
  // A failed read is not remembered.
  subscriptions.catch(() => {
    if (entries.get(payload)?.subscriptions === subscriptions) entries.delete(payload)
  })
  return subscriptions
}

/**
 * Called by the client hooks before a client is written: once the write's transaction ended, the
 * next log append reads the clients again (a read in between, by another request, still saw the
 * old rows); until then, reads inside that transaction are its own.
 */
export async function forgetSubscriptionsOnClientWrite(req: PayloadRequest): Promise<void> {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (transactionID !== undefined) clientWriters.add(transactionID)
  await afterCommit(
    req,
    () => {
      if (transactionID !== undefined) clientWriters.delete(transactionID)
      entries.delete(req.payload)
    },
    { always: true },
  )
}
