/**
 * Reads at archive scale (issue 9). For each database (SQLite, PostgreSQL) and archive size (2,000 and
 * 20,000 releases × five locales, `npm run seed -- --news N`), the built app runs under `npm start`
 * twice — published-read cache off, then on — and autocannon (its own process) loads it with 32
 * connections. Every figure stands next to a plain `node:http` server sending the very same bytes in
 * the same run (the ceiling), as a ratio. The cached runs are repeated under plain `next start`, where
 * hits are answered inside the REST route rather than by the front server. Also: each request alone (p50 of sequential requests), the
 * admin's draft list (logged in), cold start (start to the first 200), seed time, peak memory.
 *
 *   npm run bench:reads
 *   BENCH_SIZES=2000 BENCH_DATABASES=sqlite BENCH_SECONDS=5 npm run bench:reads
 *
 * Seeded databases are kept in BENCH_DIR (default /tmp/twinning-bench) and reused by later runs.
 */
import { type ChildProcess, fork, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import { ensureBuild, freePort, launchServer } from '../tests/helpers/server.js'
import { get, type Load, load as autocannon } from './load.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const SIZES = (process.env.BENCH_SIZES ?? '2000,20000').split(',').map(Number)
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',') as Array<
  'postgres' | 'sqlite'
>
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const ALONE = Number(process.env.BENCH_ALONE ?? 300)
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432'
const DIR = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'twinning-bench')
const SECRET = 'twinning-bench-secret'
const ADMIN = { email: 'admin@twinning.example', password: 'twinning-demo' }
const NODE_OPTIONS = '--conditions=production --no-deprecation'
mkdirSync(DIR, { recursive: true })

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!

// ---------------------------------------------------------------------------------------------
// Databases

async function postgresAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

async function archiveSize(kind: 'postgres' | 'sqlite', uri: string): Promise<number> {
  if (kind === 'sqlite') {
    const file = uri.replace(/^file:/, '')
    if (!existsSync(file)) return 0
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: uri })
    try {
      const result = await client.execute(
        "select count(*) as n from news_locales where _locale = 'de' and slug like 'archiv-%'",
      )
      return Number(result.rows[0]?.n ?? 0)
    } catch {
      return 0
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
    return 0
  } finally {
    await client.end().catch(() => {})
  }
}

interface Prepared {
  seed: string
  uri: string
}

/** A database with exactly `size` archive releases plus the demo: reused when present, else seeded. */
async function prepare(kind: 'postgres' | 'sqlite', size: number): Promise<Prepared> {
  const uri =
    kind === 'sqlite'
      ? `file:${path.join(DIR, `archive-${size}.db`)}`
      : `${POSTGRES}/twinning_bench_${size}`
  if ((await archiveSize(kind, uri)) === size)
    return { seed: 'reused (seeded by an earlier run)', uri }
  if (kind === 'sqlite')
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${uri.slice(5)}${suffix}`, { force: true })
  else {
    await postgresAdmin(async (client) => {
      await client.query(`drop database if exists twinning_bench_${size} with (force)`)
      await client.query(`create database twinning_bench_${size}`)
    })
  }
  console.log(`  seeding ${size} releases × 5 locales into ${kind}…`)
  const started = performance.now()
  // GNU time reports the seed's peak RSS (KiB) on stderr's last line, when it is installed.
  const timed = existsSync('/usr/bin/time')
  const command = [
    process.execPath,
    'node_modules/tsx/dist/cli.mjs',
    'src/seed/cli.ts',
    '--news',
    String(size),
  ]
  const seed = spawnSync(
    timed ? '/usr/bin/time' : command[0]!,
    timed ? ['-f', '%M', ...command] : command.slice(1),
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
  const seconds = (performance.now() - started) / 1000
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr.slice(-2000)}`)
  const archive = /Archive: .* in ([\d.]+) s/.exec(seed.stdout)?.[1]
  const peakKiB = timed ? Number(seed.stderr.trim().split('\n').pop()) : Number.NaN
  return {
    seed: `${fmt(seconds)} s in all, archive writes ${archive} s, peak RSS ${fmt(peakKiB / 1024, 0)} MiB`,
    uri,
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

interface Server {
  coldStartMs: number
  peakMiB: () => number
  stop: () => Promise<void>
  url: string
}

// Servers still running when the bench stops (an error, Ctrl-C) are stopped with it.
const running = new Set<ChildProcess>()
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

/** Peak RSS of a process and its children (tsx runs the server in a child of its own). */
function peakRssMiB(pid: number): number {
  let kib = 0
  const visit = (id: number) => {
    try {
      kib = Math.max(
        kib,
        Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0),
      )
      for (const child of readFileSync(`/proc/${id}/task/${id}/children`, 'utf8')
        .split(' ')
        .filter(Boolean))
        visit(Number(child))
    } catch {
      // gone
    }
  }
  visit(pid)
  return kib / 1024
}
/** `npm start` (Next behind the cache's front server), or plain `next start` (the cache inside the REST route only). */
async function startApp(
  uri: string,
  cache: boolean,
  server: 'front' | 'next' = 'front',
): Promise<Server> {
  const launched = await launchServer({
    env: {
      ...process.env,
      CACHE: cache ? 'on' : 'off',
      DATABASE_URI: uri,
      JOBS_AUTORUN: 'false',
      MEDIA_DIR: path.join(DIR, 'media'),
      PAYLOAD_SECRET: SECRET,
      SEED_ON_START: 'false',
    },
    // Cold start: until the first list answer, Payload initialized and the database connected.
    readyPath: '/api/news?locale=zh&limit=10&sort=-publishedAt&depth=1',
    server,
    timeoutMs: 120_000,
  })
  const { child } = launched
  running.add(child)
  child.once('exit', () => running.delete(child))
  return {
    coldStartMs: launched.coldStartMs,
    peakMiB: () => {
      if (child.exitCode !== null)
        throw new Error(`the server exited during the run: ${launched.stderr()}`)
      return peakRssMiB(child.pid!)
    },
    stop: launched.stop,
    url: launched.url,
  }
}

interface Route {
  body: string
  contentType: string
  etag?: string
}

async function startCeiling(routes: Record<string, Route>): Promise<Server> {
  const file = path.join(DIR, 'ceiling-routes.json')
  writeFileSync(file, JSON.stringify(routes))
  const port = await freePort()
  const child = fork(path.join(ROOT, 'bench/ceilingServer.mjs'), [file, String(port)], {
    stdio: 'ignore',
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  await new Promise<void>((resolve) => child.once('message', () => resolve()))
  return {
    coldStartMs: 0,
    peakMiB: () => 0,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
    url: `http://127.0.0.1:${port}`,
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

const load = (url: string, headers: Record<string, string> = {}): Load =>
  autocannon(url, { connections: CONNECTIONS, headers, seconds: SECONDS })

/** One request at a time, after as many to warm the server up (JIT): the latency of a request alone. */
async function alone(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ p50: number; p99: number }> {
  const times: number[] = []
  for (let i = 0; i < 2 * ALONE; i++) {
    const started = performance.now()
    const response = await get(url, { headers })
    await response.arrayBuffer()
    if (i >= ALONE) times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99) }
}

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

interface Scenario {
  headers?: Record<string, string>
  name: string
  path: string
}

async function scenarios(url: string): Promise<Scenario[]> {
  const list = '/api/news?locale=zh&limit=10&sort=-publishedAt&depth=1'
  const ko = (await (
    await get(`${url}/api/news?locale=ko&limit=1&sort=-publishedAt&depth=0`)
  ).json()) as { docs: Array<{ id: number | string; slug: string }> }
  const { id, slug } = ko.docs[0]!
  return [
    { name: 'list zh, depth 1 (10 releases with hero photo)', path: list },
    {
      name: 'by slug, ko, depth 1',
      path: `/api/news?locale=ko&depth=1&where[slug][equals]=${encodeURIComponent(slug)}`,
    },
    { name: 'by id, ja, depth 1', path: `/api/news/${id}?locale=ja&depth=1` },
    { name: 'list zh with If-None-Match', path: list, headers: { 'If-None-Match': '' } },
  ]
}

interface Row {
  alone: { p50: number; p99: number }
  ceiling: Load
  name: string
  run: Load
}

function printRows(title: string, rows: Row[]): void {
  console.log(`\n  ${title}`)
  console.log(
    '  | request | ceiling req/s | app req/s | % of ceiling | p50 / p99 at 32 conn. (ms) | alone p50 / p99 (ms) | statuses |',
  )
  console.log('  |---|---|---|---|---|---|---|')
  for (const row of rows) {
    console.log(
      `  | ${row.name} | ${fmt(row.ceiling.rps, 0)} | ${fmt(row.run.rps, 0)} | ${fmt((row.run.rps / row.ceiling.rps) * 100)} % | ${row.run.p50} / ${row.run.p99} | ${fmt(row.alone.p50, 2)} / ${fmt(row.alone.p99, 2)} | ${row.run.statuses} |`,
    )
  }
}

// ---------------------------------------------------------------------------------------------

interface Result {
  adminAlone: number
  adminLoad: Load
  cached: Row[]
  cachedViaNext: Row[]
  coldStart: { cached: number; nextStart: number; uncached: number }
  database: string
  peak: { cached: number; uncached: number }
  seed: string
  size: number
  uncached: Row[]
}

const results: Result[] = []
// Never measure an old build: rebuild when sources changed after it.
ensureBuild()
console.log(
  `Reads at archive scale: ${SIZES.join(', ')} releases on ${DATABASES.join(', ')}; ${CONNECTIONS} connections for ${SECONDS} s per figure; ${os.cpus().length} cores, Node ${process.version}`,
)

for (const database of DATABASES) {
  for (const size of SIZES) {
    console.log(`\n== ${database}, ${size} releases`)
    const { seed, uri } = await prepare(database, size)
    console.log(`  seed: ${seed}`)

    // Uncached first (CACHE=off): every read through Next and Payload, with Twinning's schema and bounds.
    const plain = await startApp(uri, false)
    const paths = await scenarios(plain.url)
    const bodies: Record<string, Route> = {}
    const uncachedRuns: Array<{ alone: Row['alone']; run: Load; scenario: Scenario }> = []
    for (const scenario of paths) {
      const response = await get(plain.url + scenario.path)
      bodies[scenario.path] = {
        body: Buffer.from(await response.arrayBuffer()).toString('base64'),
        contentType: response.headers.get('content-type') ?? 'application/json',
      }
      const quiet = await alone(plain.url + scenario.path)
      uncachedRuns.push({ alone: quiet, run: load(plain.url + scenario.path), scenario })
    }
    const token = await login(plain.url)
    const adminPath = `${plain.url}/api/news?locale=de&depth=0&draft=true&limit=10&sort=-publishedAt`
    const auth = { Authorization: `JWT ${token}` }
    const adminAlone = (await alone(adminPath, auth)).p50
    const adminLoad = load(adminPath, auth)
    const uncachedPeak = plain.peakMiB()
    await plain.stop()

    // Cached: the same requests through the published-read cache.
    const cached = await startApp(uri, true)
    for (const scenario of paths) {
      const response = await get(cached.url + scenario.path)
      const etag = response.headers.get('etag') ?? undefined
      await response.arrayBuffer()
      bodies[scenario.path]!.etag = etag
      if (scenario.headers && 'If-None-Match' in scenario.headers)
        scenario.headers['If-None-Match'] = etag ?? ''
    }
    const cachedResults: Array<{ alone: Row['alone']; run: Load; scenario: Scenario }> = []
    for (const scenario of paths) {
      const quiet = await alone(cached.url + scenario.path, scenario.headers)
      cachedResults.push({
        alone: quiet,
        run: load(cached.url + scenario.path, scenario.headers),
        scenario,
      })
    }
    const cachedPeak = cached.peakMiB()
    await cached.stop()

    // The same cache inside the REST route only, under plain `next start`: Next's own handling per request.
    const viaNext = await startApp(uri, true, 'next')
    const nextResults: Array<{ alone: Row['alone']; run: Load; scenario: Scenario }> = []
    for (const scenario of paths) {
      await (await get(viaNext.url + scenario.path)).arrayBuffer()
      const quiet = await alone(viaNext.url + scenario.path, scenario.headers)
      nextResults.push({
        alone: quiet,
        run: load(viaNext.url + scenario.path, scenario.headers),
        scenario,
      })
    }
    const nextColdStart = viaNext.coldStartMs
    await viaNext.stop()

    // The ceiling, serving the same bytes (and ETags) on the same machine in the same run.
    const ceiling = await startCeiling(bodies)
    const ceilingLoads = new Map<Scenario, Load>()
    for (const scenario of paths)
      ceilingLoads.set(scenario, load(ceiling.url + scenario.path, scenario.headers))
    await ceiling.stop()

    const toRows = (runs: typeof cachedResults): Row[] =>
      runs.map(({ alone: a, run, scenario }) => ({
        alone: a,
        ceiling: ceilingLoads.get(scenario)!,
        name: scenario.name,
        run,
      }))
    const result: Result = {
      adminAlone,
      adminLoad,
      cached: toRows(cachedResults),
      cachedViaNext: toRows(nextResults),
      coldStart: {
        cached: cached.coldStartMs,
        nextStart: nextColdStart,
        uncached: plain.coldStartMs,
      },
      database,
      peak: { cached: cachedPeak, uncached: uncachedPeak },
      seed,
      size,
      uncached: toRows(uncachedRuns),
    }
    results.push(result)
    printRows('uncached (CACHE=off)', result.uncached)
    printRows('cached, npm start (hits answered by the front server)', result.cached)
    printRows('cached, plain next start (hits answered in the REST route)', result.cachedViaNext)
    console.log(
      `\n  admin draft list (logged in, draft=true, 10 per page): alone p50 ${fmt(adminAlone, 2)} ms; ${fmt(adminLoad.rps, 0)} req/s, p99 ${adminLoad.p99} ms at ${CONNECTIONS} conn.`,
    )
    console.log(
      `  cold start (start to the first 200 of the list): npm start ${fmt(result.coldStart.cached / 1000, 2)} s (${fmt(result.coldStart.uncached / 1000, 2)} s with CACHE=off), next start ${fmt(result.coldStart.nextStart / 1000, 2)} s`,
    )
    console.log(
      `  peak RSS of the server: ${fmt(uncachedPeak, 0)} MiB uncached, ${fmt(cachedPeak, 0)} MiB cached`,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Targets

console.log('\n== Targets')
const check = (ok: boolean, text: string) => console.log(`  ${ok ? 'met ' : 'MISSED'}  ${text}`)
for (const result of results) {
  const at = `${result.database}, ${result.size}`
  const cachedList = result.cached[0]!
  check(
    cachedList.run.rps >= 0.25 * cachedList.ceiling.rps,
    `${at}: cached list ≥ 25 % of the ceiling's req/s: ${fmt((cachedList.run.rps / cachedList.ceiling.rps) * 100)} %`,
  )
  check(
    cachedList.run.p99 <= 20,
    `${at}: cached list p99 ≤ 20 ms at ${CONNECTIONS} connections: ${cachedList.run.p99} ms`,
  )
  check(
    result.coldStart.cached <= 3000,
    `${at}: cold start ≤ 3 s: ${fmt(result.coldStart.cached / 1000, 2)} s`,
  )
  if (result.size >= 20000) {
    check(
      result.uncached[0]!.alone.p50 <= 15,
      `${at}: uncached list alone p50 ≤ 15 ms: ${fmt(result.uncached[0]!.alone.p50, 2)} ms`,
    )
    check(result.adminAlone <= 100, `${at}: admin list ≤ 100 ms: ${fmt(result.adminAlone, 2)} ms`)
    const small = results.find((other) => other.database === result.database && other.size === 2000)
    if (small) {
      const ratio = result.uncached[0]!.alone.p50 / small.uncached[0]!.alone.p50
      check(
        ratio <= 1.5,
        `${result.database}: uncached list p50 at ${result.size} ≤ 1.5 × at 2,000: ${fmt(ratio, 2)}×`,
      )
    }
  }
}
writeFileSync(path.join(DIR, 'reads-results.json'), JSON.stringify(results, null, 2))
console.log(`\nAll figures as JSON: ${path.join(DIR, 'reads-results.json')}`)
