import type { CollectionConfig, Config } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { expiringPhotosEndpoint } from './expiringEndpoint.js'
import { rightsExpiryTask } from './expiryTask.js'
import { withRightsOnReadById } from './publicReads.js'
import { announceRightsOnWrite } from './writeHooks.js'

/**
 * The photos collection once every other module has wrapped it: the read rule (per-locale
 * publishing's, set after the collection factory) narrowed for reads by id, and the rights
 * announcement as the very last afterChange hook — after the publication log and the cache hooks.
 */
function finishPhotos(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    access: { ...collection.access, read: withRightsOnReadById(collection.access?.read) },
    hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), announceRightsOnWrite] },
  }
}

/**
 * Config-level parts of photo rights: the photos' read rule and last write hook (above), the
 * expiry task (queued for each expiry date by the photo's write), the staff report
 * `GET /api/twinning/photos/expiring` and the dashboard list of photos whose rights run out.
 */
export function withRightsConfig(config: Config, options: ResolvedOptions): Config {
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterDashboard: [
          ...(config.admin?.components?.afterDashboard ?? []),
          `${options.adminModule}#ExpiringPhotos`,
        ],
      },
    },
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === options.slugs.photos ? finishPhotos(collection) : collection,
    ),
    endpoints: [...(config.endpoints ?? []), expiringPhotosEndpoint],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), rightsExpiryTask] },
  }
}
