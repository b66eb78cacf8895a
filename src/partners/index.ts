import type { Config } from 'payload'

import { apiClientsCollection } from '../../collections/ApiClients/index.js'
import { webhookDeliveriesCollection } from '../../collections/WebhookDeliveries/index.js'
import { isStaffUser } from '../access/roles.js'
import type { ResolvedOptions } from '../options.js'
import { keepRestrictingCity } from './keys/keepRestrictingCity.js'
import { withKeyGraphQLRules } from './keys/keyGraphQLRules.js'
import { useOnlyTwinningKeys } from './keys/keyStrategy.js'
import { webhookDeliveryTask } from './webhooks/deliveryTask.js'
import { startWebhookRunner } from './webhooks/webhookRunner.js'

/**
 * The partner API (README, "Partner API"): the `api-clients` collection and its keys, webhook
 * deliveries and their task. Applied by the plugin when `partners` is not
 * false. Payload lets any signed-in user run or queue jobs by default; API clients are signed in,
 * so (unless the host decides otherwise) only staff may.
 */
export function withPartnerConfig(config: Config, options: ResolvedOptions): Config {
  const hostOnInit = config.onInit
  const staffOnly = ({ req }: { req: { user?: unknown } }) => isStaffUser(req.user as never)
  return {
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === options.slugs.partnerCities
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                // First: nothing else of the delete runs when it is refused.
                beforeDelete: [keepRestrictingCity, ...(collection.hooks?.beforeDelete ?? [])],
              },
            }
          : collection,
      ),
      apiClientsCollection(options),
      webhookDeliveriesCollection(options),
    ],
    graphQL: withKeyGraphQLRules(config.graphQL, options.slugs.apiClients),
    jobs: {
      ...config.jobs,
      access: { cancel: staffOnly, queue: staffOnly, run: staffOnly, ...config.jobs?.access },
      tasks: [...(config.jobs?.tasks ?? []), webhookDeliveryTask],
    },
    onInit: async (payload) => {
      useOnlyTwinningKeys(payload, options.slugs.apiClients)
      if (hostOnInit) await hostOnInit(payload)
      // Sends webhook deliveries right after each commit, and retries when they are due.
      startWebhookRunner(payload)
    },
  }
}
