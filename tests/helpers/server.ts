import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** True when there is no build, or a source file changed after it was made. */
function buildIsStale(): boolean {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const builtAt = statSync(buildId).mtimeMs
  const newer = (entry: string): boolean => {
    const stat = statSync(entry)
    if (!stat.isDirectory()) return stat.mtimeMs > builtAt
    return readdirSync(entry).some((name) => newer(path.join(entry, name)))
  }
  return [
    'src',
    'collections',
    'locales',
    'payload.config.ts',
    'next.config.mjs',
    'package-lock.json',
  ].some((entry) => newer(path.join(ROOT, entry)))
}

/** Builds the app when there is no build, or sources changed after it was made. */
export function ensureBuild(): void {
  if (!buildIsStale()) return
  const build = spawnSync(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'build', '--webpack'],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error('next build failed')
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

export interface LaunchedServer {
  child: ChildProcess
  /** From the spawn to the first 200 of `readyPath`. */
  coldStartMs: number
  /** The end of the server's stderr, to say why it failed. */
  stderr: () => string
  stop: () => Promise<void>
  url: string
}

/**
 * Starts the built app in production on a free port — `npm start` (Next behind the cache's front
 * server) or plain `next start` — and waits until `readyPath` answers 200.
 */
export async function launchServer({
  env,
  readyPath = '/api/news?limit=1',
  server = 'front',
  timeoutMs = 60_000,
}: {
  env: Record<string, string | undefined>
  readyPath?: string
  server?: 'front' | 'next'
  timeoutMs?: number
}): Promise<LaunchedServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  const command =
    server === 'front'
      ? ['node_modules/tsx/dist/cli.mjs', 'src/server.ts']
      : ['node_modules/next/dist/bin/next', 'start', '-p', String(port)]
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: {
      ...env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--conditions=production --no-deprecation',
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    })
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${stderr}`)
    if (performance.now() - started > timeoutMs) {
      await stop()
      throw new Error(`the server did not answer within ${timeoutMs / 1000} s:\n${stderr}`)
    }
    try {
      const response = await fetch(url + readyPath)
      await response.arrayBuffer()
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { child, coldStartMs: performance.now() - started, stderr: () => stderr, stop, url }
}

export interface RunningServer {
  url: string
  stop: () => Promise<void>
}

/**
 * The ready setup as a user runs it: `npm run seed` into a fresh SQLite file (with the demo admin),
 * then the production server (`npm start`: Next behind the cache's front server) on a free port.
 * Builds first when there is no build yet.
 */
export async function startServer(): Promise<RunningServer> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'twinning-e2e-'))
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(workDir, 'e2e.db')}`,
    MEDIA_DIR: path.join(workDir, 'media'),
    NODE_OPTIONS: '--conditions=production',
    PAYLOAD_SECRET: 'twinning-e2e-secret',
  }
  delete (env as Record<string, string | undefined>).NODE_ENV

  ensureBuild()
  const seed = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/seed/cli.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  })
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`)

  const server = await launchServer({ env })
  return {
    stop: async () => {
      await server.stop()
      rmSync(workDir, { force: true, recursive: true })
    },
    url: server.url,
  }
}
