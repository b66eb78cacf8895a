/** The partner API: keys, CORS, rate limits and webhooks (see README, "Partner API"). */
export interface PartnerOptions {
  /**
   * Origins whose browser apps may read the public and key-scoped API (CORS), e.g.
   * `https://www.nanjing.gov.cn`. Other origins get no `Access-Control-Allow-Origin`.
   * @default []
   */
  corsOrigins: string[]
  /**
   * Hours a replaced API key keeps working after a new one was generated, unless the client
   * sets its own grace period.
   * @default 24
   */
  keyGraceHours: number
  /** Requests per window per API key and per client IP; `false` turns limiting off. */
  rateLimit: false | RateLimitOptions
  webhooks: WebhookOptions
}

export interface RateWindow {
  /** Requests allowed per window. */
  limit: number
  windowSeconds: number
}

export interface RateLimitOptions {
  /** @default { limit: 1200, windowSeconds: 60 } */
  perKey: RateWindow
  /** Requests without a key (and with an invalid one), by client IP. @default { limit: 600, windowSeconds: 60 } */
  perIp: RateWindow
  /** Counters in Redis, shared by several app instances; in memory without it. */
  redisUrl?: string
  /** Namespace of the Redis keys. @default 'twinning' */
  redisPrefix: string
  /**
   * Take the client IP from `X-Forwarded-For` (rightmost entry), for an app behind a reverse proxy
   * that sets it. Without a proxy, clients could forge it.
   * @default false
   */
  trustProxy: boolean
}

export interface WebhookOptions {
  /** Deliveries tried per event before giving up. @default 10 */
  maxAttempts: number
  /** First retry after about this long; each further one waits twice as long (with jitter). @default 1000 */
  baseDelayMs: number
  /** The longest wait between two tries. @default 3,600,000 (an hour) */
  maxDelayMs: number
  /** A receiver that has not answered by then counts as failed. @default 10,000 */
  timeoutMs: number
  /** Deliveries sent at once (to different documents; one document's are always in order). @default 4 */
  concurrency: number
  /**
   * Hosts (names or addresses) a webhook may point to even though they are loopback, link-local
   * or private — for a receiver on the same machine or network. Nothing else private is allowed.
   * @default []
   */
  allowedHosts: string[]
}

export const DEFAULT_PARTNER_OPTIONS: PartnerOptions = {
  corsOrigins: [],
  keyGraceHours: 24,
  rateLimit: {
    perIp: { limit: 600, windowSeconds: 60 },
    perKey: { limit: 1200, windowSeconds: 60 },
    redisPrefix: 'twinning',
    trustProxy: false,
  },
  webhooks: {
    allowedHosts: [],
    baseDelayMs: 1000,
    concurrency: 4,
    maxAttempts: 10,
    maxDelayMs: 3_600_000,
    timeoutMs: 10_000,
  },
}

export type PartnerOptionsInput = Partial<
  Omit<PartnerOptions, 'rateLimit' | 'webhooks'> & {
    rateLimit: false | Partial<RateLimitOptions>
    webhooks: Partial<WebhookOptions>
  }
>

const ORIGIN = /^https?:\/\/[^/\s?#]+$/

/** Applies defaults and refuses values that cannot work, with a message saying what to change. */
export function resolvePartnerOptions(input: PartnerOptionsInput = {}): PartnerOptions {
  const defaults = DEFAULT_PARTNER_OPTIONS
  const corsOrigins = (input.corsOrigins ?? defaults.corsOrigins).map((origin) =>
    origin.replace(/\/$/, ''),
  )
  const bad = corsOrigins.find((origin) => origin !== '*' && !ORIGIN.test(origin))
  if (bad)
    throw new Error(
      `twinning: partners.corsOrigins has "${bad}"; give origins as https://host[:port], without a path.`,
    )
  const keyGraceHours = input.keyGraceHours ?? defaults.keyGraceHours
  if (!(keyGraceHours >= 0) || !Number.isFinite(keyGraceHours))
    throw new Error('twinning: partners.keyGraceHours must be a number of hours, 0 or more.')
  const rateLimit =
    input.rateLimit === false
      ? false
      : {
          ...(defaults.rateLimit as RateLimitOptions),
          ...input.rateLimit,
        }
  if (rateLimit) {
    for (const name of ['perKey', 'perIp'] as const) {
      const window = rateLimit[name]
      if (
        !Number.isInteger(window?.limit) ||
        window.limit < 1 ||
        !Number.isInteger(window.windowSeconds) ||
        window.windowSeconds < 1
      )
        throw new Error(
          `twinning: partners.rateLimit.${name} needs a whole limit and windowSeconds of at least 1.`,
        )
    }
    if (rateLimit.redisUrl !== undefined && !/^rediss?:\/\//.test(rateLimit.redisUrl))
      throw new Error(
        'twinning: partners.rateLimit.redisUrl must start with redis:// or rediss://.',
      )
  }
  const webhooks = { ...defaults.webhooks, ...input.webhooks }
  for (const key of [
    'maxAttempts',
    'baseDelayMs',
    'maxDelayMs',
    'timeoutMs',
    'concurrency',
  ] as const) {
    if (!Number.isInteger(webhooks[key]) || webhooks[key] < 1)
      throw new Error(`twinning: partners.webhooks.${key} must be a whole number of at least 1.`)
  }
  return { corsOrigins, keyGraceHours, rateLimit, webhooks }
}
