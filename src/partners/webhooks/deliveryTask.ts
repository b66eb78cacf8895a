import type { TaskConfig } from 'payload'

import { deliverWebhook } from './deliverWebhook.js'
import { WEBHOOK_TASK } from './queueDelivery.js'

export { WEBHOOK_QUEUE, WEBHOOK_TASK } from './queueDelivery.js'

/**
 * Sends one webhook delivery (src/partners/webhooks/deliverWebhook.ts). A receiver's failure is
 * the delivery's own business (its attempts, backoff and next job); the job itself is retried
 * only when the server could not even record the outcome (a database error).
 */
export const webhookDeliveryTask: TaskConfig<typeof WEBHOOK_TASK> = {
  slug: WEBHOOK_TASK,
  inputSchema: [{ name: 'deliveryId', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, req }) => {
    // Typed by the host's generated types, which a built plugin cannot rely on.
    const { deliveryId } = (input ?? {}) as { deliveryId?: number }
    if (typeof deliveryId === 'number') await deliverWebhook(req.payload, deliveryId)
    return { output: {} }
  },
}
