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
 */
export async function redisBus({ prefix, syncTimeoutMs, url }: RedisBusOptions, apply: Apply, log: Log): Promise<InvalidationBus> {
  const { Redis } = await import('ioredis')
  const seqKey = `${prefix}:cache:seq`
  const channel = `${prefix}:cache:invalidate`
  const options = { enableAutoPipelining: true, lazyConnect: true, maxRetriesPerRequest: 1 }
  const commands: Redis = new Redis(url, options)
  const subscriber: Redis = new Redis(url, { ...options, maxRetriesPerRequest: null })
  for (const client of [commands, subscriber]) client.on('error', (error: Error) => log.error(`twinning cache: Redis: ${error.message}`))

  let applied = 0
  const waiters = new Set<{ seq: number; resolve: () => void }>()
  const advance = (seq: number) => {
    applied = seq
    for (const waiter of waiters) if (waiter.seq <= applied) (waiters.delete(waiter), waiter.resolve())
  }
  const clearUpTo = (seq: number) => {
    apply([ALL])
    advance(Math.max(applied, seq))
  }

  subscriber.on('message', (_channel: string, message: string) => {
    const [head = '', ...tags] = message.split('\n')
    const seq = Number(head)
    if (!Number.isSafeInteger(seq) || seq <= applied) return
    if (seq !== applied + 1) return clearUpTo(seq)
    apply(tags)
    advance(seq)
  })
  const currentSeq = async () => Number((await commands.get(seqKey)) ?? 0)
  // After a reconnect, messages sent meanwhile are lost: start over from the current number.
  subscriber.on('ready', () => {
    if (!started) return
    currentSeq().then((seq) => seq > applied && clearUpTo(seq), () => {})
  })

  let started = false
  await Promise.all([commands.connect(), subscriber.connect()])
  await subscriber.subscribe(channel)
  applied = await currentSeq()
  started = true

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
        log.error(`twinning cache: could not publish an invalidation (${(error as Error).message}); other instances may keep old answers until Redis is back`)
      }
    },
    sync: async () => {
      if (subscriber.status !== 'ready') return false
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
      return true
    },
  }
}
