import path from 'node:path'

import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { readCacheOf } from '../../src/cache/readCache.js'
import { withReadCache } from '../../src/cache/withReadCache.js'
import { answerHead } from '../../src/http/answerHead.js'
import { guardRequest } from '../../src/http/guardRequest.js'
import { closeRateLimiter } from '../../src/partners/gate/rateLimiterOf.js'
import { withPartnerGate } from '../../src/partners/gate/withPartnerGate.js'
import { stopWebhookRunner } from '../../src/partners/webhooks/webhookRunner.js'
import { createConfig } from '../../src/setup/config.js'
import { readEnvironment } from '../../src/setup/environment.js'
import { createTestDatabase, type TestDatabase } from './database.js'

export interface TestPayload {
  config: SanitizedConfig
  database: TestDatabase
  payload: Payload
  /** A request through Payload's own REST handlers, as a browser or partner city would send it. */
  rest: (
    method: string,
    url: string,
    init?: { body?: unknown; headers?: Record<string, string>; token?: string },
  ) => Promise<Response>
  /** A GraphQL request through Payload's GraphQL route handler. */
  graphql: (
    query: string,
    token?: string,
    /** A query string for the URL (`?fallback-locale=de`), which Payload also reads for GraphQL. */
    search?: string,
  ) => Promise<{ data?: Record<string, any>; errors?: { message: string }[] }>
  /** Logs in over REST and returns the JWT. */
  login: (email: string, password: string) => Promise<string>
  close: () => Promise<void>
}

const ROOT = path.resolve(import.meta.dirname ?? process.cwd(), '../..')

/** Boots the ready setup on a database of the test's own, with committed migrations applied. */
export async function startTestPayload({
  database: shared,
  env: extraEnv = {},
  key = 'default',
  seed = false,
}: {
  /** Another instance's database, for tests of several app instances. */
  database?: TestDatabase
  env?: Record<string, string>
  key?: string
  seed?: boolean
} = {}): Promise<TestPayload> {
  const database = shared ?? (await createTestDatabase())
  const env = readEnvironment({
    ...process.env,
    // Tests send hundreds of requests from one "address"; the rate-limit tests turn it on.
    RATE_LIMIT: 'off',
    ...extraEnv,
    DATABASE_URI: database.uri,
    MEDIA_DIR: path.join(database.workDir, 'media'),
    JOBS_AUTORUN: 'false',
    NODE_ENV: 'test',
    SEED_ON_START: seed ? 'true' : 'false',
  })
  const config = await createConfig(env, ROOT)
  // Payload caches instances by key; GraphQL's handler uses 'default'. A second, fresh installation in
  // the same test file passes a key of its own.
  const payload = await getPayload({ config, key })

  const rest: TestPayload['rest'] = async (method, url, init = {}) => {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    let body: BodyInit | undefined
    if (init.body !== undefined) {
      if (
        typeof init.body === 'string' ||
        init.body instanceof FormData ||
        init.body instanceof Uint8Array
      )
        body = init.body as BodyInit
      else {
        body = JSON.stringify(init.body)
        headers.set('Content-Type', 'application/json')
      }
    }
    const request = new Request(new URL(url, 'http://localhost:3000'), { body, headers, method })
    // As in the app's REST route: the partner gate first, then guarded, GETs (and HEADs) through
    // the published-read cache.
    if (method === 'HEAD') return head(request, undefined)
    return method === 'GET' ? cachedGet(request, undefined) : gated(request, undefined)
  }
  const handle = guardRequest(
    config,
    async (request: Request) => handleEndpoints({ config, payloadInstanceCacheKey: key, request }),
    key,
  )
  const gated = withPartnerGate(config, handle, key)
  const cachedGet = withPartnerGate(config, withReadCache(config, handle), key)
  const head = answerHead(cachedGet)

  const graphql: TestPayload['graphql'] = async (query, token, search = '') => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    // A token, or a whole Authorization header (an API key: `api-clients API-Key …`).
    if (token) headers.Authorization = token.includes(' ') ? token : `JWT ${token}`
    const request = new Request(`http://localhost:3000/api/graphql${search}`, {
      body: JSON.stringify({ query }),
      headers,
      method: 'POST',
    })
    const post = withPartnerGate(config, GRAPHQL_POST(Promise.resolve(config)), key)
    return (await post(request, undefined)).json()
  }

  const login = async (email: string, password: string) => {
    const response = await rest('POST', '/api/users/login', { body: { email, password } })
    const json = (await response.json()) as { token?: string }
    if (!json.token) throw new Error(`login failed for ${email}: ${response.status}`)
    return json.token
  }

  return {
    close: async () => {
      // Payload's destroy() leaves the SQL connections open: end them so the database can be dropped.
      const db = payload.db as unknown as {
        client?: { close?: () => void }
        connection?: { dropDatabase: () => Promise<void> }
        pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
      }
      if (database.kind === 'mongodb' && !shared) await db.connection?.dropDatabase()
      await readCacheOf(config)?.close()
      await closeRateLimiter(payload)
      await stopWebhookRunner(payload)
      await payload.destroy()
      if (db.pool) {
        // A connection still checked out keeps end() waiting; the forced drop below ends it instead.
        db.pool.on('error', () => undefined)
        await Promise.race([db.pool.end(), new Promise((resolve) => setTimeout(resolve, 2000))])
      }
      db.client?.close?.()
      if (!shared) await database.drop()
    },
    config,
    database,
    graphql,
    login,
    payload,
    rest,
  }
}
