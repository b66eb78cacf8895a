import type { Config } from 'payload'

import { apiClientsCollection } from '../../collections/ApiClients/index.js'
import { webhookDeliveriesCollection } from '../../collections/WebhookDeliveries/index.js'
import { openapiEndpoints } from '../openapi/endpoints.js'
import type { ResolvedOptions } from '../options.js'
import { webhookDeliveryTask } from './webhooks/deliveryTask.js'

/**
 * The partner API (README, "Partner API"): the `api-clients` collection and its keys, webhook
 * deliveries and their task. Applied by the plugin when `partners` is not false.
 */
export function withPartnerConfig(config: Config, options: ResolvedOptions): Config {
  return {
    ...config,
    collections: [
      ...(config.collections ?? []),
      apiClientsCollection(options),
      webhookDeliveriesCollection(options),
    ],
    endpoints: [...(config.endpoints ?? []), ...openapiEndpoints],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), webhookDeliveryTask] },
  }
}
