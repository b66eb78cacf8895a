import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin.js'
import { label } from '../../src/i18n/label.js'
import type { ResolvedOptions } from '../../src/options.js'
import { PUBLICATION_CHANGES } from '../../src/publication/log/collection.js'

export const DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * One webhook delivery: an entry of the publication log sent to one API client's URL. Written by
 * the server only (src/partners/webhooks/); admins read it to see the last status, the attempts
 * and the next try.
 */
export function webhookDeliveriesCollection(options: ResolvedOptions): CollectionConfig {
  const readOnly = { readOnly: true }
  return {
    slug: options.slugs.webhookDeliveries,
    labels: {
      singular: label('partners.deliveries.singular'),
      plural: label('partners.deliveries.plural'),
    },
    admin: {
      defaultColumns: [
        'client',
        'event',
        'documentId',
        'locale',
        'status',
        'attempts',
        'lastStatus',
        'nextAttemptAt',
      ],
      group: label('general.groups.admin'),
      useAsTitle: 'documentId',
    },
    access: { create: () => false, delete: isAdmin, read: isAdmin, update: () => false },
    defaultSort: '-id',
    fields: [
      {
        name: 'client',
        type: 'relationship',
        relationTo: options.slugs.apiClients,
        required: true,
        index: true,
        label: label('partners.deliveries.client'),
        admin: readOnly,
      },
      {
        name: 'url',
        type: 'text',
        required: true,
        label: label('partners.deliveries.url'),
        admin: readOnly,
      },
      {
        name: 'event',
        type: 'select',
        required: true,
        label: label('partners.deliveries.event'),
        admin: readOnly,
        options: PUBLICATION_CHANGES.map((value) => ({
          label: label(`publicationLog.changes.${value}`),
          value,
        })),
      },
      {
        name: 'collection',
        type: 'text',
        required: true,
        label: label('publicationLog.collection'),
        admin: readOnly,
      },
      {
        name: 'documentId',
        type: 'text',
        required: true,
        index: true,
        label: label('publicationLog.documentId'),
        admin: readOnly,
      },
      {
        name: 'locale',
        type: 'text',
        required: true,
        label: label('publicationLog.locale'),
        admin: readOnly,
      },
      // The publication log entry (its id; the changes feed's cursor encodes it).
      {
        name: 'logId',
        type: 'number',
        required: true,
        index: true,
        label: label('partners.deliveries.cursor'),
        admin: readOnly,
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'pending',
        label: label('partners.deliveries.status'),
        admin: readOnly,
        options: DELIVERY_STATUSES.map((value) => ({
          label: label(`partners.deliveries.statuses.${value}`),
          value,
        })),
      },
      {
        name: 'attempts',
        type: 'number',
        defaultValue: 0,
        label: label('partners.deliveries.attempts'),
        admin: readOnly,
      },
      {
        name: 'lastStatus',
        type: 'number',
        label: label('partners.deliveries.lastStatus'),
        admin: readOnly,
      },
      {
        name: 'lastError',
        type: 'text',
        label: label('partners.deliveries.lastError'),
        admin: readOnly,
      },
      {
        name: 'nextAttemptAt',
        type: 'date',
        index: true,
        label: label('partners.deliveries.nextAttemptAt'),
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'deliveredAt',
        type: 'date',
        label: label('partners.deliveries.deliveredAt'),
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  }
}
