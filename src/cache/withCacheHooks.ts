import type { CollectionConfig } from 'payload'

import { invalidateOnChange, invalidateOnDelete, recordReadTags } from './hooks.js'
import type { ReadCache } from './readCache.js'

/** Every collection tags the cached answers that read it and drops them when it changes. */
export function withCacheHooks(collection: CollectionConfig, cache: ReadCache): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), invalidateOnChange(cache)],
      afterDelete: [...(hooks.afterDelete ?? []), invalidateOnDelete(cache)],
      afterRead: [...(hooks.afterRead ?? []), recordReadTags],
    },
  }
}
