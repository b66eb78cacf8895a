import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import type { LogEntry } from '../../publication/log/append.js'
import { TWINNING } from '../../slugs.js'
import { activeSubscriptions } from './activeSubscriptions.js'
import { afterCommit } from '../../hooks/afterCommit.js'
import { queueDelivery } from './queueDelivery.js'
import { targetsFor } from './targetsFor.js'
import { webhookRunnerOf } from './webhookRunner.js'

/**
 * For new publication log entries: one `webhook-deliveries` row and one job per webhook that wants
 * the entry (its client reads the collection and locale; the webhook asked for the event and
 * locale), written in the request's transaction — a rolled-back write queues nothing, a committed
 * one never loses its deliveries. Once the transaction commits, this instance's runner sends them.
 */
export async function enqueueDeliveries(
  req: PayloadRequest,
  entries: Array<LogEntry & { id: number | string }>,
): Promise<void> {
  const options = req.payload.config.custom[TWINNING] as ResolvedOptions
  if (!options.partners) return
  const subscriptions = await activeSubscriptions(req)
  if (!subscriptions.length) return
  const now = new Date()
  let queued = 0
  for (const entry of entries) {
    const logId = Number(entry.id)
    // The change feed's cursors are numbers; a log without numeric ids (MongoDB) has no webhooks.
    if (!Number.isSafeInteger(logId)) continue
    for (const subscription of subscriptions) {
      const urls = new Set(targetsFor(subscription, entry, now.getTime()).map(({ url }) => url))
      for (const url of urls) {
        const delivery = await req.payload.db.create({
          collection: options.slugs.webhookDeliveries,
          data: {
            attempts: 0,
            client: subscription.clientId,
            collection: entry.collection,
            documentId: entry.documentId,
            event: entry.change,
            locale: entry.locale,
            logId,
            nextAttemptAt: now.toISOString(),
            status: 'pending',
            url,
          },
          req,
        })
        await queueDelivery(req.payload, delivery.id as number, { req })
        queued++
      }
    }
  }
  if (queued) await afterCommit(req, () => webhookRunnerOf(req.payload)?.kick())
}
