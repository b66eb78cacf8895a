import type { LogEntry } from '../../publication/log/append.js'
import type { Subscription, WebhookTarget } from './subscriptionOf.js'

/** The URLs of `subscription` that `entry` goes to: the client reads it and the webhook asked for it. */
export function targetsFor(
  subscription: Subscription,
  entry: Pick<LogEntry, 'change' | 'collection' | 'locale'>,
  now = Date.now(),
): WebhookTarget[] {
  if (subscription.expiresAt !== undefined && subscription.expiresAt <= now) return []
  if (!subscription.collections.includes(entry.collection)) return []
  if (!subscription.locales.includes(entry.locale)) return []
  return subscription.targets.filter(
    (target) =>
      (!target.events.length || target.events.includes(entry.change)) &&
      (!target.locales.length || target.locales.includes(entry.locale)),
  )
}
