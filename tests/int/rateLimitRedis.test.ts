import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'

import { DEFAULT_PARTNER_OPTIONS, type RateLimitOptions } from '../../src/partners/options.js'
import { createRateLimiter, type RateLimiter } from '../../src/partners/rateLimit/rateLimiter.js'
import { redisAvailable, TEST_REDIS_URL } from '../helpers/redis.js'

/**
 * Rate limits shared through the Redis at 127.0.0.1:6379, as two app instances behind a load
 * balancer would share them; and what happens when that Redis is away.
 */
const up = await redisAvailable()
const prefix = `twinning-test-rl-${process.pid}-${Date.now()}`
const otherPrefix = `${prefix}-other`
const base = DEFAULT_PARTNER_OPTIONS.rateLimit as RateLimitOptions
const optionsFor = (redisPrefix: string, redisUrl = TEST_REDIS_URL): RateLimitOptions => ({
  ...base,
  redisPrefix,
  redisUrl,
})

let redis: Redis
const limiters: RateLimiter[] = []
const servers: net.Server[] = []

function limiter(options: RateLimitOptions, log?: { error: (message: string) => void }) {
  const created = createRateLimiter(options, { log: log ?? { error: () => undefined } })
  limiters.push(created)
  return created
}

async function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onConnection)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as net.AddressInfo).port
}

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

beforeAll(async () => {
  if (up) redis = new Redis(TEST_REDIS_URL)
})
afterAll(async () => {
  await Promise.all(limiters.map((l) => l.close()))
  for (const server of servers) server.close()
  if (!redis) return
  for (const namespace of [prefix, otherPrefix]) {
    const keys = await redis.keys(`${namespace}:*`)
    if (keys.length) await redis.del(...keys)
  }
  redis.disconnect()
})

describe.each(up ? ['redis'] : [])('rate limits in Redis (%s)', () => {
  it('holds two instances sharing one Redis to one combined limit', async () => {
    const a = limiter(optionsFor(prefix))
    const b = limiter(optionsFor(prefix))
    const window = { limit: 10, windowSeconds: 60 }
    const decisions = []
    for (let i = 0; i < 16; i++) decisions.push(await (i % 2 ? b : a).take('key:nanjing', window))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10)
    expect(decisions.map((d) => d.remaining)).toEqual([
      9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0,
    ])
    const refused = decisions.at(-1)!
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)

    // The counter lives under the prefix, and expires with its window.
    const ttl = await redis.pttl(`${prefix}:rl:key:nanjing`)
    expect(ttl).toBeGreaterThan(55_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('counts concurrent requests on both instances exactly (one atomic step per request)', async () => {
    const a = limiter(optionsFor(prefix))
    const b = limiter(optionsFor(prefix))
    const window = { limit: 25, windowSeconds: 60 }
    const decisions = await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 ? b : a).take('ip:198.51.100.7', window)),
    )
    expect(decisions.filter((d) => d.allowed)).toHaveLength(25)
    expect(new Set(decisions.filter((d) => d.allowed).map((d) => d.remaining)).size).toBe(25)
  })

  it('keeps limiters with another prefix apart', async () => {
    const a = limiter(optionsFor(prefix))
    const other = limiter(optionsFor(otherPrefix))
    const window = { limit: 2, windowSeconds: 60 }
    for (let i = 0; i < 3; i++) await a.take('key:sejong', window)
    expect((await a.take('key:sejong', window)).allowed).toBe(false)
    expect(await other.take('key:sejong', window)).toMatchObject({ allowed: true, remaining: 1 })
  })

  it('starts a new window once the old one has run out', async () => {
    const a = limiter(optionsFor(prefix))
    const b = limiter(optionsFor(prefix))
    const window = { limit: 1, windowSeconds: 1 }
    expect((await a.take('key:short', window)).allowed).toBe(true)
    expect(await b.take('key:short', window)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await b.take('key:short', window)).allowed).toBe(true)
    expect((await a.take('key:short', window)).allowed).toBe(false)
  })

  it('lets requests through, logging once, when Redis cannot be reached', async () => {
    const errors: string[] = []
    const down = limiter(optionsFor(prefix, `redis://127.0.0.1:${await closedPort()}`), {
      error: (message) => errors.push(message),
    })
    const window = { limit: 1, windowSeconds: 60 }
    const started = Date.now()
    const decisions = []
    for (let i = 0; i < 20; i++) decisions.push(await down.take('key:down', window))
    expect(decisions.every((d) => d.allowed)).toBe(true)
    expect(Date.now() - started).toBeLessThan(1500)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/Redis.*uncounted/)
  })

  it('lets requests through when Redis accepts connections but never answers', async () => {
    const held: net.Socket[] = []
    const port = await listen((socket) => held.push(socket))
    const hung = limiter(optionsFor(prefix, `redis://127.0.0.1:${port}`))
    const window = { limit: 1, windowSeconds: 60 }
    const started = Date.now()
    // The first request waits for the first connection (at most a second), the next ones not at all.
    expect((await hung.take('key:hung', window)).allowed).toBe(true)
    expect(Date.now() - started).toBeLessThan(1500)
    const next = Date.now()
    for (let i = 0; i < 5; i++) expect((await hung.take('key:hung', window)).allowed).toBe(true)
    expect(Date.now() - next).toBeLessThan(300)
    for (const socket of held) socket.destroy()
  })

  it('fails open while Redis is away, and counts again once it is back', async () => {
    // A TCP relay to the real Redis that the test can cut.
    const relayed = new Set<net.Socket>()
    let open = true
    const port = await listen((client) => {
      if (!open) return client.destroy()
      const { hostname, port: redisPort } = new URL(TEST_REDIS_URL)
      const upstream = net.connect(Number(redisPort || 6379), hostname)
      for (const socket of [client, upstream]) {
        relayed.add(socket)
        socket.on('error', () => undefined)
        socket.on('close', () => (client.destroy(), upstream.destroy()))
      }
      client.pipe(upstream).pipe(client)
    })
    const errors: string[] = []
    const relay = limiter(optionsFor(prefix, `redis://127.0.0.1:${port}`), {
      error: (message) => errors.push(message),
    })
    const window = { limit: 2, windowSeconds: 60 }
    expect((await relay.take('key:relay', window)).remaining).toBe(1)

    open = false
    for (const socket of relayed) socket.destroy()
    await new Promise((resolve) => setTimeout(resolve, 50))
    for (let i = 0; i < 5; i++) expect((await relay.take('key:relay', window)).allowed).toBe(true)
    expect(errors.length).toBe(1)

    open = true
    // ioredis reconnects in the background; the count kept in Redis is still there.
    const deadline = Date.now() + 5000
    let decision = await relay.take('key:relay', window)
    while (decision.remaining === window.limit && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      decision = await relay.take('key:relay', window)
    }
    expect(decision).toMatchObject({ allowed: true, remaining: 0 })
    expect((await relay.take('key:relay', window)).allowed).toBe(false)
  })
})
