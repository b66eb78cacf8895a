import type { GroupField } from 'payload'

import { label } from '../i18n/label.js'

/**
 * Latitude/longitude as two numbers rather than Payload's `point`, which SQLite does not support;
 * the same shape on every database keeps the API identical.
 */
export function coordinatesField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'coordinates',
    type: 'group',
    label: label('fields.coordinates'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'lat',
            type: 'number',
            label: label('fields.latitude'),
            max: 90,
            min: -90,
          },
          {
            name: 'lng',
            type: 'number',
            label: label('fields.longitude'),
            max: 180,
            min: -180,
          },
        ],
      },
    ],
    ...overrides,
  } as GroupField
}
