import type { PayloadRequest } from 'payload'

import { ALL, type InvalidationBus, localBus, redisBus } from './invalidationBus.js'
import { ResponseStore } from './store.js'

export interface ReadCacheOptions {
  /** Upper bound of the cached bodies in memory. @default 64 MiB */
  maxBytes: number
  /** Larger responses are served but not kept. @default 1 MiB */
  maxEntryBytes: number
  /** Namespace of the Redis keys and channel. @default 'twinning' */
  redisPrefix: string
  /** With a Redis URL, invalidations reach every instance over pub/sub. @default undefined (this process only) */
  redisUrl?: string
  /** How long a read waits for an invalidation announced over Redis before it clears the cache. @default 250 */
  syncTimeoutMs: number
}

export const DEFAULT_READ_CACHE: ReadCacheOptions = {
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 1024 * 1024,
  redisPrefix: 'twinning',
  syncTimeoutMs: 250,
}

type TransactionID = number | string
type Log = { error: (message: string) => void }

/**
 * The published-read cache of one Payload config: the response store, the bus that carries
 * invalidations to other instances, and the invalidations waiting for their transaction to commit
 * (before the commit, a read would still see the old rows and could cache them again).
 */
export class ReadCache {
  readonly store: ResponseStore
  private bus: Promise<InvalidationBus> | undefined
  private readonly pending = new Map<TransactionID, Set<string>>()
  log: Log = console

  constructor(
    readonly options: ReadCacheOptions,
    /** Slugs of the collections whose public reads are cached. */
    readonly collections: ReadonlySet<string>,
  ) {
    this.store = new ResponseStore(options.maxBytes, options.maxEntryBytes)
  }

  /** The bus, connected on first use (Redis when configured). */
  connect(): Promise<InvalidationBus> {
    const apply = (tags: string[]) =>
      tags.includes(ALL) ? this.store.clear() : this.store.invalidate(tags)
    this.bus ??= this.options.redisUrl
      ? redisBus(
          {
            prefix: this.options.redisPrefix,
            syncTimeoutMs: this.options.syncTimeoutMs,
            url: this.options.redisUrl,
          },
          apply,
          this.log,
        ).catch((error) => {
          this.bus = undefined
          throw error
        })
      : Promise.resolve(localBus(apply))
    return this.bus
  }

  /** True when cached answers may be given now (every earlier invalidation is applied here). */
  async sync(): Promise<boolean> {
    try {
      return await (await this.connect()).sync()
    } catch (error) {
      this.log.error(`twinning cache: ${(error as Error).message}; serving uncached`)
      return false
    }
  }

  /** Invalidates `tags` everywhere: at once, and inside a transaction here now and everywhere once it commits. */
  async changed(req: Pick<PayloadRequest, 'transactionID'>, tags: string[]): Promise<void> {
    const transactionID =
      req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
    if (transactionID === undefined || transactionID === null) return this.publish(tags)
    this.store.invalidate(tags)
    let waiting = this.pending.get(transactionID)
    if (!waiting) this.pending.set(transactionID, (waiting = new Set()))
    for (const tag of tags) waiting.add(tag)
  }

  /** Called after a transaction committed: its invalidations go out now. */
  async committed(transactionID: TransactionID): Promise<void> {
    const tags = this.pending.get(transactionID)
    if (!tags) return
    this.pending.delete(transactionID)
    await this.publish([...tags])
  }

  /** Called after a rollback: a read on the writing connection (SQLite) may have cached what was rolled back. */
  async rolledBack(transactionID: TransactionID): Promise<void> {
    await this.committed(transactionID)
  }

  /** Drops every cached answer on every instance (after writes that bypass hooks, e.g. bulk seeding). */
  invalidateAll(): Promise<void> {
    return this.publish([ALL])
  }

  async close(): Promise<void> {
    const bus = this.bus
    this.bus = undefined
    if (bus) await (await bus.catch(() => undefined))?.close()
  }

  private async publish(tags: string[]): Promise<void> {
    try {
      await (await this.connect()).publish(tags)
    } catch (error) {
      // Not connected: at least this instance is right; others bypass their cache while Redis is down.
      this.store.invalidate(tags)
      this.log.error(`twinning cache: ${(error as Error).message}`)
    }
  }
}

/** Where the plugin attaches the read cache in `config.custom`. */
export const READ_CACHE_KEY = 'twinningReadCache'

/** The read cache the plugin attached to a config, if caching is on. */
export function readCacheOf(config: { custom?: Record<string, unknown> }): ReadCache | undefined {
  return config.custom?.[READ_CACHE_KEY] as ReadCache | undefined
}
