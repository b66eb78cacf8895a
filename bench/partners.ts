/**
 * Partner reads (issue 17). The built app under `npm start` (Next behind the cache's front server),
 * rate limits on but set far above the load, autocannon in its own process at 32 connections:
 *
 * - a keyed list read (`GET /api/news?locale=zh&depth=1&limit=10` with an API key) and the same
 *   read anonymously, cached (hits answered by the front server) and uncached (`CACHE=off`: the
 *   same URL and bytes, every request through Next, the partner gate and Payload), each next to a
 *   plain `node:http` server sending the very same bytes in the same run (the ceiling), as a ratio;
 *   with BENCH_REDIS_URL also cached with limits and invalidations in Redis (two instances' setup);
 * - after a publish drops the list, 32 concurrent misses: how many renders. No render counter is
 *   exposed, so renders are counted by `X-Twinning-Cache: MISS` — the request that renders answers
 *   MISS, those that waited for it HIT (tests/int/coalescing.test.ts counts Payload's read operations);
 * - publish-to-webhook latency, p50/p99, with a receiver on 127.0.0.1 (WEBHOOK_ALLOWED_HOSTS).
 *
 *   npm run bench:partners
 *   BENCH_NEWS=0 BENCH_SECONDS=2 BENCH_PUBLISHES=5 npm run bench:partners   (a tiny run)
 *
 * Databases are seeded into BENCH_DIR (default /tmp/twinning-bench) and reused by later runs.
 */
import { type ChildProcess, fork, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import { RELEASE } from '../tests/helpers/fixtures.js'
import { ensureBuild, freePort, launchServer } from '../tests/helpers/server.js'
import { startWebhookReceiver } from '../tests/helpers/webhookReceiver.js'
import { get, type Load, load as autocannon } from './load.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const NEWS = Number(process.env.BENCH_NEWS ?? 2000)
const DATABASE = (process.env.BENCH_DATABASE ?? 'sqlite') as 'postgres' | 'sqlite'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const BURSTS = Number(process.env.BENCH_BURSTS ?? 5)
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 50)
const REDIS_URL = process.env.BENCH_REDIS_URL
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432'
const DIR = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'twinning-bench')
const SECRET = 'twinning-bench-secret'
const ADMIN = { email: 'admin@twinning.example', password: 'twinning-demo' }
const NODE_OPTIONS = '--conditions=production --no-deprecation'
const LIST = '/api/news?locale=zh&depth=1&limit=10'
/** As high as RATE_LIMIT_PER_* go: limits on (their cost is measured), never reached. */
const NO_LIMIT = '999999999/60'
mkdirSync(DIR, { recursive: true })

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)]!

// ---------------------------------------------------------------------------------------------
// The database: the demo and NEWS generated releases × five locales (apart from bench:reads' files,
// as this bench publishes and adds API clients).

async function archiveSize(uri: string): Promise<number> {
  if (DATABASE === 'sqlite') {
    if (!existsSync(uri.replace(/^file:/, ''))) return -1
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: uri })
    try {
      const result = await client.execute(
        "select count(*) as n from news_locales where _locale = 'de' and slug like 'archiv-%'",
      )
      return Number(result.rows[0]?.n ?? 0)
    } catch {
      return -1
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
    const result = await client.query(
      "select count(*)::int as n from news_locales where _locale = 'de' and slug like 'archiv-%'",
    )
    return result.rows[0].n as number
  } catch {
    return -1
  } finally {
    await client.end().catch(() => {})
  }
}

async function prepare(): Promise<string> {
  const uri =
    DATABASE === 'sqlite'
      ? `file:${path.join(DIR, `partners-${NEWS}.db`)}`
      : `${POSTGRES}/twinning_bench_partners_${NEWS}`
  if ((await archiveSize(uri)) === NEWS) return uri
  if (DATABASE === 'sqlite')
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${uri.slice(5)}${suffix}`, { force: true })
  else {
    const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` })
    await admin.connect()
    await admin.query(`drop database if exists twinning_bench_partners_${NEWS} with (force)`)
    await admin.query(`create database twinning_bench_partners_${NEWS}`)
    await admin.end()
  }
  console.log(`  seeding the demo and ${NEWS} releases × 5 locales into ${DATABASE}…`)
  const seed = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/seed/cli.ts', ...(NEWS ? ['--news', String(NEWS)] : [])],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URI: uri,
        MEDIA_DIR: path.join(DIR, 'media'),
        NODE_OPTIONS,
        PAYLOAD_SECRET: SECRET,
        SEED_ON_START: 'false',
      },
    },
  )
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr.slice(-2000)}`)
  return uri
}

// ---------------------------------------------------------------------------------------------
// Servers

interface Server {
  stop: () => Promise<void>
  url: string
}

// Servers still running when the bench stops (an error, Ctrl-C) are stopped with it.
const running = new Set<ChildProcess>()
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

async function startApp(
  uri: string,
  { cache, redisPrefix }: { cache: boolean; redisPrefix?: string },
): Promise<Server> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    CACHE: cache ? 'on' : 'off',
    DATABASE_URI: uri,
    JOBS_AUTORUN: 'false',
    MEDIA_DIR: path.join(DIR, 'media'),
    PAYLOAD_SECRET: SECRET,
    RATE_LIMIT: 'on',
    RATE_LIMIT_PER_IP: NO_LIMIT,
    RATE_LIMIT_PER_KEY: NO_LIMIT,
    SEED_ON_START: 'false',
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  }
  delete env.REDIS_URL
  if (redisPrefix) Object.assign(env, { REDIS_PREFIX: redisPrefix, REDIS_URL })
  const launched = await launchServer({ env, readyPath: LIST, timeoutMs: 120_000 })
  running.add(launched.child)
  launched.child.once('exit', () => running.delete(launched.child))
  return { stop: launched.stop, url: launched.url }
}

async function startCeiling(routes: Record<string, { body: string; contentType: string }>) {
  const file = path.join(DIR, 'ceiling-partners.json')
  writeFileSync(file, JSON.stringify(routes))
  const port = await freePort()
  const child = fork(path.join(ROOT, 'bench/ceilingServer.mjs'), [file, String(port)], {
    stdio: 'ignore',
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  await new Promise<void>((resolve) => child.once('message', () => resolve()))
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
    url: `http://127.0.0.1:${port}`,
  }
}

// ---------------------------------------------------------------------------------------------
// The newsroom side, over REST as the admin: API clients, publishes.

async function login(url: string): Promise<string> {
  const response = await get(`${url}/api/users/login`, {
    body: JSON.stringify(ADMIN),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const json = (await response.json()) as { token?: string }
  if (!json.token) throw new Error(`login failed: ${response.status}`)
  return json.token
}

async function call(
  url: string,
  token: string,
  method: string,
  body?: unknown,
): Promise<Record<string, any>> {
  const response = await get(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method,
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, any>
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** A new API client reading zh news; its id and key. */
async function createClient(
  url: string,
  token: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: number | string; key: string }> {
  const key = `bench-${randomBytes(20).toString('hex')}`
  const { doc } = await call(`${url}/api/api-clients`, token, 'POST', {
    apiKey: key,
    collections: ['news'],
    enableAPIKey: true,
    locales: ['zh'],
    name: `bench ${key.slice(6, 14)}`,
    ...extra,
  })
  return { id: doc.id, key }
}

const keyHeader = (key: string) => ({ Authorization: `api-clients API-Key ${key}` })

// ---------------------------------------------------------------------------------------------
// Measurements

const load = (url: string, headers: Record<string, string> = {}): Load =>
  autocannon(url, { connections: CONNECTIONS, headers, seconds: SECONDS })

/** The answer's bytes, after checking it is what the figure claims (status, cache state). */
async function bytesOf(url: string, headers: Record<string, string>, cache: string | null) {
  const response = await get(url, { headers })
  const body = Buffer.from(await response.arrayBuffer())
  const state = response.headers.get('x-twinning-cache')
  if (response.status !== 200 || (cache !== null && state !== cache))
    throw new Error(`${url}: ${response.status} ${state}, expected 200 ${cache}`)
  return {
    body: body.toString('base64'),
    contentType: response.headers.get('content-type') ?? 'application/json',
  }
}

interface Burst {
  renders: number
  statuses: string
  wallMs: number
}

/**
 * Publishes a change to a release the list shows (which drops the cached list), then sends
 * `CONNECTIONS` requests for the list at once: the MISS answers are the renders.
 */
async function burstAfterPublish(
  url: string,
  token: string,
  release: { id: number | string; title: string },
  round: number,
  headers: Record<string, string>,
): Promise<Burst> {
  await call(`${url}/api/news/${release.id}?locale=zh`, token, 'PATCH', {
    localeStatus: 'published',
    title: round % 2 ? `${release.title} ·` : release.title,
  })
  const started = performance.now()
  const answers = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const response = await get(url + LIST, { headers })
      await response.arrayBuffer()
      return `${response.status} ${response.headers.get('x-twinning-cache')}`
    }),
  )
  const wallMs = performance.now() - started
  const counts = new Map<string, number>()
  for (const answer of answers) counts.set(answer, (counts.get(answer) ?? 0) + 1)
  return {
    renders: answers.filter((answer) => answer.endsWith('MISS')).length,
    statuses: [...counts].map(([answer, count]) => `${answer}×${count}`).join(', '),
    wallMs,
  }
}

interface Latency {
  delivered: number
  p50: number
  p99: number
  max: number
  note?: string
}

/** Publishes PUBLISHES drafts one by one; the time from each publish's response to its webhook. */
async function webhookLatency(url: string, token: string): Promise<Latency> {
  const receiver = await startWebhookReceiver()
  const client = await createClient(url, token, {
    collections: ['news'],
    locales: ['de'],
    webhooks: [{ locales: ['de'], url: receiver.url('/bench') }],
  })
  try {
    const drafts: Array<number | string> = []
    for (let n = 0; n < PUBLISHES; n++) {
      const { doc } = await call(`${url}/api/news?locale=de&draft=true`, token, 'POST', {
        ...RELEASE.de,
        _status: 'draft',
        title: `Bench-Meldung ${Date.now()}-${n}`,
      })
      drafts.push(doc.id)
    }
    const latencies: number[] = []
    for (const [n, id] of drafts.entries()) {
      await call(`${url}/api/news/${id}?locale=de`, token, 'PATCH', {
        ...RELEASE.de,
        localeStatus: 'published',
        title: `Bench-Meldung ${id}`,
      })
      const published = performance.now()
      const arrival = await receiver
        .waitFor(
          (a) => a.path === '/bench' && a.json.documentId === String(id),
          n === 0 ? 10_000 : 5000,
        )
        .catch(() => undefined)
      if (!arrival) {
        return {
          delivered: latencies.length,
          max: Number.NaN,
          note:
            n === 0
              ? 'no webhook arrived within 10 s of the first publish: does the app start the webhook runner (startWebhookRunner)?'
              : `publish ${n + 1} was not delivered within 5 s`,
          p50: Number.NaN,
          p99: Number.NaN,
        }
      }
      latencies.push(arrival.at - published)
    }
    latencies.sort((a, b) => a - b)
    return {
      delivered: latencies.length,
      max: latencies.at(-1)!,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    }
  } finally {
    // Gone with its deliveries: a later run's publishes do not retry against a closed receiver.
    // After a pause: deleting a client while its last delivery job still records its end
    // stalled every SQLite write of the app for 30 s (reported to the lead).
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await call(`${url}/api/api-clients/${client.id}`, token, 'DELETE').catch(() => undefined)
    await receiver.close()
  }
}

// ---------------------------------------------------------------------------------------------

ensureBuild()
console.log(
  `Partner reads: ${DATABASE}, demo + ${NEWS} releases; ${CONNECTIONS} connections for ${SECONDS} s per figure; ${os.cpus().length} cores, Node ${process.version}`,
)
const uri = await prepare()
const bodies: Record<string, { body: string; contentType: string }> = {}
const ceilingPath = { anonymous: LIST, keyed: `${LIST}&__keyed` }
type Run = Record<'anonymous' | 'keyed', Load>

// Uncached (CACHE=off): each request through Next, the partner gate (key check, rate limit) and Payload.
const plain = await startApp(uri, { cache: false })
let token = await login(plain.url)
let client = await createClient(plain.url, token)
const uncached: Run = {
  anonymous: load(plain.url + LIST),
  keyed: load(plain.url + LIST, keyHeader(client.key)),
}
await call(`${plain.url}/api/api-clients/${client.id}`, token, 'DELETE')
await plain.stop()

// Cached: hits answered by the front server, the gate run there first.
const cached = await startApp(uri, { cache: true })
token = await login(cached.url)
client = await createClient(cached.url, token)
await bytesOf(cached.url + LIST, keyHeader(client.key), null)
bodies[ceilingPath.keyed] = await bytesOf(cached.url + LIST, keyHeader(client.key), 'HIT')
await bytesOf(cached.url + LIST, {}, null)
bodies[ceilingPath.anonymous] = await bytesOf(cached.url + LIST, {}, 'HIT')
const cachedRun: Run = {
  anonymous: load(cached.url + LIST),
  keyed: load(cached.url + LIST, keyHeader(client.key)),
}

// Coalescing: 32 concurrent misses after a publish, keyed and anonymous, BURSTS times each.
const listed = (await (await get(cached.url + LIST)).json()) as {
  docs: Array<{ id: number | string; title: string }>
}
const release = { id: listed.docs[0]!.id, title: listed.docs[0]!.title.replace(/ ·$/, '') }
const bursts: Record<'anonymous' | 'keyed', Burst[]> = { anonymous: [], keyed: [] }
for (let round = 0; round < 2 * BURSTS; round++) {
  const kind = round % 2 ? 'anonymous' : 'keyed'
  const headers = kind === 'keyed' ? keyHeader(client.key) : {}
  bursts[kind].push(await burstAfterPublish(cached.url, token, release, round, headers))
}
// Left as it was found.
await call(`${cached.url}/api/news/${release.id}?locale=zh`, token, 'PATCH', {
  localeStatus: 'published',
  title: release.title,
})

const webhooks = await webhookLatency(cached.url, token)
await call(`${cached.url}/api/api-clients/${client.id}`, token, 'DELETE')
await cached.stop()

// Optional: limits and invalidations in Redis, as with several instances (two Redis calls per hit).
let redisRun: Run | undefined
if (REDIS_URL) {
  const prefix = `twinning-bench-${process.pid}-${Date.now()}`
  const shared = await startApp(uri, { cache: true, redisPrefix: prefix })
  token = await login(shared.url)
  client = await createClient(shared.url, token)
  for (const headers of [keyHeader(client.key), {}]) {
    await bytesOf(shared.url + LIST, headers, null)
    await bytesOf(shared.url + LIST, headers, 'HIT')
  }
  redisRun = {
    anonymous: load(shared.url + LIST),
    keyed: load(shared.url + LIST, keyHeader(client.key)),
  }
  await call(`${shared.url}/api/api-clients/${client.id}`, token, 'DELETE')
  await shared.stop()
  const { Redis } = await import('ioredis')
  const redis = new Redis(REDIS_URL)
  const left = await redis.keys(`${prefix}:*`)
  if (left.length) await redis.del(...left)
  redis.disconnect()
}

// The ceiling: the same bytes from a plain node:http server, in the same run.
const ceiling = await startCeiling(bodies)
const ceilingRun: Run = {
  anonymous: load(ceiling.url + ceilingPath.anonymous),
  keyed: load(ceiling.url + ceilingPath.keyed),
}
await ceiling.stop()

// ---------------------------------------------------------------------------------------------
// Report

const ratio = (run: Load, kind: 'anonymous' | 'keyed') => (run.rps / ceilingRun[kind].rps) * 100
console.log(`\n  list zh, depth 1, 10 releases (${LIST})`)
console.log(
  '  | read | ceiling req/s | app req/s | % of ceiling | p50 / p99 at 32 conn. (ms) | statuses |',
)
console.log('  |---|---|---|---|---|---|')
const rows: Array<[string, Run | undefined]> = [
  ['cached (front server)', cachedRun],
  ['cached, Redis limits and invalidations', redisRun],
  ['uncached (CACHE=off)', uncached],
]
for (const [name, run] of rows) {
  if (!run) continue
  for (const kind of ['keyed', 'anonymous'] as const)
    console.log(
      `  | ${kind}, ${name} | ${fmt(ceilingRun[kind].rps, 0)} | ${fmt(run[kind].rps, 0)} | ${fmt(ratio(run[kind], kind))} % | ${run[kind].p50} / ${run[kind].p99} | ${run[kind].statuses} |`,
    )
}
for (const kind of ['keyed', 'anonymous'] as const)
  console.log(
    `\n  ${CONNECTIONS} concurrent ${kind} misses after a publish (${BURSTS} times): renders ${bursts[kind].map((b) => b.renders).join(', ')}; all answered in ${bursts[kind].map((b) => fmt(b.wallMs, 0)).join(', ')} ms; ${bursts[kind].at(-1)?.statuses}`,
  )
console.log(
  webhooks.note
    ? `\n  publish → webhook: ${webhooks.note} (${webhooks.delivered} delivered)`
    : `\n  publish → webhook (receiver on 127.0.0.1, ${webhooks.delivered} publishes): p50 ${fmt(webhooks.p50)} ms, p99 ${fmt(webhooks.p99)} ms, max ${fmt(webhooks.max)} ms`,
)

console.log('\n== Targets')
const check = (ok: boolean, text: string) => console.log(`  ${ok ? 'met ' : 'MISSED'}  ${text}`)
check(
  ratio(cachedRun.keyed, 'keyed') >= 90,
  `keyed cached ≥ 90 % of the ceiling: ${fmt(ratio(cachedRun.keyed, 'keyed'))} %`,
)
check(cachedRun.keyed.p99 <= 20, `keyed cached p99 ≤ 20 ms: ${cachedRun.keyed.p99} ms`)
check(
  ratio(cachedRun.anonymous, 'anonymous') >= 96,
  `anonymous cached stays at 96–100 % of the ceiling: ${fmt(ratio(cachedRun.anonymous, 'anonymous'))} %`,
)
for (const kind of ['keyed', 'anonymous'] as const)
  check(
    bursts[kind].every((burst) => burst.renders === 1),
    `${kind}: ${CONNECTIONS} concurrent misses after a publish cause one render: ${bursts[kind].map((b) => b.renders).join(', ')}`,
  )
check(
  !webhooks.note && webhooks.p99 <= 2000,
  `webhook ≤ 2 s after the publish returns (p99): ${webhooks.note ? 'not measured' : `${fmt(webhooks.p99)} ms`}`,
)
const results = {
  bursts,
  cached: cachedRun,
  ceiling: ceilingRun,
  redis: redisRun,
  uncached,
  webhooks,
}
writeFileSync(path.join(DIR, 'partners-results.json'), JSON.stringify(results, null, 2))
console.log(`\nAll figures as JSON: ${path.join(DIR, 'partners-results.json')}`)
