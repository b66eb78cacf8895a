import { databaseKind } from './databaseKind.js'
import { StartupError } from './StartupError.js'

export { StartupError }

/** Settings of the ready setup, read once from the environment (see README, "Configuration"). */
export interface Environment {
  databaseUri: string
  /** Run queued jobs (scheduled publishing) inside this process. */
  jobsAutoRun: boolean
  mediaDir: string
  production: boolean
  secret: string
  seedOnStart: boolean
  serverUrl: string
}

export const DEFAULT_DATABASE_URI = 'file:./data/twinning.db'
const DEV_SECRET = 'twinning-development-secret-do-not-use-in-production'


/**
 * The environment, checked before anything starts: a misconfiguration prints its one line and
 * stops the process instead of surfacing later as a stack trace or a 500.
 */
export function environmentOrExit(env: Record<string, string | undefined> = process.env): Environment {
  try {
    const environment = readEnvironment(env)
    databaseKind(environment.databaseUri)
    return environment
  } catch (error) {
    if (!(error instanceof StartupError)) throw error
    console.error(error.message)
    return process.exit(1)
  }
}

export function readEnvironment(env: Record<string, string | undefined> = process.env): Environment {
  const production = env.NODE_ENV === 'production'
  const secret = env.PAYLOAD_SECRET?.trim()
  // `next build` loads the config to collect pages but signs nothing: the secret is needed at start.
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (production && !secret && !building) {
    throw new StartupError('twinning: PAYLOAD_SECRET is not set; production needs a long random secret (e.g. `openssl rand -hex 32`).')
  }
  return {
    databaseUri: env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI,
    jobsAutoRun: env.JOBS_AUTORUN !== 'false',
    mediaDir: env.MEDIA_DIR?.trim() || 'media',
    production,
    secret: secret || DEV_SECRET,
    seedOnStart: env.SEED_ON_START !== 'false',
    serverUrl: env.SERVER_URL?.trim() || '',
  }
}
