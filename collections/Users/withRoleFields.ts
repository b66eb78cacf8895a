import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../src/options.js'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.js'
import { userRoleFields } from './index.js'

/** Adds `roles` and `locales` to a host's own users collection unless it already has them. */
export function withRoleFields(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const names = new Set(
    collection.fields.map((field) => ('name' in field ? field.name : undefined)),
  )
  const additions = userRoleFields(options).filter(
    (field) => 'name' in field && !names.has(field.name),
  )
  if (!additions.length) return collection
  return {
    ...collection,
    fields: [...collection.fields, ...additions],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), makeFirstUserAdmin],
    },
  }
}
