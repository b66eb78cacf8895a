import type { Payload, PayloadRequest } from 'payload'

/** The slug of the task that sends one webhook delivery. */
export const WEBHOOK_TASK = 'twinningWebhookDelivery'
/** Webhook deliveries run in a queue of their own, so that they never wait behind other jobs. */
export const WEBHOOK_QUEUE = 'twinning-webhooks'

/**
 * A job that sends (or retries) one delivery, in the webhooks' own queue; with `req`, inside the
 * request's transaction. Each open delivery has one such job at a time.
 */
export async function queueDelivery(
  payload: Payload,
  deliveryId: number,
  { req, waitUntil }: { req?: PayloadRequest; waitUntil?: Date } = {},
): Promise<void> {
  await payload.jobs.queue({
    input: { deliveryId },
    queue: WEBHOOK_QUEUE,
    req,
    task: WEBHOOK_TASK,
    ...(waitUntil ? { waitUntil } : {}),
  })
}
