import { TWINNING_LOCALES } from '../localization.js'
import { databaseKind } from './databaseKind.js'
import { StartupError } from './StartupError.js'

export { StartupError }

/** Settings of the ready setup, read once from the environment (see README, "Configuration"). */
export interface Environment {
  /** Partner origins whose browser apps may read the API (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[]
  /** Requests per window per API key and per client IP; false turns limiting off (RATE_LIMIT=off). */
  rateLimit: false | { perIp: RateWindowSetting; perKey: RateWindowSetting }
  /** Take the client IP from X-Forwarded-For, set by a reverse proxy in front (TRUST_PROXY=true). */
  trustProxy: boolean
  /** Hosts webhooks may reach although they are private (WEBHOOK_ALLOWED_HOSTS, comma-separated). */
  webhookAllowedHosts: string[]
  /** The published-read cache in front of the REST API (CACHE=off turns it off, e.g. to measure without it). */
  cache: boolean
  databaseUri: string
  /** Run queued jobs (scheduled publishing) inside this process. */
  jobsAutoRun: boolean
  mediaDir: string
  /** Locales whose URL slugs keep the title's own script instead of a romanization (NATIVE_SLUGS). */
  nativeSlugs: string[]
  production: boolean
  /** Namespace of the cache's Redis keys, when several sites share one Redis (REDIS_PREFIX). */
  redisPrefix: string
  /** Redis for the cache's invalidations across app instances (REDIS_URL). */
  redisUrl?: string
  secret: string
  seedOnStart: boolean
  serverUrl: string
}

export interface RateWindowSetting {
  limit: number
  windowSeconds: number
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

/** `600/60` → 600 requests per 60 seconds. */
function rateWindow(name: string, value: string | undefined, fallback: RateWindowSetting) {
  if (!value?.trim()) return fallback
  const match = value.trim().match(/^(\d{1,9})\/(\d{1,7})$/)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new StartupError(
      `twinning: ${name} must look like 600/60 (requests per seconds), not "${value}".`,
    )
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) }
}

export const DEFAULT_DATABASE_URI = 'file:./data/twinning.db'
const DEV_SECRET = 'twinning-development-secret-do-not-use-in-production'

/**
 * The environment, checked before anything starts: a misconfiguration prints its one line and
 * stops the process instead of surfacing later as a stack trace or a 500.
 */
export function environmentOrExit(
  env: Record<string, string | undefined> = process.env,
): Environment {
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

export function readEnvironment(
  env: Record<string, string | undefined> = process.env,
): Environment {
  const production = env.NODE_ENV === 'production'
  const secret = env.PAYLOAD_SECRET?.trim()
  // `next build` loads the config to collect pages but signs nothing: the secret is needed at start.
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (production && !secret && !building) {
    throw new StartupError(
      'twinning: PAYLOAD_SECRET is not set; production needs a long random secret (e.g. `openssl rand -hex 32`).',
    )
  }
  const redisUrl = env.REDIS_URL?.trim() || undefined
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    throw new StartupError(
      `twinning: REDIS_URL must look like redis://127.0.0.1:6379, not "${redisUrl}".`,
    )
  const cache = (env.CACHE?.trim() || 'on').toLowerCase()
  if (!['on', 'off'].includes(cache))
    throw new StartupError(`twinning: CACHE must be "on" or "off", not "${env.CACHE}".`)
  const nativeSlugs = (env.NATIVE_SLUGS ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
  const unknown = nativeSlugs.find(
    (code) => !(TWINNING_LOCALES as readonly string[]).includes(code),
  )
  if (unknown)
    throw new StartupError(
      `twinning: NATIVE_SLUGS names "${unknown}"; use locales of ${TWINNING_LOCALES.join(', ')}, e.g. NATIVE_SLUGS=zh,ja.`,
    )
  const rateLimit = (env.RATE_LIMIT?.trim() || 'on').toLowerCase()
  if (!['on', 'off'].includes(rateLimit))
    throw new StartupError(`twinning: RATE_LIMIT must be "on" or "off", not "${env.RATE_LIMIT}".`)
  const corsOrigins = list(env.CORS_ORIGINS)
  const badOrigin = corsOrigins.find(
    (origin) => origin !== '*' && !/^https?:\/\/[^/\s?#]+\/?$/.test(origin),
  )
  if (badOrigin)
    throw new StartupError(
      `twinning: CORS_ORIGINS has "${badOrigin}"; list origins like https://www.nanjing.gov.cn, comma-separated.`,
    )
  return {
    cache: cache === 'on',
    corsOrigins,
    rateLimit: rateLimit === 'on' && {
      perIp: rateWindow('RATE_LIMIT_PER_IP', env.RATE_LIMIT_PER_IP, {
        limit: 600,
        windowSeconds: 60,
      }),
      perKey: rateWindow('RATE_LIMIT_PER_KEY', env.RATE_LIMIT_PER_KEY, {
        limit: 1200,
        windowSeconds: 60,
      }),
    },
    trustProxy: env.TRUST_PROXY === 'true',
    webhookAllowedHosts: list(env.WEBHOOK_ALLOWED_HOSTS),
    databaseUri: env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI,
    jobsAutoRun: env.JOBS_AUTORUN !== 'false',
    mediaDir: env.MEDIA_DIR?.trim() || 'media',
    nativeSlugs,
    production,
    redisPrefix: env.REDIS_PREFIX?.trim() || 'twinning',
    redisUrl,
    secret: secret || DEV_SECRET,
    seedOnStart: env.SEED_ON_START !== 'false',
    serverUrl: env.SERVER_URL?.trim() || '',
  }
}
