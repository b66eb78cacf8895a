import type { CollectionConfig, Field, Where } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import type { ClientScope } from './clientScope.js'

/** Whether the collection has a top-level `partnerCities` field (inside unnamed tabs and rows too). */
function hasPartnerCities(fields: Field[]): boolean {
  return fields.some((field) => {
    if ('name' in field && field.name === 'partnerCities') return true
    if (field.type === 'tabs')
      return field.tabs.some((tab) => !('name' in tab && tab.name) && hasPartnerCities(tab.fields))
    if (field.type === 'row' || field.type === 'collapsible') return hasPartnerCities(field.fields)
    return false
  })
}

/**
 * What a client restricted to one partner city may read of a collection: the city's own
 * profile; news and events tagged with it. Collections without partner-city tags (photos) are not
 * narrowed. Undefined: no narrowing.
 */
export function partnerCityWhere(
  collection: Pick<CollectionConfig, 'fields' | 'slug'>,
  scope: ClientScope,
  slugs: ResolvedOptions['slugs'],
): Where | undefined {
  if (scope.partnerCity === undefined) return undefined
  if (collection.slug === slugs.partnerCities) return { id: { equals: scope.partnerCity } }
  if (hasPartnerCities(collection.fields)) return { partnerCities: { in: [scope.partnerCity] } }
  return undefined
}
