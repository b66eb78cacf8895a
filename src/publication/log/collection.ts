import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access/isStaff.js'
import { label } from '../../i18n/label.js'

export const PUBLICATION_CHANGES = ['published', 'updated', 'withdrawn', 'deleted'] as const
export type PublicationChange = (typeof PUBLICATION_CHANGES)[number]
/** Why an entry was written, where it was not an editor's publish (a photo's rights ending or restored). */
export const PUBLICATION_REASONS = ['rightsExpired', 'rightsRestored'] as const
export type PublicationReason = (typeof PUBLICATION_REASONS)[number]

/**
 * The publication log: one row per change of what the public can see of one document in one
 * locale, appended in the write's own transaction (so it commits with the write or not at all).
 * Its id is the cursor. Written only by the server, straight through the adapter; staff may read.
 */
export function publicationLogCollection(slug: string): CollectionConfig {
  return {
    slug,
    labels: { singular: label('publicationLog.singular'), plural: label('publicationLog.plural') },
    admin: {
      defaultColumns: ['at', 'change', 'collection', 'documentId', 'locale'],
      group: label('general.groups.admin'),
      useAsTitle: 'documentId',
    },
    access: { create: () => false, delete: () => false, read: isStaff, update: () => false },
    defaultSort: '-id',
    timestamps: false,
    fields: [
      {
        name: 'collection',
        type: 'text',
        required: true,
        label: label('publicationLog.collection'),
      },
      {
        name: 'documentId',
        type: 'text',
        required: true,
        index: true,
        label: label('publicationLog.documentId'),
      },
      {
        name: 'locale',
        type: 'text',
        required: true,
        index: true,
        label: label('publicationLog.locale'),
      },
      {
        name: 'change',
        type: 'select',
        required: true,
        label: label('publicationLog.change'),
        options: PUBLICATION_CHANGES.map((value) => ({
          label: label(`publicationLog.changes.${value}`),
          value,
        })),
      },
      {
        name: 'reason',
        type: 'select',
        label: label('publicationLog.reason'),
        options: PUBLICATION_REASONS.map((value) => ({
          label: label(`publicationLog.reasons.${value}`),
          value,
        })),
      },
      {
        name: 'at',
        type: 'date',
        required: true,
        label: label('publicationLog.at'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  }
}
