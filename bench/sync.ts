/**
 * Full sync from an empty cursor (issue 17). For each database (SQLite, PostgreSQL):
 *
 * - seed N generated releases × five locales (`seedArchive`), each locale published: 5 N entries
 *   in the publication log;
 * - over HTTP — a server process of its own: a `node:http` server in front of the app's REST
 *   handler chain (partner gate, request guard, Payload's endpoints), as the tests call it —
 *   replay `GET /api/twinning/changes?include=doc&limit=1000` from no cursor to `hasMore: false`,
 *   one page after the other as a partner would, with a zh-only key and an all-locales key (and
 *   the all-locales key without `include=doc`): seconds, entries/s, pages, bytes, and the server
 *   process's RSS after start-up and its peak so far (target: under 60 s on SQLite);
 * - the ceiling: a plain `node:http` server (bench/ceilingServer.mjs) sending recorded pages of
 *   the same sync, fetched the same number of times, one after the other — the time the transfer
 *   alone takes; the sync's time is printed as a ratio of it.
 *
 *   npm run bench:sync
 *   BENCH_SYNC_SIZE=2000 BENCH_DATABASES=sqlite npm run bench:sync   (a small run)
 */
import { type ChildProcess, fork } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { seedArchive } from '../src/seed/archive.js'
import { createTestDatabase, type TestDatabase } from '../tests/helpers/database.js'
import { freePort } from '../tests/helpers/server.js'
import { startTestPayload, type TestPayload } from '../tests/helpers/payload.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const SIZE = Number(process.env.BENCH_SYNC_SIZE ?? 20000)
const LIMIT = Number(process.env.BENCH_SYNC_LIMIT ?? 1000)
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const DIR = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'twinning-bench')
const TARGET_SECONDS = 60
/** Pages recorded for the ceiling server: the first ones of the sync. */
const RECORDED_PAGES = 4
mkdirSync(DIR, { recursive: true })

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 0)

interface Key {
  authorization: string
  name: string
  /** Entries the sync must end with: every document-locale the key reads, published once. */
  expected: number
}

interface SyncResult {
  bytes: number
  docs: number
  entries: number
  pages: number
  recorded: Array<{ body: Buffer; path: string }>
  seconds: number
}

type Database = Omit<TestDatabase, 'drop'>

/** In the server process: the app's REST chain behind a real socket, what a partner's client talks to. */
async function serve(database: Database): Promise<void> {
  const t = await startTestPayload({
    database: { ...database, drop: async () => undefined },
    key: 'bench-sync-server',
  })
  const server = http.createServer(async (request, response) => {
    try {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === 'string') headers[name] = value
      const answer = await t.rest(request.method ?? 'GET', request.url ?? '/', { headers })
      const body = Buffer.from(await answer.arrayBuffer())
      response.writeHead(answer.status, {
        'Content-Length': body.length,
        'Content-Type': answer.headers.get('content-type') ?? 'application/json',
      })
      response.end(body)
    } catch (error) {
      response.writeHead(500).end(String(error))
    }
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const rss = () => ({
    peak: process.resourceUsage().maxRSS * 1024,
    rss: process.memoryUsage().rss,
  })
  process.on('message', () => process.send?.(rss()))
  process.send?.({ ...rss(), url: `http://127.0.0.1:${port}` })
}

interface ServerProcess {
  /** The process's RSS now and its peak so far, in bytes. */
  memory: () => Promise<{ peak: number; rss: number }>
  stop: () => void
  url: string
  startRss: number
}

/** Starts the server process on the seeded database. */
async function startServer(database: Database): Promise<ServerProcess> {
  const child: ChildProcess = fork(import.meta.filename, ['--serve', JSON.stringify(database)], {
    execArgv: ['--conditions=production', '--no-deprecation', '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  const ready = await new Promise<{ rss: number; url: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { rss: number; url: string }))
    child.once('exit', (code) => reject(new Error(`the server process exited (${code})`)))
  })
  return {
    memory: () =>
      new Promise((resolve) => {
        child.once('message', (message) => resolve(message as { peak: number; rss: number }))
        child.send('memory')
      }),
    startRss: ready.rss,
    stop: () => child.kill('SIGTERM'),
    url: ready.url,
  }
}

/** Replays the feed from no cursor to its end, one page after the other, over HTTP. */
async function fullSync(base: string, key: Key, include: boolean): Promise<SyncResult> {
  const result: SyncResult = {
    bytes: 0,
    docs: 0,
    entries: 0,
    pages: 0,
    recorded: [],
    seconds: 0,
  }
  const started = performance.now()
  let cursor = ''
  for (let more = true; more;) {
    const query = `limit=${LIMIT}${include ? '&include=doc' : ''}${cursor ? `&since=${cursor}` : ''}`
    const path = `/api/twinning/changes?${query}`
    const response = await fetch(`${base}${path}`, {
      headers: { Authorization: key.authorization },
    })
    const body = Buffer.from(await response.arrayBuffer())
    if (response.status !== 200)
      throw new Error(`${key.name}: ${response.status} ${body.toString().slice(0, 500)}`)
    const page = JSON.parse(body.toString('utf8')) as {
      changes: Array<{ doc?: unknown }>
      hasMore: boolean
      nextCursor: string
    }
    result.pages++
    result.bytes += body.length
    result.entries += page.changes.length
    result.docs += page.changes.filter((entry) => entry.doc).length
    if (result.recorded.length < RECORDED_PAGES) result.recorded.push({ body, path })
    cursor = page.nextCursor
    more = page.hasMore
  }
  result.seconds = (performance.now() - started) / 1000
  return result
}

/** Seconds a plain node:http server takes to send `pages` recorded pages, one request after another. */
async function ceiling(recorded: SyncResult['recorded'], pages: number): Promise<number> {
  const file = path.join(DIR, 'ceiling-sync.json')
  writeFileSync(
    file,
    JSON.stringify(
      Object.fromEntries(
        recorded.map(({ body, path }) => [
          path,
          { body: body.toString('base64'), contentType: 'application/json' },
        ]),
      ),
    ),
  )
  const port = await freePort()
  const child = fork(path.join(ROOT, 'bench/ceilingServer.mjs'), [file, String(port)], {
    stdio: 'ignore',
  })
  await new Promise<void>((resolve) => child.once('message', () => resolve()))
  const started = performance.now()
  for (let n = 0; n < pages; n++) {
    const response = await fetch(`http://127.0.0.1:${port}${recorded[n % recorded.length]!.path}`)
    JSON.parse(Buffer.from(await response.arrayBuffer()).toString('utf8'))
  }
  const seconds = (performance.now() - started) / 1000
  child.kill('SIGTERM')
  return seconds
}

async function boot(kind: string): Promise<{ database: TestDatabase; t: TestPayload }> {
  if (kind === 'postgres') process.env.TEST_DATABASE_URI = POSTGRES
  else delete process.env.TEST_DATABASE_URI
  const database = await createTestDatabase()
  return { database, t: await startTestPayload({ database, key: `bench-sync-${kind}` }) }
}

async function createKey(t: TestPayload, name: string, locales: string[]): Promise<string> {
  const apiKey = `bench-sync-${name}-${Math.random().toString(36).slice(2)}-key`
  await t.payload.create({
    collection: 'api-clients',
    data: {
      apiKey,
      collections: ['news', 'events', 'partner-cities', 'photos'],
      locales,
      name,
    } as never,
  })
  return `api-clients API-Key ${apiKey}`
}

async function main() {
  console.log(`\nSync benchmark: ${SIZE} releases × 5 locales, limit=${LIMIT}`)
  const failures: string[] = []
  for (const kind of DATABASES) {
    const { database, t } = await boot(kind)
    const seeded = await seedArchive(t.payload, SIZE)
    console.log(`## ${kind}`)
    console.log(`  seeding: ${fmt(seeded.milliseconds / 1000)} s (${seeded.created} releases)`)
    const keys: Key[] = [
      { authorization: await createKey(t, 'zh-only', ['zh']), expected: SIZE, name: 'zh only' },
      {
        authorization: await createKey(t, 'all-locales', ['de', 'en', 'zh', 'ko', 'ja']),
        expected: 5 * SIZE,
        name: 'all locales',
      },
    ]
    await t.close()
    const { drop, ...where } = database
    const server = await startServer(where)
    // One small page first, so that the timed syncs do not pay for the first request's warm-up.
    await fetch(`${server.url}/api/twinning/changes?limit=10&include=doc`, {
      headers: { Authorization: keys[1]!.authorization },
    })
    const warm = await server.memory()
    console.log(
      `  server process: ${mb(server.startRss)} MB RSS after start-up, ${mb(warm.rss)} MB after a first page (peak ${mb(warm.peak)} MB)`,
    )
    console.log(
      '  | key | include | entries | docs | pages | MB | seconds | entries/s | ceiling s | × ceiling | server RSS MB (peak so far) |',
    )
    console.log('  |---|---|---|---|---|---|---|---|---|---|---|')
    const runs: Array<[Key, boolean]> = [
      [keys[0]!, true],
      [keys[1]!, true],
      [keys[1]!, false],
    ]
    for (const [key, include] of runs) {
      const sync = await fullSync(server.url, key, include)
      const memory = await server.memory()
      const floor = await ceiling(sync.recorded, sync.pages)
      console.log(
        `  | ${key.name} | ${include ? 'doc' : '–'} | ${sync.entries} | ${sync.docs} | ${sync.pages} | ${mb(sync.bytes)} | ${fmt(sync.seconds)} | ${fmt(sync.entries / sync.seconds, 0)} | ${fmt(floor, 2)} | ${fmt(sync.seconds / floor, 0)} | ${mb(memory.rss)} (${mb(memory.peak)}) |`,
      )
      if (sync.entries !== key.expected || (include && sync.docs !== key.expected))
        failures.push(
          `${kind} ${key.name}: ${sync.entries} entries, ${sync.docs} documents; expected ${key.expected}`,
        )
      if (include && kind === 'sqlite' && sync.seconds > TARGET_SECONDS)
        failures.push(
          `${kind} ${key.name}: full sync ${fmt(sync.seconds)} s > ${TARGET_SECONDS} s (${SIZE} releases)`,
        )
    }
    console.log('')
    server.stop()
    await drop()
  }
  if (failures.length) {
    console.log(`Targets missed:\n  ${failures.join('\n  ')}`)
    process.exitCode = 1
  } else console.log('All sync targets met.')
  process.exit()
}

const serveAt = process.argv.indexOf('--serve')
if (serveAt > 0) await serve(JSON.parse(process.argv[serveAt + 1]!) as Database)
else await main()
