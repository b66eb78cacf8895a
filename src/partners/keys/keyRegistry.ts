import type { CollectionSlug, Payload } from 'payload'

import { readCacheOf } from '../../cache/readCache.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { scopeCacheKey, scopeOfClient } from './clientScope.js'
import { keyIndex } from './keyIndex.js'
import { type ClientRow, type KeyStatus, keyStatus } from './keyStatus.js'

/**
 * Looked-up rows are kept this long at most; any write to a client drops them at once — here, and
 * through the read cache's invalidations on every instance. Without the read cache (`cache:
 * false`) other instances learn of a change only by this timeout: keep it short then.
 */
const TTL_MS = 60_000
const TTL_WITHOUT_CACHE_MS = 10_000
/** Entries kept (unknown keys included, so random keys cannot make every request query). */
const MAX_ENTRIES = 10_000
/** `lastUsedAt` is written at most this often per client. */
const LAST_USED_EVERY_MS = 60_000

/** Fields never put on `req.user` (the key's HMACs, the webhook secret). */
const SECRET_FIELDS = [
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'previousKeyIndex',
  'revokedKeyIndex',
  'webhookSecret',
]

interface Entry {
  at: number
  /** The read cache's invalidation count when read: a client write anywhere bumps it. */
  generation: number
  row: Promise<ClientRow | null>
}

/**
 * API keys of one Payload instance: each presented key's client row, looked up by the key's HMAC
 * (current, replaced or revoked key) and kept in memory, so a key check on the hot path costs one
 * HMAC and a map lookup. A write to any client drops every entry here and — through the read
 * cache's invalidations, which every instance applies — on every other instance.
 */
export class KeyRegistry {
  private readonly entries = new Map<string, Entry>()
  private readonly lastUsed = new Map<string, number>()
  private readonly derived = new WeakMap<ClientRow, KeyStatus & { ok: true }>()

  constructor(private readonly payload: Payload) {}

  private get slug(): CollectionSlug {
    return (this.payload.config.custom[TWINNING] as ResolvedOptions).slugs.apiClients
  }

  private generation(): number {
    return readCacheOf(this.payload.config)?.store.generation ?? 0
  }

  /** What `key` is worth now. */
  async check(key: string, now = Date.now()): Promise<KeyStatus> {
    const index = keyIndex(this.payload.secret, key)
    const status = keyStatus(await this.row(index, now), index, now)
    if (status.ok) {
      this.touch(status.client, now)
      return this.admitted(status.client)
    }
    return status
  }

  /** The client as `req.user`, its scope and scope key: made once per looked-up row (hot path). */
  private admitted(row: ClientRow): KeyStatus & { ok: true } {
    let known = this.derived.get(row)
    if (!known) {
      const scope = scopeOfClient(row)
      known = {
        client: clientUser(row, this.slug),
        ok: true,
        scope,
        scopeKey: scopeCacheKey(scope),
      }
      this.derived.set(row, known)
    }
    return known
  }

  /** Drops what is known here (after a client was written). */
  clear(): void {
    this.entries.clear()
  }

  private async row(index: string, now: number): Promise<ClientRow | null> {
    // Every invalidation published anywhere before now is applied here first (a client revoked on
    // another instance); without that assurance (Redis away) nothing known is trusted.
    const cache = readCacheOf(this.payload.config)
    const synced = cache ? await cache.sync() : true
    const generation = this.generation()
    const entry = this.entries.get(index)
    const ttl = cache ? TTL_MS : TTL_WITHOUT_CACHE_MS
    if (synced && entry && entry.generation === generation && now - entry.at < ttl) return entry.row
    const row = this.payload.db
      .find({
        collection: this.slug,
        limit: 1,
        pagination: false,
        where: {
          or: [
            { apiKeyIndex: { equals: index } },
            { previousKeyIndex: { equals: index } },
            { revokedKeyIndex: { equals: index } },
          ],
        },
      })
      .then(({ docs }) => (docs[0] as ClientRow | undefined) ?? null)
    this.entries.delete(index)
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(index, { at: now, generation, row })
    // A failed lookup is not remembered: the next request asks the database again.
    row.catch(() => this.entries.get(index)?.row === row && this.entries.delete(index))
    return row
  }

  /** Records when a client last used a key, at most once a minute, past hooks and the read cache. */
  private touch(client: ClientRow, now: number): void {
    const id = String(client.id)
    if (now - (this.lastUsed.get(id) ?? 0) < LAST_USED_EVERY_MS) return
    this.lastUsed.set(id, now)
    this.payload.db
      .updateOne({
        collection: this.slug,
        data: { lastUsedAt: new Date(now).toISOString() },
        id: client.id as number | string,
        returning: false,
      })
      .catch((error: Error) =>
        this.payload.logger.error(
          `twinning: could not record the use of an API key: ${error.message}`,
        ),
      )
  }
}

/** The client as `req.user`: without its secrets, marked as an API client authenticated by key. */
export function clientUser(row: ClientRow, slug: string): ClientRow {
  const client: ClientRow = { ...row, _strategy: 'api-key', collection: slug }
  for (const name of SECRET_FIELDS) delete client[name]
  return client
}

const registries = new WeakMap<Payload, KeyRegistry>()

/** The key registry of a Payload instance. */
export function keyRegistryOf(payload: Payload): KeyRegistry {
  let registry = registries.get(payload)
  if (!registry) registries.set(payload, (registry = new KeyRegistry(payload)))
  return registry
}
