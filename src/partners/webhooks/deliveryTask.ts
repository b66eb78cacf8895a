import type { TaskConfig } from 'payload'

/** The slug of the task that sends one webhook delivery (src/partners/webhooks/). */
export const WEBHOOK_TASK = 'twinningWebhookDelivery'
/** Webhook deliveries run in a queue of their own, so that they never wait behind other jobs. */
export const WEBHOOK_QUEUE = 'twinning-webhooks'

export const webhookDeliveryTask = {
  slug: WEBHOOK_TASK,
  inputSchema: [{ name: 'deliveryId', type: 'number', required: true }],
  handler: async () => {
    throw new Error('twinning: webhook delivery is not built yet')
  },
} as unknown as TaskConfig
