/** Settings of the ready setup, read once from the environment (see README, "Configuration"). */
export interface Environment {
  databaseUri: string
  mediaDir: string
  production: boolean
  secret: string
  seedOnStart: boolean
  serverUrl: string
}

export const DEFAULT_DATABASE_URI = 'file:./data/twinning.db'
const DEV_SECRET = 'twinning-development-secret-do-not-use-in-production'

/** A misconfiguration that must stop startup; its message is the one line the operator sees. */
export class StartupError extends Error {
  override name = 'StartupError'
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const production = env.NODE_ENV === 'production'
  const secret = env.PAYLOAD_SECRET?.trim()
  if (production && !secret) {
    throw new StartupError('twinning: PAYLOAD_SECRET is not set; production needs a long random secret (e.g. `openssl rand -hex 32`).')
  }
  return {
    databaseUri: env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI,
    mediaDir: env.MEDIA_DIR?.trim() || 'media',
    production,
    secret: secret || DEV_SECRET,
    seedOnStart: env.SEED_ON_START !== 'false',
    serverUrl: env.SERVER_URL?.trim() || '',
  }
}
