import net from 'node:net'

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/**
 * Whether the Redis for the multi-instance tests answers. CI sets REQUIRE_REDIS=true, so a missing
 * Redis fails there instead of being skipped.
 */
export async function redisAvailable(): Promise<boolean> {
  const { hostname, port } = new URL(TEST_REDIS_URL)
  const up = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    socket.setTimeout(1000)
    socket.once('connect', () => (socket.end(), resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => (socket.destroy(), resolve(false)))
  })
  if (!up && process.env.REQUIRE_REDIS === 'true')
    throw new Error(`Redis is not reachable at ${TEST_REDIS_URL}: start it (see README, "Tests")`)
  if (!up)
    console.warn(
      `Skipping the multi-instance cache tests: no Redis at ${TEST_REDIS_URL} (set TEST_REDIS_URL, or REQUIRE_REDIS=true to fail instead)`,
    )
  return up
}
