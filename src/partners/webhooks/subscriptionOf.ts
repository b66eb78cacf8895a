type Row = Record<string, unknown>
type Id = number | string

/** One registered URL of a client and what it wants. Empty `events` or `locales`: all of them. */
export interface WebhookTarget {
  events: string[]
  locales: string[]
  url: string
}

/** What one API client reads and where it wants to hear of changes. */
export interface Subscription {
  clientId: Id
  collections: string[]
  /** Unix ms; no deliveries from then on. */
  expiresAt?: number
  locales: string[]
  targets: WebhookTarget[]
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/**
 * A stored `api-clients` row as a subscription: its active webhooks, or undefined when it has
 * none or no working key (revoked: a client that may read nothing is told nothing).
 */
export function subscriptionOf(client: Row): Subscription | undefined {
  if (typeof client.apiKeyIndex !== 'string' || !client.apiKeyIndex) return undefined
  const targets = (Array.isArray(client.webhooks) ? (client.webhooks as Row[]) : [])
    .filter((hook) => hook.active !== false && typeof hook.url === 'string' && hook.url)
    .map((hook) => ({
      events: strings(hook.events),
      locales: strings(hook.locales),
      url: hook.url as string,
    }))
  if (!targets.length) return undefined
  const expires = client.expiresAt ? new Date(client.expiresAt as string).getTime() : NaN
  return {
    clientId: client.id as Id,
    collections: strings(client.collections),
    ...(Number.isNaN(expires) ? {} : { expiresAt: expires }),
    locales: strings(client.locales),
    targets,
  }
}
