/**
 * `npm run demo`: the seeded newsroom on the embedded SQLite database at http://localhost:3000.
 * Migrates and seeds (with the demo admin), builds the Next.js app and starts it in production mode.
 * Without PAYLOAD_SECRET it makes a random one, kept in data/.demo-secret so logins survive restarts.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

import { DEFAULT_DATABASE_URI } from './environment.js'

// Seeding runs outside production (it creates the demo admin); build and start run in production.
const { NODE_ENV: _ignored, ...inherited } = process.env
const env: Record<string, string | undefined> = {
  ...inherited,
  DATABASE_URI: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
}

if (!env.PAYLOAD_SECRET) {
  const file = 'data/.demo-secret'
  mkdirSync('data', { recursive: true })
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
  console.log(`demo: PAYLOAD_SECRET not set, using the random demo secret in ${file}`)
}

const run = (label: string, args: string[], extra: Record<string, string> = {}) => {
  console.log(`demo: ${label}`)
  const result = spawnSync(process.execPath, args, {
    env: { ...env, ...extra } as NodeJS.ProcessEnv,
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('migrating and seeding the database', ['node_modules/tsx/dist/cli.mjs', 'src/seed/cli.ts'])
run(
  'building the app (about a minute)',
  ['node_modules/next/dist/bin/next', 'build', '--webpack'],
  { NODE_ENV: 'production' },
)

const port = env.PORT || '3000'
console.log(
  `demo: starting on http://localhost:${port}/admin (REST at /api, GraphQL at /api/graphql)`,
)
// The production server: Next behind Twinning's front server, which answers cached public reads itself.
const server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/server.ts'], {
  env: {
    ...env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=production --no-deprecation',
    PORT: port,
  } as NodeJS.ProcessEnv,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
