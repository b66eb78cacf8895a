import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

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
  return ['src', 'collections', 'locales', 'payload.config.ts', 'next.config.mjs', 'package-lock.json'].some((entry) => newer(path.join(ROOT, entry)))
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

  if (buildIsStale()) {
    const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', '--webpack'], { cwd: ROOT, env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('next build failed')
  }
  const seed = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/seed/cli.ts'], { cwd: ROOT, encoding: 'utf8', env })
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`)

  const port = 3100 + Math.floor(Math.random() * 800)
  const server: ChildProcess = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: '--conditions=production --no-deprecation', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  // Kept so that a server that never answers can say why.
  let stderr = ''
  server.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      if ((await fetch(`${url}/api/news?limit=1`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s:\n${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
      rmSync(workDir, { force: true, recursive: true })
    },
    url,
  }
}
