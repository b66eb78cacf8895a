import type { CollectionConfig, Field } from 'payload'

import { isStaffUser } from '../../access/roles.js'
import { label } from '../../i18n/label.js'
import type { ResolvedOptions } from '../../options.js'
import { fillCaptionLocales } from './fillCaptionLocales.js'
import { locationVisible } from './locationVisible.js'
import { prefillFromUpload } from './prefillFromUpload.js'
import { readUploadMetadata } from './readUploadMetadata.js'
import { refuseUploadWithoutCredit } from './refuseUploadWithoutCredit.js'

/** The caption field, with the hook that fills the other locales' captions an upload carries. */
const withCaptionLocales = (field: Field): Field =>
  field.type === 'textarea' && field.name === 'caption'
    ? {
        ...field,
        hooks: {
          ...field.hooks,
          beforeChange: [...(field.hooks?.beforeChange ?? []), fillCaptionLocales],
        },
      }
    : field

/**
 * Embedded metadata (IPTC, XMP, EXIF) read on upload: prefills credit, copyright holder, caption
 * and date taken; GPS is kept for the public only when an editor says so.
 * Stored fields: `embeddedMetadata` (json, staff only), `dateTaken`, `location` group.
 */
export function withPhotoMetadata(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), readUploadMetadata],
      // Order matters: prefill from the file first, then refuse what still has no credit. Both
      // run before the pipeline's `beforeChange` reads the credit for the derived images.
      beforeValidate: [
        ...(hooks.beforeValidate ?? []),
        prefillFromUpload(options),
        refuseUploadWithoutCredit,
      ],
    },
    fields: [
      ...collection.fields.map(withCaptionLocales),
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
        access: { read: locationVisible },
        admin: { description: label('photos.metadata.locationDescription') },
        fields: [
          { name: 'latitude', type: 'number', min: -90, max: 90, label: label('fields.latitude') },
          {
            name: 'longitude',
            type: 'number',
            min: -180,
            max: 180,
            label: label('fields.longitude'),
          },
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
        access: {
          read: ({ req }) => isStaffUser(req.user),
          create: () => false,
          update: () => false,
        },
        admin: { readOnly: true, description: label('photos.metadata.embeddedDescription') },
        label: label('fields.embeddedMetadata'),
      },
    ],
  }
}
