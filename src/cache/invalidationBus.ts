import type { Redis } from 'ioredis'

/** Everything: drop the whole cache. */
export const ALL = '*'

/**
 * Carries invalidations to every app instance that caches reads. `publish` applies them here at
 * once and sends them to the others; `sync` is awaited before a cached answer is given and returns
 * when every invalidation published anywhere before the call has been applied here — or false when
 * that cannot be known (Redis down), and then the cache must be bypassed.
 */
export interface InvalidationBus {
  publish(tags: string[]): Promise<void>
  sync(): Promise<boolean>
  close(): Promise<void>
}

type Apply = (tags: string[]) => void
type Log = { error: (message: string) => void }

/** One process, no Redis: invalidations are applied where they happen. */
export function localBus(apply: Apply): InvalidationBus {
  return {
    close: async () => {},
    publish: async (tags) => apply(tags),
    sync: async () => true,
  }
}

// INCR and PUBLISH in one atomic step, so messages arrive in sequence order and a gap means a loss.
const PUBLISH_SCRIPT = `local n = redis.call('INCR', KEYS[1])
redis.call('PUBLISH', KEYS[2], n .. '\\n' .. ARGV[1])
return n`

export interface RedisBusOptions {
  prefix: string
  /** How long `sync` waits for a published invalidation to arrive before clearing the cache. */
  syncTimeoutMs: number
  url: string
}

/**
 * Invalidation over Redis pub/sub across instances. Each invalidation gets a sequence number
 * (`<prefix>:cache:seq`); `sync` reads the current number and waits until this instance has
 * applied every message up to it, so a request that arrives after a publish returned never gets
 * the old body from any instance. A lost message (gap, reconnect, timeout) clears the whole cache.
 * While Redis cannot be reached, `sync` answers false at once (the cache is bypassed) and ioredis
 * keeps reconnecting in the background.
 */
export async function redisBus(
  { prefix, syncTimeoutMs, url }: RedisBusOptions,
  apply: Apply,
  log: Log,
): Promise<InvalidationBus> {
  // ioredis is CommonJS: Node's ESM loader names its export, a bundler's interop may only give `default`.
  const loaded = (await import('ioredis')) as unknown as {
    default?: typeof import('ioredis').Redis & { Redis?: typeof import('ioredis').Redis }
    Redis?: typeof import('ioredis').Redis
  }
  const Redis = loaded.Redis ?? loaded.default?.Redis ?? loaded.default!
  const seqKey = `${prefix}:cache:seq`
  const channel = `${prefix}:cache:invalidate`
  // No offline queue for commands: while disconnected they fail at once instead of waiting.
  const commands: Redis = new Redis(url, {
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  })
  const subscriber: Redis = new Redis(url, { maxRetriesPerRequest: null })
  let lastError = ''
  for (const client of [commands, subscriber]) {
    client.on('error', (error: Error) => {
      // Reconnection repeats the same error: log it once, not every few seconds.
      if (error.message !== lastError) log.error(`twinning cache: Redis: ${error.message}`)
      lastError = error.message
    })
    client.on('ready', () => (lastError = ''))
  }

  let applied = -1
  let synced = false
  const waiters = new Set<{ seq: number; resolve: () => void }>()
  const advance = (seq: number) => {
    applied = seq
    for (const waiter of waiters)
      if (waiter.seq <= applied) (waiters.delete(waiter), waiter.resolve())
  }
  const clearUpTo = (seq: number) => {
    apply([ALL])
    advance(Math.max(applied, seq))
  }
  const currentSeq = async () => Number((await commands.get(seqKey)) ?? 0)

  subscriber.on('message', (_channel: string, message: string) => {
    const [head = '', ...tags] = message.split('\n')
    const seq = Number(head)
    if (!synced || !Number.isSafeInteger(seq) || seq <= applied) return
    if (seq !== applied + 1) return clearUpTo(seq)
    apply(tags)
    advance(seq)
  })
  // Messages sent while the subscriber was away are lost: each (re)connection starts from the current
  // number, and a cache that may have missed something is cleared.
  subscriber.on('close', () => (synced = false))
  subscriber.on('ready', () => {
    const catchUp = async () => {
      if (commands.status !== 'ready')
        await new Promise((resolve) => commands.once('ready', resolve))
      const seq = await currentSeq()
      if (applied < 0) advance(seq)
      else clearUpTo(seq)
      synced = true
    }
    catchUp().catch((error: Error) => log.error(`twinning cache: Redis: ${error.message}`))
  })
  subscriber
    .subscribe(channel)
    .catch((error: Error) => log.error(`twinning cache: Redis: ${error.message}`))

  return {
    close: async () => {
      for (const waiter of waiters) waiter.resolve()
      commands.disconnect()
      subscriber.disconnect()
    },
    publish: async (tags) => {
      apply(tags)
      try {
        await commands.eval(PUBLISH_SCRIPT, 2, seqKey, channel, tags.join('\n'))
      } catch (error) {
        log.error(
          `twinning cache: could not publish an invalidation (${(error as Error).message}); other instances bypass their caches while Redis is away`,
        )
      }
    },
    sync: async () => {
      if (!synced) return false
      let seq: number
      try {
        seq = await currentSeq()
      } catch {
        return false
      }
      if (seq <= applied) return true
      await new Promise<void>((resolve) => {
        const waiter = { resolve, seq }
        waiters.add(waiter)
        setTimeout(() => {
          if (!waiters.delete(waiter)) return
          clearUpTo(seq)
          resolve()
        }, syncTimeoutMs).unref()
      })
      return synced
    },
  }
}
