import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { creditLineField } from './creditLineField.js'
import { selectCreditSources } from './selectCreditSources.js'

/** The computed, read-only `creditLine` in the locale's own form ("Foto: …", "摄影：…"). Virtual. */
export function withCreditLine(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, creditLineField(options.locales, options.defaultLocale)],
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), selectCreditSources],
    },
  }
}
