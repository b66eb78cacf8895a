import type { RelationshipField } from 'payload'

import { label } from '../i18n/label.js'

export function partnerCitiesField(
  relationTo: string,
  overrides: Partial<RelationshipField> = {},
): RelationshipField {
  return {
    name: 'partnerCities',
    type: 'relationship',
    hasMany: true,
    index: true,
    label: label('fields.partnerCities'),
    relationTo,
    ...overrides,
  } as RelationshipField
}
