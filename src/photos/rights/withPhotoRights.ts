import type { CollectionConfig } from 'payload'

import { isStaffUser } from '../../access/roles.js'
import { label } from '../../i18n/label.js'
import type { ResolvedOptions } from '../../options.js'

export const USAGE_RESTRICTIONS = [
  'editorialOnly',
  'noArchive',
  'noSocialMedia',
  'noAlteration',
  'partnerCitiesOnly',
] as const

/**
 * Rights of a photo: usage restrictions and an optional expiry. At expiry a scheduled job sets
 * `rightsExpired` and the public gets a placeholder instead of the image.
 * Stored fields: `usageRestrictions` (select, many), `rightsExpireAt`, `rightsExpired`.
 */
export function withPhotoRights(
  collection: CollectionConfig,
  _options: ResolvedOptions,
): CollectionConfig {
  return {
    ...collection,
    fields: [
      ...collection.fields,
      {
        name: 'usageRestrictions',
        type: 'select',
        hasMany: true,
        label: label('fields.usageRestrictions'),
        options: USAGE_RESTRICTIONS.map((value) => ({
          label: label(`usageRestrictions.${value}`),
          value,
        })),
      },
      {
        name: 'rightsExpireAt',
        type: 'date',
        index: true,
        label: label('fields.rightsExpireAt'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'rightsExpired',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        access: { update: ({ req }) => isStaffUser(req.user) },
        label: label('fields.rightsExpired'),
        admin: { readOnly: true },
      },
    ],
  }
}
