import type { CollectionSlug, Payload } from 'payload'

import { translate } from '../../i18n/label.js'
import type { ResolvedOptions } from '../../options.js'
import { findPublicByID } from '../../publication/findPublic.js'
import { encodeCursor } from '../../publication/log/cursor.js'
import { TWINNING } from '../../slugs.js'
import { checkWebhookUrl } from './checkWebhookUrl.js'
import { queueDelivery } from './queueDelivery.js'
import { retryDelay } from './retryDelay.js'
import { sendWebhook } from './sendWebhook.js'
import { signWebhook } from './signWebhook.js'
import { subscriptionOf } from './subscriptionOf.js'
import { targetsFor } from './targetsFor.js'
import { openWebhookSecret } from './webhookSecret.js'

type Row = Record<string, unknown>
type Id = number | string

/**
 * A delivery behind an earlier one of the same document looks again after this long at most (the
 * earlier one wakes it when settled; this is the fallback, e.g. after a crash).
 */
const MAX_WAIT_POLL_MS = 60_000
const MIN_WAIT_POLL_MS = 25
/** A try's claim outlasts its timeout by this much (the body is read and the outcome written). */
const LEASE_MARGIN_MS = 60_000
/** The longest text kept as a delivery's last error. */
const MAX_ERROR_LENGTH = 500

const OPEN = ['pending', 'retrying']
const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object'
    ? idOf((value as Row).id)
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : undefined

/**
 * What a receiver gets for a delivery: the change, the feed's cursor of its log entry, and — for
 * `published` and `updated` — the document exactly as this client may read it now (depth 0). When
 * the client may not read it (withdrawn since, another partner city), the body carries no `doc`
 * and `tombstone: true`, as do `withdrawn` and `deleted`.
 */
async function bodyOf(payload: Payload, options: ResolvedOptions, delivery: Row, client: Row) {
  const log = (await payload.db.findOne({
    collection: options.slugs.publicationLog,
    where: { id: { equals: delivery.logId } },
  })) as Row | null
  const event = delivery.event as string
  let doc: Row | null = null
  if (event === 'published' || event === 'updated') {
    try {
      doc = await findPublicByID(payload, {
        client,
        collection: delivery.collection as string,
        depth: 0,
        id: delivery.documentId as string,
        locale: delivery.locale as string,
      })
    } catch {
      doc = null
    }
  }
  return JSON.stringify({
    id: delivery.id,
    event,
    collection: delivery.collection,
    documentId: delivery.documentId,
    locale: delivery.locale,
    cursor: encodeCursor(Number(delivery.logId)),
    at: (log?.at as string | undefined) ?? delivery.createdAt,
    tombstone: !doc,
    ...(doc ? { doc } : {}),
  })
}

/** Why a delivery may no longer go out at all, or undefined. */
function notWanted(client: Row | null, delivery: Row, now: number): string | undefined {
  if (!client) return 'not sent: the API client was deleted'
  const subscription = subscriptionOf(client)
  const wanted =
    subscription &&
    targetsFor(
      subscription,
      {
        change: delivery.event as never,
        collection: delivery.collection as string,
        locale: delivery.locale as string,
      },
      now,
    ).some((target) => target.url === delivery.url)
  return wanted
    ? undefined
    : "not sent: the client's key, languages, collections or webhooks no longer cover this change"
}

/**
 * Sends one webhook delivery (the `twinningWebhookDelivery` task), or leaves it waiting behind an
 * earlier open delivery of the same document to the same client. Each try is signed anew and
 * carries what the client may read at that moment. A failed try is retried with exponential
 * backoff and jitter until `maxAttempts`; then the delivery has failed ("gave up") and the next
 * one of its document goes ahead.
 */
export async function deliverWebhook(payload: Payload, deliveryId: number): Promise<void> {
  const options = payload.config.custom[TWINNING] as ResolvedOptions
  if (!options.partners) return
  const settings = options.partners.webhooks
  const slug = options.slugs.webhookDeliveries
  const delivery = (await payload.db.findOne({
    collection: slug,
    where: { id: { equals: deliveryId } },
  })) as Row | null
  if (!delivery || !OPEN.includes(delivery.status as string)) return
  const clientId = idOf(delivery.client)
  /**
   * Writes the delivery in one conditional statement, only while it is still this one and open:
   * SQLite hands a deleted row's id to the next row, and a job of a deleted client's delivery
   * must not write into a newer one. `due` also claims it: only one sender at a time. Gives the
   * row as written, or null.
   */
  const update = async (data: Row, { due }: { due?: Date } = {}) =>
    (await payload.db.updateOne({
      collection: slug,
      data: { ...data, updatedAt: new Date().toISOString() },
      options: { atomic: true },
      where: {
        and: [
          { id: { equals: deliveryId } },
          { logId: { equals: delivery.logId } },
          { client: { equals: clientId } },
          { status: { in: OPEN } },
          ...(due
            ? [
                {
                  or: [
                    { nextAttemptAt: { exists: false } },
                    { nextAttemptAt: { less_than_equal: due.toISOString() } },
                  ],
                },
              ]
            : []),
        ],
      },
    })) as unknown as Row | null

  // Ordered per document: an earlier open delivery of the same document to this client goes first.
  const earlier = await payload.db.find({
    collection: slug,
    limit: 1,
    pagination: false,
    sort: 'id',
    where: {
      and: [
        { client: { equals: clientId } },
        { collection: { equals: delivery.collection } },
        { documentId: { equals: delivery.documentId } },
        { id: { less_than: deliveryId } },
        { status: { in: OPEN } },
      ],
    },
  })
  const blocker = earlier.docs[0] as Row | undefined
  if (blocker) {
    // The blocker wakes this one when it is settled (`wakeNext`); until then, look again now and
    // then — soon at first, less often the longer it waits, never later than the blocker's next try.
    const now = Date.now()
    const blockerNext = blocker.nextAttemptAt
      ? new Date(blocker.nextAttemptAt as string).getTime()
      : now
    const waited = now - new Date(delivery.createdAt as string).getTime()
    const poll = Math.min(MAX_WAIT_POLL_MS, Math.max(MIN_WAIT_POLL_MS, waited / 4))
    const waitUntil = new Date(Math.max(now, Math.min(now + poll, blockerNext + MIN_WAIT_POLL_MS)))
    if (await update({ nextAttemptAt: waitUntil.toISOString() }))
      await queueDelivery(payload, deliveryId, { waitUntil })
    return
  }

  /** Once this delivery is settled, the next open one of its document goes at once. */
  const wakeNext = async () => {
    const { docs } = await payload.db.find({
      collection: slug,
      limit: 1,
      pagination: false,
      sort: 'id',
      where: {
        and: [
          { client: { equals: clientId } },
          { collection: { equals: delivery.collection } },
          { documentId: { equals: delivery.documentId } },
          { id: { greater_than: deliveryId } },
          { status: { in: OPEN } },
        ],
      },
    })
    const next = docs[0] as Row | undefined
    const at = new Date()
    if (!next?.nextAttemptAt || new Date(next.nextAttemptAt as string) <= at) return
    const woken = await payload.db.updateOne({
      collection: slug,
      data: { nextAttemptAt: at.toISOString() },
      options: { atomic: true },
      where: {
        and: [
          { id: { equals: next.id } },
          { status: { in: OPEN } },
          { nextAttemptAt: { equals: next.nextAttemptAt } },
        ],
      },
    })
    if (woken) await queueDelivery(payload, Number(next.id))
  }

  const now = new Date()
  // Claimed until the try must have ended; after a crash, the runner's sweep queues it again.
  const lease = new Date(now.getTime() + settings.timeoutMs + LEASE_MARGIN_MS)
  const claimed = await update({ nextAttemptAt: lease.toISOString() }, { due: now })
  if (!claimed) return
  const client = (
    clientId === undefined
      ? null
      : await payload.db.findOne({
          collection: options.slugs.apiClients as CollectionSlug,
          where: { id: { equals: clientId } },
        })
  ) as Row | null
  const refusal = notWanted(client, delivery, now.getTime())
  if (refusal || !client) {
    await update({ lastError: refusal, nextAttemptAt: null, status: 'failed' })
    await wakeNext()
    return
  }

  const attempts = Number(claimed.attempts ?? 0) + 1
  const secret = openWebhookSecret(payload, client.webhookSecret)
  const verdict = await checkWebhookUrl(delivery.url as string, settings.allowedHosts)
  let result: Awaited<ReturnType<typeof sendWebhook>>
  if (!secret) result = { error: 'not sent: the client has no signing secret' }
  else if (!verdict.ok)
    result = { error: `not sent: ${translate('en', verdict.reason, verdict.vars)}` }
  else {
    const body = await bodyOf(payload, options, delivery, client)
    result = await sendWebhook({
      addresses: verdict.addresses,
      body,
      headers: {
        'Content-Type': 'application/json',
        'Twinning-Delivery': String(deliveryId),
        'Twinning-Event': String(delivery.event),
        'Twinning-Signature': signWebhook(secret, body),
        'User-Agent': 'Twinning-Webhooks',
      },
      timeoutMs: settings.timeoutMs,
      url: verdict.url,
    })
  }

  const done = new Date()
  if ('status' in result && result.status >= 200 && result.status < 300) {
    await update({
      attempts,
      deliveredAt: done.toISOString(),
      lastError: null,
      lastStatus: result.status,
      nextAttemptAt: null,
      status: 'delivered',
    })
    await wakeNext()
    return
  }
  const lastError = (
    'error' in result
      ? result.error
      : `HTTP ${result.status}${result.body ? `: ${result.body}` : ''}`
  ).slice(0, MAX_ERROR_LENGTH)
  const lastStatus = 'status' in result ? result.status : null
  if (attempts >= settings.maxAttempts) {
    await update({ attempts, lastError, lastStatus, nextAttemptAt: null, status: 'failed' })
    await wakeNext()
    return
  }
  const next = new Date(done.getTime() + retryDelay(attempts, settings))
  const retrying = await update({
    attempts,
    lastError,
    lastStatus,
    nextAttemptAt: next.toISOString(),
    status: 'retrying',
  })
  if (retrying) await queueDelivery(payload, deliveryId, { waitUntil: next })
}
